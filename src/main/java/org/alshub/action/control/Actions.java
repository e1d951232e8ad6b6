package org.alshub.action.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alshub.network.control.TextIndex;
import org.alshub.action.entity.ActionItem;
import org.alshub.action.entity.ActionStatus;
import org.alshub.action.entity.FollowUp;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.DepartmentChanged;
import org.alshub.project.entity.Project;
import org.alshub.workshop.entity.Workshop;
import org.alshub.audit.control.Audited;

/**
 * Agreeing actions, hearing follow-ups, and the questions asked of them: what is carried over
 * to a workshop, what is overdue, the tracker's filters and counts.
 */
@Audited
@ApplicationScoped
@Transactional
public class Actions {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    public static final String KIND = "action";

    @Inject
    TextIndex textIndex;

    @Inject
    Clock clock;

    @Inject
    AlsConfig config;

    @Inject
    CurrentUser user;

    @Inject
    MemberNames members;

    @Inject
    TrackerCounts trackerCounts;

    /** What a facilitator captures during a workshop. */
    public record Agreement(String description, long ownerId, LocalDate due, Long projectId, Long challengeId,
                            long workshopId) {
    }

    /** The tracker's filters; null means any. */
    public record Filter(Long ownerId, String department, ActionStatus status, boolean overdueOnly, Long workshopId) {
    }

    /** A page of the tracker, with counts by status (and overdue) under the same filters but status. */
    public record Tracked(Page<ActionRow> page, Map<String, Long> counts) {
    }

    public ActionItem agree(Agreement agreement) {
        if (!members.exists(agreement.ownerId())) {
            throw ProblemException.invalid("ownerId", "no member has this id");
        }
        if (em.find(Workshop.class, agreement.workshopId()) == null) {
            throw ProblemException.invalid("workshopId", "no workshop has this id");
        }
        Long projectId = agreement.projectId();
        Project project = projectId == null ? null : em.find(Project.class, projectId);
        if (projectId != null && project == null) {
            throw ProblemException.invalid("projectId", "no project has this id");
        }
        if (agreement.challengeId() != null) {
            Challenge challenge = em.find(Challenge.class, agreement.challengeId());
            if (challenge == null) {
                throw ProblemException.invalid("challengeId", "no challenge has this id");
            }
            if (projectId != null && projectId != challenge.projectId()) {
                throw ProblemException.invalid("challengeId", "is a challenge on another project");
            }
            projectId = challenge.projectId();
            project = em.find(Project.class, projectId);
        }
        ActionItem action = new ActionItem(agreement.description(), agreement.ownerId(), agreement.due(), projectId,
                agreement.challengeId(), agreement.workshopId(), user.requireMemberId(), clock.instant());
        action.inDepartment(project == null ? null : project.department());
        em.persist(action);
        em.flush();
        return action;
    }

    /** A follow-up by the action's owner or a facilitator, dated today unless said. */
    public FollowUp followUp(long actionId, String note, ActionStatus newStatus, Long workshopId, LocalDate on) {
        ActionItem action = require(actionId);
        if (!user.isFacilitator() && !user.is(action.ownerId())) {
            throw ProblemException.forbidden("Only the action's owner or a facilitator may follow it up.");
        }
        if (workshopId != null && em.find(Workshop.class, workshopId) == null) {
            throw ProblemException.invalid("workshopId", "no workshop has this id");
        }
        FollowUp followUp = action.followUp(note, newStatus, workshopId, on != null ? on : today(),
                user.requireMemberId(), clock.instant());
        em.persist(followUp);
        em.flush();
        if (action.status() == ActionStatus.DONE) {
            // completed actions tell peers who has already solved something like theirs
            textIndex.put(KIND, action.id(), action.ownerId(), action.description(), List.of(
                    new TextIndex.Field(action.description(), 2), new TextIndex.Field(note, 1)));
        }
        return followUp;
    }

    /** What was agreed, corrected by a facilitator; a change made meanwhile by someone else is refused. */
    public ActionItem correct(long id, String description, long ownerId, LocalDate due, OptionalInt expectedVersion) {
        ActionItem action = require(id);
        Versions.check(expectedVersion, action.version());
        if (!members.exists(ownerId)) {
            throw ProblemException.invalid("ownerId", "no member has this id");
        }
        action.correct(description, ownerId, due, clock.instant());
        em.flush();
        return action;
    }

    /** An action agreed by mistake goes, while nothing has been heard about it yet. */
    public void delete(long id, OptionalInt expectedVersion) {
        ActionItem action = require(id);
        Versions.check(expectedVersion, action.version());
        long heard = em.createQuery("select count(f) from FollowUp f where f.actionId = :action", Long.class)
                .setParameter("action", id).getSingleResult();
        if (heard > 0) {
            throw ProblemException.conflict("The set has already heard about this action: it stays on the record. "
                    + "Mark it dropped instead.");
        }
        textIndex.remove(KIND, id);
        em.remove(action);
        em.flush();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionItem require(long id) {
        ActionItem action = em.find(ActionItem.class, id);
        if (action == null) {
            throw ProblemException.notFound("action");
        }
        return action;
    }

    /** Today in the set's zone (Europe/London unless configured): the day "overdue" is judged on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Tracked track(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.ownerId() != null) {
            where.append(" and a.ownerId = :owner");
            parameters.put("owner", filter.ownerId());
        }
        if (filter.department() != null) {
            where.append(" and a.departmentKey = :department");
            parameters.put("department", ActionItem.departmentKey(filter.department().strip()));
        }
        if (filter.workshopId() != null) {
            where.append(" and a.agreedAtWorkshopId = :workshop");
            parameters.put("workshop", filter.workshopId());
        }
        Map<String, Long> counts = trackerCounts.counts(where + " " + new java.util.TreeMap<>(parameters), today(),
                () -> counts(where.toString(), parameters));

        StringBuilder narrowed = new StringBuilder(where);
        Map<String, Object> narrowedParameters = new HashMap<>(parameters);
        if (filter.status() != null) {
            narrowed.append(" and a.status = :status");
            narrowedParameters.put("status", filter.status());
        }
        if (filter.overdueOnly()) {
            narrowed.append(" and a.status in :open and a.dueDate < :today");
            narrowedParameters.put("open", ActionStatus.STILL_OPEN);
            narrowedParameters.put("today", today());
        }
        TypedQuery<ActionItem> items = em.createQuery("select a from ActionItem a" + narrowed
                + " order by a.dueDate, a.id", ActionItem.class);
        TypedQuery<Long> total = em.createQuery("select count(a) from ActionItem a" + narrowed, Long.class);
        narrowedParameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<ActionItem> found = size == 0 ? items.getResultList()
                : items.setFirstResult(page * size).setMaxResults(size).getResultList();
        // the total is one of the counts already made, unless both a status and "overdue" narrow it
        long matching = filter.overdueOnly()
                ? filter.status() == null ? counts.get("OVERDUE") : total.getSingleResult()
                : counts.get(filter.status() == null ? "ALL" : filter.status().name());
        return new Tracked(new Page<>(rows(found), page, size == 0 ? found.size() : size, matching), counts);
    }

    private Map<String, Long> counts(String where, Map<String, Object> parameters) {
        TypedQuery<Object[]> byStatus = em.createQuery("select a.status, count(a) from ActionItem a" + where
                + " group by a.status", Object[].class);
        TypedQuery<Long> overdue = em.createQuery("select count(a) from ActionItem a" + where
                + " and a.status in :open and a.dueDate < :today", Long.class);
        parameters.forEach((name, value) -> {
            byStatus.setParameter(name, value);
            overdue.setParameter(name, value);
        });
        Map<ActionStatus, Long> statuses = new EnumMap<>(ActionStatus.class);
        byStatus.getResultList().forEach(row -> statuses.put((ActionStatus) row[0], (Long) row[1]));
        Map<String, Long> counts = new LinkedHashMap<>();
        long all = 0;
        for (ActionStatus status : ActionStatus.values()) {
            long count = statuses.getOrDefault(status, 0L);
            counts.put(status.name(), count);
            all += count;
        }
        counts.put("OVERDUE", overdue.setParameter("open", ActionStatus.STILL_OPEN)
                .setParameter("today", today()).getSingleResult());
        counts.put("ALL", all);
        return counts;
    }

    /** Keeps each action of a project filed under the project's department, in the same transaction. */
    void departmentChanged(@Observes DepartmentChanged moved) {
        em.createQuery("update ActionItem a set a.departmentKey = :key where a.projectId = :project")
                .setParameter("key", ActionItem.departmentKey(moved.department()))
                .setParameter("project", moved.projectId()).executeUpdate();
    }

    /** Every action still open that was agreed at a workshop before this one, oldest workshop first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionRow> carriedOverTo(Workshop workshop) {
        return rows(em.createQuery("select a from ActionItem a, Workshop w where a.agreedAtWorkshopId = w.id "
                        + "and w.startsAtUtc < :start and a.status in :open order by w.startsAtUtc, a.id",
                        ActionItem.class)
                .setParameter("start", java.time.LocalDateTime.ofInstant(workshop.startInstant(),
                        java.time.ZoneOffset.UTC))
                .setParameter("open", ActionStatus.STILL_OPEN).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionRow> agreedAt(long workshopId) {
        return rows(em.createQuery("select a from ActionItem a where a.agreedAtWorkshopId = :workshop order by a.id",
                ActionItem.class).setParameter("workshop", workshopId).getResultList());
    }

    /** A page of a member's actions, soonest due first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ActionRow> ownedBy(long memberId, int page, int size) {
        List<ActionItem> found = em.createQuery("select a from ActionItem a where a.ownerId = :member "
                        + "order by a.dueDate, a.id", ActionItem.class).setParameter("member", memberId)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(a) from ActionItem a where a.ownerId = :member", Long.class)
                .setParameter("member", memberId).getSingleResult();
        return new Page<>(rows(found), page, size, total);
    }

    /** The actions a member still owes (open or in progress), soonest due first; a few hundred at most. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ActionItem> stillOwedBy(long memberId) {
        return em.createQuery("select a from ActionItem a where a.ownerId = :member and a.status in :open "
                        + "order by a.dueDate, a.id", ActionItem.class)
                .setParameter("member", memberId).setParameter("open", ActionStatus.STILL_OPEN)
                .setMaxResults(500).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ActionRow row(long actionId) {
        return rows(List.of(require(actionId))).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> followUpsOf(long actionId) {
        return followUpRows(em.createQuery("select f from FollowUp f where f.actionId = :action "
                + "order by f.notedOn, f.id", FollowUp.class).setParameter("action", actionId).getResultList());
    }

    /** What has been heard about each of these actions so far, oldest first: one query for them all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<FollowUpRow>> followUpsOf(Collection<Long> actionIds) {
        if (actionIds.isEmpty()) {
            return Map.of();
        }
        return followUpRows(em.createQuery("select f from FollowUp f where f.actionId in :actions "
                + "order by f.notedOn, f.id", FollowUp.class).setParameter("actions", actionIds).getResultList())
                .stream().collect(Collectors.groupingBy(FollowUpRow::actionId, LinkedHashMap::new,
                        Collectors.toList()));
    }

    /**
     * Updates given between workshops (not at one), noted from {@code from} (the day of the last
     * workshop: an update sent that evening counts) up to {@code upTo}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> heardBetween(LocalDate from, LocalDate upTo) {
        return followUpRows(em.createQuery("select f from FollowUp f where f.workshopId is null "
                + "and f.notedOn >= :from and f.notedOn <= :upTo order by f.notedOn, f.id", FollowUp.class)
                .setParameter("from", from).setParameter("upTo", upTo).setMaxResults(200).getResultList());
    }

    /** The follow-ups heard at a workshop. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FollowUpRow> heardAt(long workshopId) {
        return followUpRows(em.createQuery("select f from FollowUp f where f.workshopId = :workshop order by f.id",
                FollowUp.class).setParameter("workshop", workshopId).getResultList());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FollowUpRow followUpRow(FollowUp followUp) {
        return followUpRows(List.of(followUp)).get(0);
    }

    private List<FollowUpRow> followUpRows(List<FollowUp> followUps) {
        Map<Long, String> names = members.of(followUps.stream().map(FollowUp::authorId).toList());
        Map<Long, String> actions = new HashMap<>();
        for (FollowUp f : followUps) {
            actions.computeIfAbsent(f.actionId(), id -> require(id).description());
        }
        return followUps.stream().map(f -> new FollowUpRow(f.id(), f.actionId(), actions.get(f.actionId()), f.note(),
                f.newStatus() == null ? null : f.newStatus().name(), f.workshopId(), f.notedOn(), f.authorId(),
                names.get(f.authorId()))).toList();
    }

    private List<ActionRow> rows(List<ActionItem> actions) {
        Map<Long, String> owners = members.of(actions.stream().map(ActionItem::ownerId).toList());
        Map<Long, Project> projects = byId(Project.class, actions.stream().map(ActionItem::projectId).toList(),
                Project::id);
        Map<Long, Workshop> workshops = byId(Workshop.class,
                actions.stream().map(ActionItem::agreedAtWorkshopId).toList(), Workshop::id);
        LocalDate today = today();
        return actions.stream().map(a -> {
            Project project = a.projectId() == null ? null : projects.get(a.projectId());
            Workshop agreedAt = workshops.get(a.agreedAtWorkshopId());
            return new ActionRow(a.id(), a.description(), a.ownerId(), owners.get(a.ownerId()), a.dueDate(),
                    a.status().name(), a.isOverdue(today), a.projectId(), project == null ? null : project.title(),
                    project == null ? null : project.department(), a.challengeId(), a.agreedAtWorkshopId(),
                    agreedAt.title(), agreedAt.startLocal().toLocalDate(), a.version());
        }).toList();
    }

    private <T> Map<Long, T> byId(Class<T> type, Collection<Long> ids, Function<T, Long> id) {
        List<Long> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", wanted).getResultList().stream()
                .collect(Collectors.toMap(id, Function.identity()));
    }
}
