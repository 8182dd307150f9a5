package org.policytracker.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.policytracker.platform.persistence.Database;

/** {@code /health/ready} is UP only while the database answers and the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection();
             Statement s = c.createStatement()) {
            s.setQueryTimeout(5);
            try (ResultSet rs = s.executeQuery(
                    "select version from flyway_schema_history where success = 1 and version is not null"
                            + " order by installed_rank desc limit 1")) {
                String schema = rs.next() ? rs.getString(1) : "none";
                return HealthCheckResponse.named("database").up()
                        .withData("schemaVersion", schema) // the application's own migrations; no server's version to anyone
                        .build();
            }
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down()
                    .withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
