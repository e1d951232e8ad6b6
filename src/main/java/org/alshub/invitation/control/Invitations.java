package org.alshub.invitation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.Calendars;
import org.alshub.calendar.control.IcsText;
import org.alshub.invitation.entity.GuestAnswer;
import org.alshub.invitation.entity.Invitation;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.SecretTokens;
import org.alshub.workshop.entity.Workshop;
import org.alshub.audit.control.Audited;

/** Inviting guests to a workshop, their answers, revoking links and emailing invitations. */
@Audited
@ApplicationScoped
@Transactional
public class Invitations {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    @Inject
    Rsvps rsvps;

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    CalendarSettings settings;

    @Inject
    Mailer mailer;

    @Inject
    Clock clock;

    /** A new invitation and its token, which exists only here and in the guest's link. */
    public record Issued(Invitation invitation, String token) {
    }

    /** An open invitation with its workshop. */
    public record Guest(Invitation invitation, Workshop workshop) {
    }

    public Issued invite(long workshopId, String name, String email, long invitedBy) {
        Workshop workshop = workshop(workshopId);
        if (workshop.isCancelled()) {
            throw ProblemException.conflict("This workshop is cancelled: no one can be invited to it.");
        }
        if (!workshop.endsAt().toInstant().isAfter(clock.instant())) {
            throw ProblemException.conflict("This workshop is over: no one can be invited to it.");
        }
        SecretTokens.Issued token = SecretTokens.issue();
        Invitation invitation = new Invitation(workshopId, name, email, token.hash(), invitedBy, clock.instant());
        em.persist(invitation);
        em.flush();
        return new Issued(invitation, token.token());
    }

    /**
     * Who may bring a guest: a facilitator to any workshop, a member to one they said they are
     * going to (with a seat or on the waiting list).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void checkMayInvite(long workshopId, long memberId, boolean facilitator) {
        if (!facilitator && rsvps.ofMember(workshopId, memberId).map(r -> r.answer() != Answer.GOING).orElse(true)) {
            throw ProblemException.forbidden("You can bring a friend to a workshop you are going to: "
                    + "answer Going first.");
        }
    }

    /** A fresh link for a guest who lost theirs (the old one stops working), with its token. */
    public Issued reissue(long id, long callerId, boolean facilitator) {
        Invitation invitation = mine(id, callerId, facilitator);
        if (invitation.revokedAt() != null) {
            throw ProblemException.conflict("This invitation was revoked: invite them again instead.");
        }
        SecretTokens.Issued token = SecretTokens.issue();
        invitation.newLink(token.hash());
        em.flush();
        return new Issued(invitation, token.token());
    }

    /** The invitation a token opens, if it still opens one; a wrong, revoked or expired token all look alike. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Guest> open(String token) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Invitation.BY_HASH, Invitation.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst()
                .flatMap(i -> Optional.ofNullable(em.find(Workshop.class, i.workshopId())).map(w -> new Guest(i, w)))
                .filter(g -> g.invitation().opens(g.workshop(), clock.instant()));
    }

    /**
     * The guest accepts or declines. This is the one place a guest's answer is recorded, and it
     * goes to the workshop's RSVPs too, so the guest takes a seat or a waiting place like anyone.
     */
    public Guest answer(String token, GuestAnswer answer) {
        Guest guest = open(token).orElseThrow(() -> ProblemException.notFound("invitation"));
        if (guest.workshop().isCancelled()) {
            throw ProblemException.conflict("This workshop is cancelled.");
        }
        Invitation invitation = em.find(Invitation.class, guest.invitation().id());
        invitation.answer(answer, clock.instant());
        if (answer != GuestAnswer.NEEDS_ACTION) {
            rsvps.answerForGuest(invitation.workshopId(), invitation.id(), invitation.name(),
                    answer == GuestAnswer.ACCEPTED ? Answer.GOING : Answer.NOT_GOING);
        }
        return new Guest(invitation, guest.workshop());
    }

    /** Facilitators see every invitation to a workshop; a member sees the ones they made. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> of(long workshopId, long callerId, boolean facilitator) {
        workshop(workshopId);
        return em.createNamedQuery(Invitation.OF_WORKSHOP, Invitation.class).setParameter("workshop", workshopId)
                .getResultStream().filter(i -> facilitator || Long.valueOf(callerId).equals(i.invitedBy())).toList();
    }

    public Invitation revoke(long id, long callerId, boolean facilitator) {
        Invitation invitation = mine(id, callerId, facilitator);
        invitation.revoke(clock.instant());
        return invitation;
    }

    /**
     * Emails the invitation as it stands: an invitation, an update or a cancellation. The guest's
     * link is in the message only when its token is at hand (at creation): we cannot recover it.
     */
    public Invitation email(long id, Optional<String> token, URI base) {
        Invitation invitation = em.find(Invitation.class, id);
        if (invitation == null || invitation.revokedAt() != null) {
            throw ProblemException.notFound("invitation");
        }
        if (!mailer.configured()) {
            throw ProblemException.conflict("Email is not set up on this server (als.smtp.host): "
                    + "give the guest their link or the calendar file instead.");
        }
        Workshop workshop = workshop(invitation.workshopId());
        URI link = token.map(t -> base.resolve("invitations/" + t)).orElse(base.resolve("calendar/workshops/" + workshop.id() + ".ics"));
        String ics = IcsText.write(calendarFor(invitation, workshop, link));
        String method = workshop.isCancelled() ? "CANCEL" : "REQUEST";
        String when = WHEN.format(workshop.startLocal());
        String subject = (workshop.isCancelled() ? "Cancelled: " : workshop.sequence() > 0 && token.isEmpty() ? "Updated: "
                : "Invitation: ") + workshop.title() + ", " + when;
        StringBuilder text = new StringBuilder("Hello ").append(invitation.name()).append(",\n\n");
        if (workshop.isCancelled()) {
            text.append("The workshop below is cancelled. We are sorry.\n\n");
        } else {
            text.append("You are invited to the workshop below. No account is needed.\n\n");
        }
        text.append(workshop.title()).append("\n").append(when).append(" (").append(workshop.zone().getId()).append(")\n");
        if (workshop.location() != null) {
            text.append(workshop.location()).append("\n");
        }
        if (token.isPresent() && !workshop.isCancelled()) {
            text.append("\nAccept or decline, and add it to your calendar: ").append(link).append("\n");
        }
        mailer.send(invitation.name(), invitation.email(), subject, text.toString(), ics, method);
        Invitation managed = em.find(Invitation.class, id);
        managed.emailed(clock.instant());
        return managed;
    }

    /** The guest's own calendar file: REQUEST with them as ATTENDEE, CANCEL once cancelled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public net.fortuna.ical4j.model.Calendar calendarFor(Invitation invitation, Workshop workshop, URI link) {
        return settings.calendars().workshop(workshop, Optional.of(new Calendars.Invitee(invitation.name(),
                invitation.email(), invitation.answer().partStat())), link);
    }

    private Invitation mine(long id, long callerId, boolean facilitator) {
        Invitation invitation = em.find(Invitation.class, id);
        if (invitation == null) {
            throw ProblemException.notFound("invitation");
        }
        if (!facilitator && !Long.valueOf(callerId).equals(invitation.invitedBy())) {
            throw ProblemException.forbidden("Only facilitators or the member who invited this guest may do this.");
        }
        return invitation;
    }

    private Workshop workshop(long id) {
        Workshop workshop = em.find(Workshop.class, id);
        if (workshop == null) {
            throw ProblemException.notFound("workshop");
        }
        return workshop;
    }
}
