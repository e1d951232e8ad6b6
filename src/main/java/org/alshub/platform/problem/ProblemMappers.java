package org.alshub.platform.problem;

import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Comparator;
import org.alshub.platform.security.RoleCheck;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every error leaves the API as a problem document. Nothing from an exception (class names,
 * SQL, stack traces) reaches the caller; unexpected ones are logged with an id the user can quote.
 */
public final class ProblemMappers {

    public static final Set<Class<?>> ALL = Set.of(
            Validation.class, Web.class, Processing.class, Json.class, Problems.class, Anything.class);

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    public static class Problems implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.problem().toResponse();
        }
    }

    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            return invalid(e.getConstraintViolations()).toResponse();
        }
    }

    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getCause() instanceof JsonbException || e.getCause() instanceof ProcessingException) {
                return unreadableBody().toResponse();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = switch (status.getStatusCode()) {
                case 401 -> "Sign in to use this.";
                case 403 -> "You are not allowed to do this.";
                case 404 -> "There is nothing at this address.";
                case 405 -> "This address does not accept that method.";
                case 406 -> "This address cannot answer in the format asked for.";
                case 415 -> "Send the request body as application/json.";
                case 400 -> "The request could not be read.";
                default -> status.getReasonPhrase();
            };
            Response.ResponseBuilder answer = Response.fromResponse(e.getResponse())
                    .type(Problem.MEDIA_TYPE)
                    .entity(Problem.of(status, detail));
            if (status.getStatusCode() == 401) {
                answer.header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, RoleCheck.CHALLENGE);
            }
            return answer.build();
        }
    }

    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return unreadableBody().toResponse();
        }
    }

    public static class Json implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return unreadableBody().toResponse();
        }
    }

    /** Transactions wrap what went wrong; look inside for a known cause before giving up. */
    public static class Anything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ProblemException p) {
                    return p.problem().toResponse();
                }
                if (cause instanceof ConstraintViolationException v) {
                    return invalid(v.getConstraintViolations()).toResponse();
                }
                if (cause instanceof OptimisticLockException) {
                    return ProblemException.stale().problem().toResponse();
                }
                if (cause instanceof WebApplicationException w) {
                    return new Web().toResponse(w);
                }
                if (cause instanceof JsonbException) {
                    return unreadableBody().toResponse();
                }
            }
            String incident = Long.toString(System.nanoTime() & 0xffffffL, 36);
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
            return Problem.of(500, "Internal Server Error",
                    "Something went wrong on our side. Nothing was saved. Quote incident " + incident
                            + " if you report it.").toResponse();
        }
    }

    static Problem unreadableBody() {
        return Problem.of(Status.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape: check field names, types and formats.");
    }

    static Problem invalid(Set<ConstraintViolation<?>> violations) {
        List<Problem.FieldError> errors = violations.stream()
                .map(v -> new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String fields = String.join(", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
        return new Problem("about:blank", "Bad Request", 400,
                "Some fields are not valid: " + fields + ".", errors);
    }

    /**
     * Bean Validation paths on a resource method look like "create.arg0.title" or
     * "create.request.title": the user only needs the field.
     */
    static String fieldName(Path path) {
        String last = null;
        int depth = 0;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            depth++;
            if (depth <= 2 && (node.getKind() == jakarta.validation.ElementKind.METHOD
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER)) {
                last = node.getName();
                continue;
            }
            if (node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                continue; // "affiliations.<iterable element>" is just "affiliations" to a user
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.length() > 0 ? field.toString() : (last != null ? last : "body");
    }
}
