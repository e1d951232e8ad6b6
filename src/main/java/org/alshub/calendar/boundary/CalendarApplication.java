package org.alshub.calendar.boundary;

import org.alshub.platform.Paths;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.alshub.platform.persistence.SqlStatementsHeader;
import org.alshub.platform.problem.ProblemMappers;
import org.alshub.platform.security.RoleCheck;

/**
 * The calendar files at /calendar: their addresses are what people subscribe to, so they live
 * outside /api and never move. Same role check and problem mappers as the API.
 */
@ApplicationPath(Paths.CALENDAR)
public class CalendarApplication extends Application {

    public static final Set<Class<?>> RESOURCES = Set.of(CalendarResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.add(RoleCheck.class);
        classes.add(org.alshub.audit.control.Doors.class);
        classes.add(SqlStatementsHeader.class);
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
