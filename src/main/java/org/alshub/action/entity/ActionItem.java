package org.alshub.action.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What someone agreed to do at a workshop. It stays on every next workshop's agenda until it is
 * done or dropped. (Table action_item: ACTION is reserved in Derby.)
 */
@Entity
@EntityListeners(ActionChanges.class)
@Table(name = "action_item")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String description;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "project_id")
    private Long projectId;

    /** lower(department) of the project, copied for the tracker's index (see sql/009-lists.sql) */
    @Column(name = "department_key")
    private String departmentKey;

    @Column(name = "challenge_id")
    private Long challengeId;

    @Column(name = "agreed_at_workshop_id")
    private Long agreedAtWorkshopId;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected ActionItem() {
    }

    public ActionItem(String description, long ownerId, LocalDate dueDate, Long projectId, Long challengeId,
                      long agreedAtWorkshopId, long createdBy, Instant now) {
        this.description = description;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.projectId = projectId;
        this.challengeId = challengeId;
        this.agreedAtWorkshopId = agreedAtWorkshopId;
        this.status = ActionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What the set heard about the action; a status given moves the action on (or back). */
    public FollowUp followUp(String note, ActionStatus newStatus, Long workshopId, LocalDate on, long authorId,
                             Instant now) {
        if (newStatus != null) {
            this.status = newStatus;
        }
        this.updatedAt = now;
        return new FollowUp(id, note, newStatus, workshopId, on, authorId, now);
    }

    /** Corrects what was agreed (a mistake in the room, a new owner): the history of follow-ups stays. */
    public void correct(String description, long ownerId, LocalDate dueDate, Instant now) {
        this.description = description;
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.updatedAt = now;
    }

    /** Still open or in progress after its due date. */
    public boolean isOverdue(LocalDate today) {
        return status.isStillOpen() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isOwnedBy(long memberId) {
        return ownerId == memberId;
    }

    public Long id() {
        return id;
    }

    public String description() {
        return description;
    }

    public long ownerId() {
        return ownerId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** Files the action under its project's department, for the tracker's department filter. */
    public void inDepartment(String department) {
        this.departmentKey = departmentKey(department);
    }

    /** How a department is filed and looked up: case does not matter. */
    public static String departmentKey(String department) {
        return department == null ? null : department.toLowerCase(java.util.Locale.ROOT);
    }

    public Long projectId() {
        return projectId;
    }

    public Long challengeId() {
        return challengeId;
    }

    public long agreedAtWorkshopId() {
        return agreedAtWorkshopId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public ActionStatus status() {
        return status;
    }

    public int version() {
        return version;
    }
}
