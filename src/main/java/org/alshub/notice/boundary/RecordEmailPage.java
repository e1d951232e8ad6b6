package org.alshub.notice.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.notice.control.Notices;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Pages;
import org.alshub.workshop.entity.Workshop;

/**
 * The console's "Email the record to those who came", for facilitators: the record goes to
 * everyone recorded as having come, and the console says to how many.
 */
@Path("workshops/{id: \\d+}/record/email")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.FACILITATOR)
public class RecordEmailPage {

    @Inject
    Notices notices;

    @Inject
    CalendarSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @POST
    public Response send(@PathParam("id") long id) {
        Notices.Told<Workshop> told = notices.emailRecord(id, settings.base(uri.getBaseUri()));
        if (told.told() == 0) {
            return Pages.seeOtherWithNews(request, "/workshops/" + id + "/console#record", "The record was not emailed. "
                    + told.notTold().orElse("Nobody is recorded as having come yet: save who came first."));
        }
        return Pages.seeOther(request, "/workshops/" + id + "/console#record", "The record is emailed to "
                + told.people() + " who came"
                + told.notTold().map(reason -> ". " + reason).orElse(""));
    }
}
