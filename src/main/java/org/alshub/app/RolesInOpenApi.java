package org.alshub.app;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.alshub.platform.security.EndpointAccess;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Writes each operation's role rule into /openapi (as x-roles and in its description), read from
 * the same annotations the role check enforces, so the document cannot drift from the code; and
 * leaves the pages out of it (their own role table is in the access matrix).
 */
public class RolesInOpenApi implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // the pages are for people, not clients: only the API and the addresses people keep are documented
        List.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> ApiApplication.APPLICATIONS.keySet().stream()
                        .noneMatch(application -> path.startsWith("/" + application + "/")))
                .forEach(openAPI.getPaths()::removePathItem);
        ApiApplication.APPLICATIONS.forEach((applicationPath, resources) -> {
            for (Class<?> resource : resources) {
                describe(openAPI, applicationPath, resource);
            }
        });
    }

    private static void describe(OpenAPI openAPI, String applicationPath, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String verb = httpMethod(method);
            if (verb == null) {
                continue;
            }
            String path = normalise("/" + applicationPath + "/" + path(resource) + "/" + path(method));
            EndpointAccess access = EndpointAccess.of(resource, method);
            for (Map.Entry<String, PathItem> item : openAPI.getPaths().getPathItems().entrySet()) {
                if (!normalise(item.getKey()).equals(path) && !normalise(item.getKey()).endsWith(path)) {
                    continue;
                }
                Operation operation = item.getValue().getOperations().get(PathItem.HttpMethod.valueOf(verb));
                if (operation != null) {
                    operation.addExtension("x-roles", access.anyone() ? List.of("ANONYMOUS") : access.roles());
                    String description = operation.getDescription() == null ? "" : operation.getDescription() + " ";
                    operation.setDescription(description + "Who may call: " + access.describe() + ".");
                    if (access.anyone()) {
                        operation.setSecurity(List.of());
                    }
                }
            }
        }
    }

    private static String httpMethod(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    private static String path(java.lang.reflect.AnnotatedElement element) {
        Path path = element.getAnnotation(Path.class);
        return path == null ? "" : path.value();
    }

    /** "/api//workshops/{id: \\d+}/" becomes "/api/workshops/{id}". */
    static String normalise(String path) {
        String plain = path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
