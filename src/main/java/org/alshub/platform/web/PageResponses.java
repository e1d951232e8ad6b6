package org.alshub.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Every page answer: never cached (pages show personal data and forms carry the session's
 * token), and sent with the status its {@link View} asks for (400 for a form with errors).
 */
public class PageResponses implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store");
        if (response.getEntity() instanceof View view && response.getStatus() == 200) {
            response.setStatus(view.status());
        }
    }
}
