package org.alshub.network.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.alshub.network.control.PeerSuggestions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.platform.security.Roles;
import org.alshub.platform.web.Form;
import org.alshub.platform.web.View;

/**
 * "Who else has faced this?" as a page: say what you are facing, or come from a project or a
 * challenge, and see the members whose own work (projects, challenges, actions done, do's,
 * toolkit entries, what they said they would bring) is closest to it.
 */
@Path("who-else")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.FACILITATOR, Roles.OFFICER})
public class WhoElsePage {

    private static final int SHOWN = 10;

    @Inject
    PeerSuggestions peers;

    @Inject
    CurrentUser user;

    /** What was asked about (typed, or a record of the set's), and who came up. */
    public record Asked(String about, String kind, Long id, List<PeerSuggestions.Suggestion> found, boolean asked,
                        Form form) {

        /** Where a matching record can be read, when it has a page. */
        public static String href(PeerSuggestions.Match match) {
            return switch (match.kind()) {
                case "practice" -> "/dos/" + match.id();
                case "toolkit" -> "/toolkit/" + match.id();
                case "project" -> "/projects/" + match.id();
                case "action" -> "/actions/" + match.id();
                default -> null;
            };
        }

        public static String kindName(String kind) {
            return switch (kind) {
                case "practice" -> "a do";
                case "toolkit" -> "the toolkit";
                case "project" -> "a project";
                case "challenge" -> "a challenge";
                case "action" -> "an action done";
                case "introduction" -> "what they would bring";
                default -> kind;
            };
        }
    }

    @GET
    public View ask(@QueryParam("about") String about, @QueryParam("kind") String kind, @QueryParam("id") Long id) {
        Form form = Form.empty().set("about", about).name("about", "What you are facing", "Say what you are facing");
        boolean fromRecord = kind != null && id != null;
        if (!fromRecord && (about == null || about.isBlank())) {
            return View.of("network/whoElse", new Asked(null, null, null, List.of(), false, form));
        }
        if (about != null && about.length() > 2000) {
            form.error("about", "What you are facing must be 2,000 characters or fewer");
            return View.form("network/whoElse", new Asked(about, null, null, List.of(), false, form), form);
        }
        List<PeerSuggestions.Suggestion> found;
        try {
            found = fromRecord && kind.length() <= 20
                    ? peers.like(kind, id, user.requireMemberId(), user.isFacilitator(), SHOWN)
                    : peers.about(about == null ? "" : about, user.requireMemberId(), user.isFacilitator(), SHOWN);
        } catch (ProblemException notIndexed) {
            found = List.of();
        }
        return View.of("network/whoElse", new Asked(about, kind, id, found, true, form));
    }
}
