package org.alshub.home.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Member;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/** The dashboard at /: the next workshop, and links to what the person signed in can do. */
@WebServlet("")
public class HomePage extends PageServlet {

    @Inject
    CurrentUser user;

    @Inject
    Members members;

    @Inject
    Workshops workshops;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR, Roles.OFFICER);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = members.find(user.requireMemberId()).map(Member::name).orElse("");
        Workshop next = workshops.upcoming(0, 10).items().stream().filter(w -> !w.isCancelled()).findFirst().orElse(null);
        Html nextWorkshop = next == null ? Govuk.p("No workshop is planned yet.") : Html.of("""
                <h3 class="govuk-heading-s"><a class="govuk-link" href="/workshops/{}">{}</a></h3>
                {}
                """, next.id(), next.title(), Govuk.summaryList(List.of(
                new Govuk.Row("Date", Html.of("{}", Dates.day(next.startLocal().toLocalDate()))),
                new Govuk.Row("Time", Html.of("{}", Dates.times(next.startLocal().toLocalTime(),
                        next.endLocal().toLocalTime()))),
                new Govuk.Row("Where", Html.of("{}", next.location() == null ? "Not set" : next.location())))));
        boolean facilitator = user.isFacilitator();
        Html links = facilitator ? Html.of("""
                <ul class="govuk-list">
                <li><a class="govuk-link" href="/workshops">Workshops, upcoming and past</a></li>
                <li><a class="govuk-link" href="/workshops/new">Schedule a workshop</a></li>
                <li><a class="govuk-link" href="/series/new">Start a monthly series</a></li>
                <li><a class="govuk-link" href="/members">Members</a></li>
                <li><a class="govuk-link" href="/members/new">Add a member</a></li>
                <li><a class="govuk-link" href="/me">Your profile</a></li>
                </ul>
                """) : Html.of("""
                <ul class="govuk-list">
                <li><a class="govuk-link" href="/workshops">Workshops, upcoming and past</a></li>
                <li><a class="govuk-link" href="/members">Member directory</a></li>
                <li><a class="govuk-link" href="/me">Your profile</a></li>
                </ul>
                """);
        render(request, response, 200, "Home", Html.of("""
                <span class="govuk-caption-l">{}</span>
                <h1 class="govuk-heading-l app-wrap">Hello, {}</h1>
                <div class="govuk-grid-row">
                <div class="govuk-grid-column-two-thirds">
                <h2 class="govuk-heading-m">Next workshop</h2>{}
                </div>
                <div class="govuk-grid-column-one-third">
                <h2 class="govuk-heading-m">Go to</h2>{}
                </div></div>
                """, facilitator ? "Facilitator" : "Officer", name, nextWorkshop, links));
    }
}
