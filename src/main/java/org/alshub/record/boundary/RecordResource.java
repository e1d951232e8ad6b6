package org.alshub.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.Roles;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.RecordDocument;
import org.alshub.record.control.Records;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("workshops/{workshopId}/record")
public class RecordResource {

    static final String HTML = "text/html; charset=UTF-8";
    static final String MARKDOWN = "text/markdown; charset=UTF-8";

    @Inject
    Records records;

    @GET
    @Produces({HTML, MARKDOWN})
    @RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
    @Operation(summary = "The workshop's record for sharing after the session: who came, what was brought, "
            + "actions agreed, follow-ups heard, what is carried over. format=html (default) or markdown.")
    public Response record(@PathParam("workshopId") long workshopId,
                           @QueryParam("format") @DefaultValue("html") String format) {
        Agenda record = records.of(workshopId);
        String name = "workshop-" + workshopId + "-" + record.workshop().start().toLocalDate();
        return switch (format) {
            case "html" -> Response.ok(RecordDocument.html(record), HTML)
                    // the page is static: no script, nothing loaded from elsewhere
                    .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                    .header("Content-Disposition", "inline; filename=\"" + name + ".html\"")
                    .build();
            case "markdown", "md" -> Response.ok(RecordDocument.markdown(record), MARKDOWN)
                    .header("Content-Disposition", "inline; filename=\"" + name + ".md\"")
                    .build();
            default -> throw ProblemException.invalid("format", "must be html or markdown");
        };
    }
}
