package org.alshub.platform.problem;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} names each offending field, so a form can show
 * the message beside it.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "errors"})
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of());
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, List.of());
    }

    /** The challenge sent with every 401, so a client knows to send Basic credentials. */
    public static final String CHALLENGE = "Basic realm=\"ALS Hub\", charset=\"UTF-8\"";

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(this);
        if (status == 401) {
            response.header(jakarta.ws.rs.core.HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        if (status == 503) {
            response.header(jakarta.ws.rs.core.HttpHeaders.RETRY_AFTER, ProblemMappers.RETRY_AFTER_SECONDS);
        }
        return response.build();
    }
}
