package org.alshub.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alshub.action.control.Actions;
import org.alshub.action.entity.ActionStatus;
import org.alshub.attendance.control.Rsvps;
import org.alshub.attendance.entity.Answer;
import org.alshub.calendar.entity.MemberFeed;
import org.alshub.member.entity.Member;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.SecretTokens;
import org.alshub.workshop.entity.Workshop;
import org.alshub.audit.control.Audited;

/** Members' private feeds: a secret link each, which they can reset or switch off. */
@Audited
@ApplicationScoped
@Transactional
public class MemberFeeds {

    @Inject
    Rsvps rsvps;

    @Inject
    Actions actions;

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Feeds feeds;

    @Inject
    CalendarSettings settings;

    @Inject
    Clock clock;

    /** A new secret link for the member's feed; any earlier link stops working. Returns the token. */
    public String reset(long memberId) {
        if (em.find(Member.class, memberId) == null) {
            throw ProblemException.notFound("member");
        }
        SecretTokens.Issued issued = SecretTokens.issue();
        MemberFeed feed = em.find(MemberFeed.class, memberId);
        if (feed == null) {
            em.persist(new MemberFeed(memberId, issued.hash(), clock.instant()));
        } else {
            feed.reset(issued.hash(), clock.instant());
        }
        return issued.token();
    }

    public void switchOff(long memberId) {
        MemberFeed feed = em.find(MemberFeed.class, memberId);
        if (feed != null) {
            em.remove(feed);
        }
    }

    /** A member's own feed is named for them, so it is told apart from the public feed in their calendar app. */
    public static final String FEED_NAME = "My Action Learning Set workshops";

    /**
     * The member's feed, or empty when the token opens none (never says which): the workshops they
     * said they are going to (a waiting place shown as one), as the home page promises, and the
     * actions they owe. Five statements to find the member, their places and the actions they owe;
     * the calendar itself is rendered only when the workshops, the member, their answers or their
     * actions changed since the last time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Feeds.Rendered> render(String token, URI base) {
        if (!SecretTokens.plausible(token)) {
            return Optional.empty();
        }
        Optional<MemberFeed> feed = em.createNamedQuery(MemberFeed.BY_HASH, MemberFeed.class)
                .setParameter("hash", SecretTokens.hash(token)).getResultStream().findFirst();
        if (feed.isEmpty()) {
            return Optional.empty();
        }
        Member member = em.find(Member.class, feed.get().memberId());
        if (member == null) {
            return Optional.empty();
        }
        Map<Long, Rsvps.Place> places = rsvps.placesOf(member.id());
        URI followUp = base.resolve("#my-actions");
        List<Calendars.OwedAction> owed = actions.stillOwedBy(member.id()).stream()
                .map(a -> new Calendars.OwedAction(a.id(), a.description(), a.dueDate(),
                        a.status() == ActionStatus.IN_PROGRESS, a.updatedAt(), followUp)).toList();
        String key = feeds.version() + "|" + base + "|" + member.version() + "|" + member.name() + "|"
                + member.email() + "|" + places + "|" + owed;
        return Optional.of(feeds.cached("member|" + member.id(), key, () -> IcsText.write(settings.calendars()
                .memberFeed(feeds.inFeeds().stream().filter(w -> places.getOrDefault(w.id(), Rsvps.Place.NONE).going())
                                .toList(),
                        w -> invitee(member, places.get(w.id())), Feeds.links(base), FEED_NAME, owed))));
    }

    /** A member as the ATTENDEE of their own copy of a workshop, with their answer and place. */
    public Calendars.Invitee invitee(Member member, Workshop workshop) {
        return invitee(member, rsvps.ofMember(workshop.id(), member.id()).map(rsvps::placeOf).orElse(Rsvps.Place.NONE));
    }

    static Calendars.Invitee invitee(Member member, Rsvps.Place place) {
        return new Calendars.Invitee(member.name(), member.email(), partStat(place.answer()), place.waitingPosition(),
                place.placeChanges());
    }

    public static String partStat(Answer answer) {
        if (answer == null) {
            return "NEEDS-ACTION";
        }
        return switch (answer) {
            case GOING -> "ACCEPTED";
            case MAYBE -> "TENTATIVE";
            case NOT_GOING -> "DECLINED";
        };
    }
}
