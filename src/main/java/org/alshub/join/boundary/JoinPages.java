package org.alshub.join.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.alshub.join.control.JoinRequests;
import org.alshub.join.entity.JoinRequest;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.FormRateLimit;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.Dates;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.Govuk;
import org.alshub.platform.web.Html;
import org.alshub.platform.web.PageServlet;

/**
 * The open door: anyone asks to join the set, and follows the answer on the private page whose
 * link they are given (the link is the only key to it, so it is never sent anywhere else).
 */
@WebServlet({"/join", "/join/*"})
public class JoinPages extends PageServlet {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Inject
    JoinRequests requests;

    @Inject
    FormRateLimit rateLimit;

    @Inject
    Validator validator;

    @Override
    protected List<String> roles() {
        return List.of();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] path = segments(request);
        if (path.length == 0) {
            form(request, response, named(Form.empty()), 200);
        } else if (path.length == 2 && path[0].equals("status")) {
            status(request, response, requests.byToken(path[1])
                    .orElseThrow(() -> ProblemException.notFound("join request")));
        } else {
            throw ProblemException.notFound("page");
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (segments(request).length != 0) {
            throw ProblemException.notFound("page");
        }
        Form form = named(Form.read(request));
        String sent = "Your request has been sent. Bookmark this page or keep its link: it shows the answer.";
        if (form.text("website") != null) {
            redirectWith(request, response, "/join/status/" + JoinRequests.newToken(), sent);
            return;
        }
        var refusal = rateLimit.refuse(JoinRequestsResource.PUBLIC_FORM, request.getRemoteAddr());
        if (refusal.isPresent()) {
            String seconds = refusal.get().getHeaderString("Retry-After");
            response.setHeader("Retry-After", seconds);
            form.error("name", "Too many forms have been sent from your address. Try again in " + seconds
                    + " seconds");
            form(request, response, form, 429);
            return;
        }
        JoinForm join = new JoinForm();
        join.name = form.text("name");
        join.email = form.text("email");
        join.organisation = form.text("organisation");
        String council = form.text("worksForCouncil");
        join.worksForCouncil = council == null ? null : "yes".equals(council);
        join.wouldBring = form.text("wouldBring");
        join.listInDirectory = "yes".equals(form.value("listInDirectory"));
        form.violations(validator.validate(join));
        if (council == null) {
            form.error("worksForCouncil", "Select yes if you work for the council");
        }
        if (form.hasErrors()) {
            form(request, response, form, 400);
            return;
        }
        redirectWith(request, response, "/join/status/" + requests.ask(join.asking()).token(), sent);
    }

    private void form(HttpServletRequest request, HttpServletResponse response, Form form, int status)
            throws IOException {
        Html fields = Html.of("""
                <form method="post" action="/join" novalidate>{}
                {}{}{}{}{}{}
                <div class="app-honeypot" aria-hidden="true">
                <label for="website">Leave this field empty</label>
                <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="">
                </div>
                {}
                </form>
                """, Csrf.field(request),
                Govuk.input(form, "name", "Full name", null, "text", "name", null),
                Govuk.input(form, "email", "Email address", "We will only use this to get in touch about the set",
                        "email", "email", null),
                Govuk.input(form, "organisation", "Organisation (optional)",
                        "For example, a residents' association, a charity or Lambeth Council", "text", "organization",
                        null),
                Govuk.radios(form, "worksForCouncil", "Do you work for the council?",
                        "Council staff get an account to sign in with", List.of(new Govuk.Option("yes", "Yes"),
                                new Govuk.Option("no", "No"))),
                Govuk.textarea(form, "wouldBring", "What would you bring to the set? (optional)",
                        "Your experience, a challenge you face, or a community you know well"),
                Govuk.checkboxes(form, "listInDirectory", "Member directory", null,
                        List.of(new Govuk.Option("yes", "List my name in the member directory so others can find me"))),
                Govuk.button("Ask to join"));
        Html before = Html.of("""
                <h1 class="govuk-heading-l">Ask to join the Action Learning Set</h1>
                <p class="govuk-body">The set is open to anyone who wants to make co-production work, whether or not you
                work for the council. A facilitator reads every request.</p>
                """);
        Html main = Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                {}{}{}
                </div></div>
                """, Govuk.errorSummary(form), before, fields);
        render(request, response, status, (form.hasErrors() ? "Error: " : "") + "Ask to join", main);
    }

    private void status(HttpServletRequest request, HttpServletResponse response, JoinRequest r) throws IOException {
        JoinStatusView view = JoinStatusView.of(r);
        Html tag = switch (r.status()) {
            case PENDING -> Govuk.tag("Waiting for an answer", "blue");
            case ACCEPTED -> Govuk.tag("Accepted", "green");
            case DECLINED -> Govuk.tag("Declined", "red");
        };
        Html reason = r.declineReason() == null ? Html.EMPTY
                : Html.of("<h2 class=\"govuk-heading-m\">The facilitator's reason</h2>"
                + "<p class=\"govuk-body app-pre-line app-wrap\">{}</p>", r.declineReason());
        render(request, response, 200, "Your request to join", Html.of("""
                <div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
                {}
                <h1 class="govuk-heading-l">Your request to join</h1>
                <p class="govuk-body">{}</p>
                <p class="govuk-body app-wrap">Asked by {} on {}.</p>
                <p class="govuk-body">{}</p>
                {}
                </div></div>
                """, Govuk.success(flash(request)), tag, view.name(),
                Dates.day(r.createdAt().atZone(LONDON).toLocalDate()), view.message(), reason));
    }

    private static Form named(Form form) {
        return form.name("name", "Full name", "Enter your full name")
                .name("email", "Email address", "Enter your email address")
                .name("organisation", "Organisation", "Enter your organisation")
                .name("worksForCouncil", "Works for the council", "Select yes if you work for the council")
                .name("wouldBring", "What you would bring", "Say what you would bring");
    }
}
