package org.alshub.invitation.boundary;

import org.alshub.platform.Paths;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.alshub.platform.problem.ProblemMappers;
import org.alshub.platform.security.RoleCheck;
import org.alshub.platform.web.ViewWriter;

/** The guest's pages at /invitations/{token}: a link in an email, so outside /api and stable. */
@ApplicationPath(Paths.INVITATIONS)
public class InvitationApplication extends Application {

    public static final Set<Class<?>> RESOURCES = Set.of(GuestResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.add(RoleCheck.class);
        classes.add(org.alshub.audit.control.Doors.class);
        classes.add(ViewWriter.class);
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
