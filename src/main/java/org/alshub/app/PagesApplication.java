package org.alshub.app;

import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.alshub.calendar.boundary.UpcomingPage;
import org.alshub.home.boundary.HomePages;
import org.alshub.join.boundary.JoinPages;
import org.alshub.join.boundary.JoinRequestPages;
import org.alshub.notice.boundary.EmailPages;
import org.alshub.notice.boundary.RecordEmailPage;
import org.alshub.toolkit.boundary.ToolkitPages;
import org.alshub.trial.boundary.TrialPages;
import org.alshub.practice.boundary.PracticePages;
import org.alshub.report.boundary.ReportsPage;
import org.alshub.project.boundary.ProjectPages;
import org.alshub.record.boundary.ConsolePages;
import org.alshub.record.boundary.WorkshopPage;
import org.alshub.record.boundary.RecordPages;
import org.alshub.action.boundary.ActionPages;
import org.alshub.network.boundary.WhoElsePage;
import org.alshub.invitation.boundary.InvitationPages;
import org.alshub.member.boundary.MemberPages;
import org.alshub.member.boundary.ProfilePages;
import org.alshub.member.boundary.PasswordResetPages;
import org.alshub.workshop.boundary.SeriesPages;
import org.alshub.workshop.boundary.WorkshopPages;
import org.alshub.platform.persistence.SqlStatementsHeader;
import org.alshub.platform.security.RoleCheck;
import org.alshub.platform.web.Csrf;
import org.alshub.platform.web.PageExceptions;
import org.alshub.platform.web.PageResponses;
import org.alshub.platform.web.SignInPages;
import org.alshub.platform.web.ViewWriter;

/**
 * The pages: every address outside /api, /calendar and /invitations. Mounted by web.xml as a
 * filter in front of the container's own servlets, so the GOV.UK WebJar and /static stay
 * served by the container; the same role check as the API, then the CSRF check on every form.
 * Resources are listed here on purpose: the access-matrix test reads its page routes from this list.
 */
public class PagesApplication extends Application {

    public static final Set<Class<?>> PAGES = Set.of(
            SignInPages.class,
            SignInPages.SignOut.class,
            HomePages.class,
            WorkshopPages.class,
            SeriesPages.class,
            MemberPages.class,
            ProfilePages.class,
            PasswordResetPages.class,
            ProjectPages.class,
            ConsolePages.class,
            WorkshopPage.class,
            InvitationPages.class,
            RecordPages.class,
            ActionPages.class,
            WhoElsePage.class,
            ReportsPage.class,
            PracticePages.class,
            ToolkitPages.class,
            TrialPages.class,
            JoinPages.class,
            JoinRequestPages.class,
            // issue 13: the public list of upcoming workshops
            UpcomingPage.class,
            // issue 14: a facilitator's view of the outbox and the replies read
            EmailPages.class,
            RecordEmailPage.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(PAGES);
        classes.add(RoleCheck.class);
        classes.add(org.alshub.audit.control.Doors.class);
        classes.add(Csrf.class);
        classes.add(ViewWriter.class);
        classes.add(PageResponses.class);
        classes.add(PageExceptions.class);
        classes.add(SqlStatementsHeader.class);
        return classes;
    }
}
