package org.policytracker.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.PostConstruct;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The application's data source (MySQL Connector/J; URL, user and password from MicroProfile
 * Config, i.e. {@code POLICYTRACKER_DB_URL} etc. in production) and the schema migrations
 * (Flyway, {@code db/migration}), applied once at start before anything else touches the database.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=policytracker.db.url}",
        user = "${MPCONFIG=policytracker.db.user}",
        password = "${MPCONFIG=policytracker.db.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true",
            // Connector/J parses every statement it prepares unless it keeps them (a seventh of a report's save was
            // spent there, docs/benchmarks.md); Hibernate's batches (hibernate.jdbc.batch_size) go as one statement
            "cachePrepStmts=true",
            "prepStmtCacheSize=500",
            "prepStmtCacheSqlLimit=8192",
            "rewriteBatchedStatements=true",
            // the driver knows the session's auto-commit, isolation and transaction state itself instead of asking the
            // server, or sending a commit with nothing to commit, at every transaction's start and end
            "useLocalSessionState=true",
            "useLocalTransactionState=true",
            "cacheServerConfiguration=true",
            "cacheResultSetMetadata=true"
        })
@Singleton
@Startup
public class Database {

    public static final String JNDI_NAME = "java:app/jdbc/policytracker";
    private static final Logger LOG = Logger.getLogger(Database.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + flyway.info().current().getVersion() + " ("
                + result.migrationsExecuted + " migration(s) applied now)");
    }
}
