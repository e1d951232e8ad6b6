package org.alshub.join.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.alshub.join.control.JoinRequests;
import org.alshub.join.entity.JoinRequest;
import org.alshub.join.entity.JoinStatus;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;

/** Facilitators answer join requests: accept (making a member, and an account for council staff) or decline with a reason. */
@WebServlet({"/join-requests", "/join-requests/*"})
public class JoinRequestPages extends PageServlet {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    JoinRequests requests;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Override
    protected List<String> roles() {
        return anyOf(Roles.FACILITATOR);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            list(request, response);
        } else if (path.length == 1) {
            show(request, response, requests.require(id(path[0])), Form.empty());
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length != 2) {
            throw ProblemException.notFound("page");
        }
        JoinRequest join = requests.require(id(path[0]));
        Form form = Form.read(request).name("reason", "Reason", "Enter a reason the requester will see");
        Integer version = form.number("version");
        OptionalInt expected = version == null ? OptionalInt.empty() : OptionalInt.of(version);
        try {
            switch (path[1]) {
                case "accept" -> {
                    JoinRequests.Accepted accepted = requests.accept(join.id(), user.requireMemberId(), expected);
                    redirectWith(request, response, "/join-requests/" + join.id(), accepted.password()
                            .map(p -> join.name() + " is now a member. Their first password, shown only now: " + p)
                            .orElse(join.name() + " is now a member."));
                }
                case "decline" -> {
                    DeclineForm decline = new DeclineForm();
                    decline.reason = form.text("reason");
                    form.violations(validator.validate(decline));
                    if (form.hasErrors()) {
                        show(request, response, join, form);
                        return;
                    }
                    requests.decline(join.id(), user.requireMemberId(), decline.reason, expected);
                    redirectWith(request, response, "/join-requests/" + join.id(), "The request has been declined.");
                }
                default -> throw ProblemException.notFound("page");
            }
        } catch (ProblemException refusal) {
            if (refusal.problem().status() != 409) {
                throw refusal;
            }
            form.error("reason", "Someone else answered this request first. Reload the page to see their answer");
            show(request, response, requests.require(join.id()), form);
        }
    }

    private void list(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<JoinRequest> pending = requests.list(JoinStatus.PENDING, 0, 100).items();
        List<List<Html>> rows = new ArrayList<>();
        for (JoinRequest r : pending) {
            rows.add(List.of(Html.of("<a class=\"govuk-link app-wrap\" href=\"/join-requests/{}\">{}</a>", r.id(), r.name()),
                    Html.of("{}", r.organisation() == null ? "–" : r.organisation()),
                    Html.of("{}", r.worksForCouncil() ? "Yes" : "No"),
                    Html.of("{}", Dates.shortDay(r.createdAt().atZone(LONDON).toLocalDate()))));
        }
        Html table = pending.isEmpty() ? Govuk.p("No requests are waiting for an answer.")
                : Html.of("<div class=\"app-table-scroll\" role=\"region\" aria-label=\"Waiting requests\" tabindex=\"0\">{}</div>",
                Govuk.table("Waiting for an answer, oldest first", List.of("Name", "Organisation", "Council staff",
                        "Asked on"), rows));
        render(request, response, 200, "Join requests", Html.of("""
                {}<h1 class="govuk-heading-l">Join requests</h1>{}
                """, Govuk.success(flash(request)), table));
    }

    private void show(HttpServletRequest request, HttpServletResponse response, JoinRequest r, Form form)
            throws IOException {
        List<Govuk.Row> rows = List.of(
                new Govuk.Row("Email address", Html.of("<span class=\"app-wrap\">{}</span>", r.email())),
                new Govuk.Row("Organisation", Html.of("{}", r.organisation() == null ? "Not given" : r.organisation())),
                new Govuk.Row("Works for the council", Html.of("{}", r.worksForCouncil() ? "Yes" : "No")),
                new Govuk.Row("Would bring", Html.of("<span class=\"app-pre-line\">{}</span>",
                        r.wouldBring() == null ? "Not given" : r.wouldBring())),
                new Govuk.Row("Asked on", Html.of("{}", Dates.day(r.createdAt().atZone(LONDON).toLocalDate()))),
                new Govuk.Row("Status", Html.of("{}", switch (r.status()) {
                    case PENDING -> "Waiting for an answer";
                    case ACCEPTED -> "Accepted";
                    case DECLINED -> "Declined: " + r.declineReason();
                })));
        Html answer = !r.isPending() ? Html.EMPTY : Html.of("""
                <h2 class="govuk-heading-m">Answer</h2>
                <form method="post" action="/join-requests/{}/accept" novalidate>{}
                <input type="hidden" name="version" value="{}">{}</form>
                <form method="post" action="/join-requests/{}/decline" novalidate>{}
                <input type="hidden" name="version" value="{}">{}{}</form>
                """, r.id(), Csrf.field(request), r.version(), Govuk.button("Accept"),
                r.id(), Csrf.field(request), r.version(),
                Govuk.textarea(form, "reason", "Reason for declining", "The requester sees this on their page"),
                Govuk.warningButton("Decline"));
        render(request, response, form.hasErrors() ? 400 : 200, (form.hasErrors() ? "Error: " : "") + r.name(),
                Html.of("""
                        <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                        {}{}<span class="govuk-caption-l">Join request</span>
                        <h1 class="govuk-heading-l app-wrap">{}</h1>{}{}
                        <p class="govuk-body">{}</p>
                        </div></div>
                        """, Govuk.errorSummary(form), Govuk.success(flash(request)), r.name(), Govuk.summaryList(rows),
                        answer, Govuk.link("/join-requests", "All waiting requests")));
    }
}
