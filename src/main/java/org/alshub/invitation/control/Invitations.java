package org.alshub.invitation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Rsvp;
import org.alshub.mail.control.Outbox;
import org.alshub.calendar.control.CalendarSettings;
import org.alshub.calendar.control.Calendars;
import org.alshub.invitation.entity.GuestAnswer;
import org.alshub.invitation.entity.Invitation;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.SecretTokens;
import org.alshub.workshop.entity.Workshop;
import org.alshub.audit.control.Audited;
import org.alshub.attendance.entity.Answer;

/** Inviting guests to a workshop, their answers, revoking links and emailing invitations. */
@Audited
@ApplicationScoped
@Transactional
public class Invitations {

    @Inject
    Rsvps rsvps;

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    CalendarSettings settings;

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
            rsvps.answerForGuest(invitation.workshopId(), invitation.id(), invitation.name(), answer.rsvp());
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
     * The guest's own calendar file: REQUEST with them as ATTENDEE (a waiting place said as one),
     * CANCEL once cancelled.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public net.fortuna.ical4j.model.Calendar calendarFor(Invitation invitation, Workshop workshop, URI link) {
        return settings.calendars().workshop(workshop, Optional.of(invitee(invitation)), link);
    }

    /** The guest as the ATTENDEE of their copy: their answer, their place in the queue, how often it moved. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Calendars.Invitee invitee(Invitation invitation) {
        Optional<Rsvp> rsvp = rsvps.ofGuest(invitation.workshopId(), invitation.id());
        return new Calendars.Invitee(invitation.name(), invitation.email(), invitation.answer().partStat(),
                rsvp.map(rsvps::waitingPosition).orElse(0), rsvp.map(Rsvp::placeChanges).orElse(0));
    }

    /** 1 for the first in the queue; 0 when the guest is not waiting for a seat. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int waitingPlace(Invitation invitation) {
        return rsvps.ofGuest(invitation.workshopId(), invitation.id()).map(rsvps::waitingPosition).orElse(0);
    }

    /**
     * The guest answered from their own calendar (an iTIP REPLY read from the organizer's
     * mailbox): recorded exactly as an answer on their page, marked as come by email.
     */
    public Rsvp answerFromCalendar(long invitationId, GuestAnswer answer) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || invitation.revokedAt() != null) {
            throw ProblemException.notFound("invitation");
        }
        invitation.answer(answer, clock.instant());
        return rsvps.answerForGuest(invitation.workshopId(), invitation.id(), invitation.name(), answer.rsvp(), true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Invitation> find(long id) {
        return Optional.ofNullable(em.find(Invitation.class, id));
    }

    /** The guests invited to a workshop whose links still work: everyone a change must reach. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invitation> open(long workshopId) {
        return em.createNamedQuery(Invitation.OF_WORKSHOP, Invitation.class).setParameter("workshop", workshopId)
                .getResultStream().filter(i -> i.revokedAt() == null).toList();
    }

    /** The outbox sent an email about an invitation: when it went is shown to whoever invited the guest. */
    void sent(@Observes Outbox.Sent sent) {
        if (sent.reference() != null && sent.reference().startsWith(REFERENCE)) {
            Invitation invitation = em.find(Invitation.class, Long.valueOf(sent.reference().substring(REFERENCE.length())));
            if (invitation != null) {
                invitation.emailed(sent.at());
            }
        }
    }

    /** How an email about invitation 12 is referred to in the outbox: "invitation-12". */
    public static final String REFERENCE = "invitation-";

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
