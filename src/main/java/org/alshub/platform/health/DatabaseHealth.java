package org.alshub.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.alshub.platform.persistence.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** /health: up while the database answers. Says nothing about versions or data. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named("database").status(connection.isValid(2)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.down("database");
        }
    }
}
