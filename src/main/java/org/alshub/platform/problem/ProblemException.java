package org.alshub.platform.problem;

import jakarta.ws.rs.core.Response.Status;
import java.util.List;

/** A refusal the user can act on: thrown by services, turned into a problem document. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(Problem.of(Status.NOT_FOUND, "No " + what + " with that id."));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(Status.CONFLICT, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(Status.FORBIDDEN, detail));
    }

    /** A 400 naming the field at fault. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(new Problem("about:blank", "Bad Request", 400,
                "The request has an invalid field: " + field + ".",
                List.of(new Problem.FieldError(field, message))));
    }

    /** The record changed since the caller read it. */
    public static ProblemException stale() {
        return conflict("Someone else changed this record since you read it. Reload it and try again.");
    }
}
