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
            Problem problem = problemOf(e);
            Response.ResponseBuilder answer = Response.fromResponse(e.getResponse())
                    .type(Problem.MEDIA_TYPE).entity(problem);
            if (problem.status() == 401) {
                answer.header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, Problem.CHALLENGE);
            }
            return answer.build();
        }
    }

    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return outOfRange(e).orElseGet(ProblemMappers::unreadableBody).toResponse();
        }
    }

    public static class Json implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return outOfRange(e).orElseGet(ProblemMappers::unreadableBody).toResponse();
        }
    }

    /** Transactions wrap what went wrong; look inside for a known cause before giving up. */
    public static class Anything implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return problemOf(e).toResponse();
        }
    }

    /**
     * What a failure means to the person who caused it, for the API and the pages alike: a known
     * cause anywhere in the chain, else a 500 that names an incident logged with the stack trace.
     */
    public static Problem problemOf(Throwable e) {
        var date = outOfRange(e);
        if (date.isPresent()) {
            return date.get();
        }
        var busy = busy(e);
        if (busy.isPresent()) {
            return busy.get();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException p) {
                return p.problem();
            }
            if (cause instanceof ConstraintViolationException v) {
                return invalid(v.getConstraintViolations());
            }
            if (cause instanceof OptimisticLockException) {
                return ProblemException.stale().problem();
            }
            if (cause instanceof WebApplicationException w) {
                if (w.getCause() instanceof JsonbException || w.getCause() instanceof ProcessingException) {
                    return unreadableBody();
                }
                return forStatus(w.getResponse().getStatus());
            }
            if (cause instanceof JsonbException) {
                return unreadableBody();
            }
        }
        String incident = Long.toString(System.nanoTime() & 0xffffffL, 36);
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
        return Problem.of(500, "Internal Server Error",
                "Something went wrong on our side. Nothing was saved. Quote incident " + incident
                        + " if you report it.");
    }

    /**
     * A date in a JSON body outside the years allowed ({@link JsonDates}): 400 naming the field,
     * as JSON-B names it in the message it wraps the refusal in ("... property 'start' ...").
     */
    static java.util.Optional<Problem> outOfRange(Throwable e) {
        boolean found = false;
        String field = null;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            found |= cause instanceof JsonDates.OutOfRange;
            java.util.regex.Matcher named = PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (field == null && named.find()) {
                field = named.group(1);
            }
        }
        return found ? java.util.Optional.of(ProblemException.invalid(field == null ? "date" : field,
                org.alshub.platform.Years.RULE).problem()) : java.util.Optional.empty();
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '?\\[?(\\w+)");

    /**
     * The database could not take a lock in time (Derby 40XL1 or a deadlock 40001, PostgreSQL
     * 55P03 or 40P01), during a backup say: nothing was saved, and asking again shortly will do.
     */
    static java.util.Optional<Problem> busy(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && BUSY.contains(String.valueOf(sql.getSQLState()))) {
                return java.util.Optional.of(Problem.of(503, "Service Unavailable",
                        "The database is busy for a moment (a backup, or many changes at once). Nothing was saved. "
                                + "Try again in " + RETRY_AFTER_SECONDS + " seconds."));
            }
        }
        return java.util.Optional.empty();
    }

    /** What a 503 for a busy database asks the client to wait, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 2;
    private static final Set<String> BUSY = Set.of("40XL1", "40XL2", "40001", "55P03", "40P01");

    /** A problem for a bare status, as the container or JAX-RS itself refuses a request. */
    public static Problem forStatus(int code) {
        Response.StatusType known = Status.fromStatusCode(code);
        String title = known != null ? known.getReasonPhrase() : code >= 500 ? "Server Error" : "Error";
        String detail = switch (code) {
            case 401 -> "Sign in to use this.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept that method.";
            case 406 -> "This address cannot answer in the format asked for.";
            case 415 -> "Send the request body as application/json.";
            case 400 -> "The request could not be read.";
            default -> code >= 500 ? "Something went wrong on our side." : title;
        };
        return Problem.of(code, title, detail);
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
