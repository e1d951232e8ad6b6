package org.alshub.platform.persistence;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/** With {@code als.sql-count} on, every answer says how many SQL statements it cost (X-SQL-Statements). */
public class SqlStatementsHeader implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-SQL-Statements";

    @Override
    public void filter(ContainerRequestContext request) {
        if (SqlStatements.enabled()) {
            SqlStatements.start();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (SqlStatements.enabled()) {
            response.getHeaders().putSingle(HEADER, SqlStatements.stop());
        }
    }
}
