package org.alshub.project.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.alshub.network.control.TextIndex;
import java.util.TreeMap;
import org.alshub.member.control.MemberNames;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.problem.ProblemException;
import org.alshub.platform.security.CurrentUser;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.ChallengeStatus;
import org.alshub.project.entity.DepartmentChanged;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.ProjectStatus;
import org.alshub.workshop.entity.Workshop;
import org.alshub.audit.control.Audited;

/**
 * Registering projects and bringing their challenges to workshops. Officers change only their
 * own; facilitators change all.
 */
@Audited
@ApplicationScoped
@Transactional
public class Projects {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Event<DepartmentChanged> departmentChanged;

    @Inject
    CurrentUser user;

    @Inject
    MemberNames members;

    @Inject
    TextIndex textIndex;

    public static final String PROJECT = "project";
    public static final String CHALLENGE = "challenge";

    public Project register(Project.Description description, Long ownerId) {
        long owner = user.requireMemberId();
        if (ownerId != null && ownerId != owner) {
            if (!user.isFacilitator()) {
                throw ProblemException.forbidden("You may register projects only for yourself.");
            }
            requireMember("ownerId", ownerId);
            owner = ownerId;
        }
        Project project = new Project(owner, description);
        em.persist(project);
        em.flush();
        index(project);
        return project;
    }

    public Project change(long id, Project.Description description, Long ownerId, ProjectStatus status,
                          OptionalInt expectedVersion) {
        Project project = require(id);
        mayChange(project);
        Versions.check(expectedVersion, project.version());
        boolean moved = !java.util.Objects.equals(project.department(), description.department());
        project.describe(description);
        if (moved) {
            departmentChanged.fire(new DepartmentChanged(project.id(), description.department()));
        }
        if (ownerId != null && ownerId != project.ownerId()) {
            if (!user.isFacilitator()) {
                throw ProblemException.forbidden("Only facilitators may hand a project to someone else.");
            }
            requireMember("ownerId", ownerId);
            project.handOver(ownerId);
        }
        if (status == ProjectStatus.CLOSED) {
            project.close();
        } else if (status == ProjectStatus.ACTIVE) {
            project.reopen();
        }
        em.flush();
        index(project);
        return project;
    }

    /** Raises a challenge on a project, optionally bringing it to a workshop's agenda. */
    public Challenge raise(long projectId, String question, Long workshopId) {
        Project project = require(projectId);
        mayChange(project);
        Challenge challenge = new Challenge(projectId, question, user.requireMemberId());
        if (workshopId != null) {
            challenge.bringTo(requireWorkshop(workshopId), nextPosition(workshopId));
        }
        em.persist(challenge);
        em.flush();
        index(challenge);
        return challenge;
    }

    public Challenge changeChallenge(long id, String question, Long workshopId, ChallengeStatus status,
                                     String howAddressed, OptionalInt expectedVersion) {
        Challenge challenge = requireChallenge(id);
        Project project = require(challenge.projectId());
        if (!user.isFacilitator() && !user.is(challenge.raisedBy()) && !user.is(project.ownerId())) {
            throw ProblemException.forbidden("You may change only challenges you raised or on your own projects.");
        }
        Versions.check(expectedVersion, challenge.version());
        challenge.rephrase(question);
        if (workshopId == null) {
            challenge.bringTo(null, null);
        } else if (!workshopId.equals(challenge.workshopId())) {
            challenge.bringTo(requireWorkshop(workshopId), nextPosition(workshopId));
        }
        if (status == ChallengeStatus.ADDRESSED) {
            challenge.addressed(howAddressed);
        } else {
            challenge.reopen();
        }
        em.flush();
        index(challenge);
        return challenge;
    }

    /** Projects and challenges feed "who else has faced this?" (the network's text index). */
    private void index(Project project) {
        textIndex.put(PROJECT, project.id(), project.ownerId(), project.title(), List.of(
                new TextIndex.Field(project.title(), 3), new TextIndex.Field(project.summary(), 1),
                new TextIndex.Field(project.stakeholders(), 1)));
    }

    private void index(Challenge challenge) {
        textIndex.put(CHALLENGE, challenge.id(), challenge.raisedBy(), challenge.question(), List.of(
                new TextIndex.Field(challenge.question(), 3), new TextIndex.Field(challenge.howAddressed(), 1)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Project require(long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw ProblemException.notFound("project");
        }
        return project;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Challenge requireChallenge(long id) {
        Challenge challenge = em.find(Challenge.class, id);
        if (challenge == null) {
            throw ProblemException.notFound("challenge");
        }
        return challenge;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Project> list(Long ownerId, ProjectStatus status, int page, int size) {
        String where = " where 1 = 1" + (ownerId == null ? "" : " and p.ownerId = :owner")
                + (status == null ? "" : " and p.status = :status");
        var items = em.createQuery("select p from Project p" + where + " order by p.title, p.id", Project.class)
                .setFirstResult(page * size).setMaxResults(size);
        var total = em.createQuery("select count(p) from Project p" + where, Long.class);
        if (ownerId != null) {
            items.setParameter("owner", ownerId);
            total.setParameter("owner", ownerId);
        }
        if (status != null) {
            items.setParameter("status", status);
            total.setParameter("status", status);
        }
        return new Page<>(items.getResultList(), page, size, total.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Project> byIds(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from Project p where p.id in :ids", Project.class)
                .setParameter("ids", ids).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Challenge> challengesOf(long projectId) {
        return em.createQuery("select c from Challenge c where c.projectId = :project order by c.id", Challenge.class)
                .setParameter("project", projectId).getResultList();
    }

    /** Challenges a member raised or that are on their projects. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Challenge> challengesFor(long memberId) {
        // two statements, each on its own index: Derby reads the whole table for "raised by or on projects of"
        Map<Long, Challenge> found = new TreeMap<>();
        em.createQuery("select c from Challenge c where c.raisedBy = :member", Challenge.class)
                .setParameter("member", memberId).getResultList().forEach(c -> found.put(c.id(), c));
        em.createQuery("select c from Challenge c, Project p where c.projectId = p.id and p.ownerId = :member",
                        Challenge.class)
                .setParameter("member", memberId).getResultList().forEach(c -> found.put(c.id(), c));
        return new ArrayList<>(found.values());
    }

    /** What was brought to a workshop, in the order it was brought. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Challenge> broughtTo(long workshopId) {
        return em.createQuery("select c from Challenge c where c.workshopId = :workshop "
                        + "order by c.agendaPosition, c.id", Challenge.class)
                .setParameter("workshop", workshopId).getResultList();
    }

    private void mayChange(Project project) {
        if (!user.isFacilitator() && !user.is(project.ownerId())) {
            throw ProblemException.forbidden("You may change only your own projects.");
        }
    }

    private long requireWorkshop(long workshopId) {
        if (em.find(Workshop.class, workshopId) == null) {
            throw ProblemException.invalid("workshopId", "no workshop has this id");
        }
        return workshopId;
    }

    private void requireMember(String field, long id) {
        if (!members.exists(id)) {
            throw ProblemException.invalid(field, "no member has this id");
        }
    }

    private int nextPosition(long workshopId) {
        Integer last = em.createQuery("select max(c.agendaPosition) from Challenge c where c.workshopId = :workshop",
                Integer.class).setParameter("workshop", workshopId).getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
