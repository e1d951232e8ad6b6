package org.alshub.invitation.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.alshub.platform.problem.ProblemMappers;
import org.alshub.platform.security.RoleCheck;

/** The guest's pages at /invitations/{token}: a link in an email, so outside /api and stable. */
@ApplicationPath(InvitationApplication.PATH)
public class InvitationApplication extends Application {

    public static final String PATH = "invitations";
    public static final Set<Class<?>> RESOURCES = Set.of(GuestResource.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(RESOURCES);
        classes.add(RoleCheck.class);
        classes.addAll(ProblemMappers.ALL);
        return classes;
    }
}
