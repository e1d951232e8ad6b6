package org.alshub.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings an operator may change. Defaults live in META-INF/microprofile-config.properties;
 * each can be overridden by an environment variable (als.data.dir by ALS_DATA_DIR, and so on).
 */
@ApplicationScoped
public class AlsConfig {

    @Inject
    @ConfigProperty(name = "als.time-zone", defaultValue = "Europe/London")
    String timeZone;

    @Inject
    @ConfigProperty(name = "als.series.horizon-months", defaultValue = "12")
    int horizonMonths;

    @Inject
    @ConfigProperty(name = "als.admin.email", defaultValue = "facilitator@example.org")
    String adminEmail;

    @Inject
    @ConfigProperty(name = "als.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "als.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "als.http.port", defaultValue = "8080")
    int httpPort;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public int horizonMonths() {
        return horizonMonths;
    }

    public String adminEmail() {
        return adminEmail;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(p -> !p.isBlank());
    }

    public boolean demoData() {
        return demoData;
    }

    public int httpPort() {
        return httpPort;
    }
}
