package org.alshub.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings the database up to the schema in sql/ before anything else touches it. The schema is
 * defined only there; EclipseLink generates no DDL. The database is chosen by configuration only
 * (embedded Derby by default, a Derby Network Server or PostgreSQL for several instances: README).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=als.db.class}",
        serverName = "${MPCONFIG=als.db.server}",
        databaseName = "${MPCONFIG=als.db.name}",
        user = "${MPCONFIG=als.db.user}",
        password = "${MPCONFIG=als.db.password}",
        // the embedded DataSource has no portNumber and the others no createDatabase: Payara only
        // warns about a property a DataSource class lacks
        properties = {"createDatabase=${MPCONFIG=als.db.create}", "portNumber=${MPCONFIG=als.db.port}"},
        minPoolSize = 2,
        initialPoolSize = 2,
        maxPoolSize = 32)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/als";
    static final String CHANGELOG = "db/changelog.xml";
    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor,
                    new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
            LOG.info("Database schema is up to date");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed", e);
        }
    }
}
