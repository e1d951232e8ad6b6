package org.alshub.record.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.alshub.action.control.ActionRow;
import org.alshub.action.control.ActionsCsv;
import org.alshub.platform.security.Roles;
import org.alshub.record.control.Agenda;
import org.alshub.record.control.RecordDocument;
import org.alshub.record.control.Records;

/**
 * A workshop's record from the pages, for sharing after the session: as a page of its own, as
 * Markdown (for an email or a wiki) and its actions as CSV (for a spreadsheet). The same
 * documents as the API's, reached with the browser's session.
 */
@Path("workshops")
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class RecordPages {

    @Inject
    Records records;

    @GET
    @Path("{id: \\d+}/record")
    public Response html(@PathParam("id") long id) {
        Agenda record = records.of(id);
        return Response.ok(RecordDocument.html(record), RecordResource.HTML)
                // the document is static: no script, nothing loaded from elsewhere
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("Cache-Control", "no-store")
                .header("Content-Disposition", "inline; filename=\"" + name(record) + ".html\"").build();
    }

    @GET
    @Path("{id: \\d+}/record.md")
    public Response markdown(@PathParam("id") long id) {
        Agenda record = records.of(id);
        return Response.ok(RecordDocument.markdown(record), RecordResource.MARKDOWN).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name(record) + ".md\"").build();
    }

    /** The workshop's actions: agreed at it, then those carried over to it. */
    @GET
    @Path("{id: \\d+}/record.csv")
    public Response csv(@PathParam("id") long id) {
        Agenda record = records.of(id);
        List<ActionRow> actions = new ArrayList<>(record.agreed());
        actions.addAll(record.carriedOver());
        return Response.ok(ActionsCsv.write(actions), "text/csv; charset=UTF-8").header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name(record) + "-actions.csv\"").build();
    }

    private static String name(Agenda record) {
        return "workshop-" + record.workshop().id() + "-" + record.workshop().start().toLocalDate();
    }
}
