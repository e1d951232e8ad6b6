package org.alshub.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Who may call one resource method, read from its annotations (the method's own, else its
 * class's). A method that states nothing is closed to everyone: forgetting fails safe.
 */
public record EndpointAccess(boolean anyone, List<String> roles) {

    public static EndpointAccess of(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return new EndpointAccess(true, List.of());
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class)) {
            if (resource.isAnnotationPresent(PermitAll.class)) {
                return new EndpointAccess(true, List.of());
            }
            allowed = resource.getAnnotation(RolesAllowed.class);
        }
        return new EndpointAccess(false, allowed == null ? List.of() : List.of(allowed.value()));
    }

    public String describe() {
        if (anyone) {
            return "anyone, no sign-in needed";
        }
        if (roles.isEmpty()) {
            return "no one";
        }
        return String.join(" or ", roles.stream().map(r -> r.toLowerCase() + "s").toList());
    }
}
