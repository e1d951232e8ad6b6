package org.alshub.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Who the set's invitations come from, how UIDs are made and where links point. */
@ApplicationScoped
public class CalendarSettings {

    @Inject
    @ConfigProperty(name = "als.calendar.organizer-email", defaultValue = "als@example.org")
    String organizerEmail;

    @Inject
    @ConfigProperty(name = "als.calendar.organizer-name", defaultValue = "Action Learning Set")
    String organizerName;

    /** Part of every UID: set it once before the first invitation and never change it. */
    @Inject
    @ConfigProperty(name = "als.calendar.uid-domain", defaultValue = "als-hub")
    String uidDomain;

    /** The address people reach the app at, when it differs from what requests say (a proxy). */
    @Inject
    @ConfigProperty(name = "als.public-url")
    Optional<String> publicUrl;

    @Inject
    java.time.Clock clock;

    public Calendars calendars() {
        return new Calendars(new Calendars.Settings(organizerEmail, organizerName, uidDomain), clock);
    }

    public String organizerEmail() {
        return organizerEmail;
    }

    public String organizerName() {
        return organizerName;
    }

    @Inject
    org.alshub.platform.config.AlsConfig config;

    /**
     * The app's root where no request says it (a job, an email read from the mailbox): from
     * configuration, else this server's own port on localhost, which only works on this machine.
     */
    public URI base() {
        return base(URI.create("http://localhost:" + config.httpPort() + "/"));
    }

    public boolean publicUrlConfigured() {
        return publicUrl.map(String::strip).filter(s -> !s.isEmpty()).isPresent();
    }

    /** The app's root for a page request: from configuration, else the root the browser used. */
    public URI base(URI siteRoot) {
        return publicUrl.map(String::strip).filter(s -> !s.isEmpty())
                .map(configured -> URI.create(configured.endsWith("/") ? configured : configured + "/"))
                .orElse(siteRoot);
    }

    /** The app's root ("https://als.example.org/"), from configuration or else from the request. */
    public URI base(UriInfo request, String applicationPath) {
        String configured = publicUrl.map(String::strip).filter(s -> !s.isEmpty()).orElse(null);
        if (configured != null) {
            return URI.create(configured.endsWith("/") ? configured : configured + "/");
        }
        String base = request.getBaseUri().toString();
        String suffix = applicationPath + "/";
        return URI.create(base.endsWith(suffix) ? base.substring(0, base.length() - suffix.length()) : base);
    }
}
