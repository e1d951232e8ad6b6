package org.alshub.record.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alshub.action.control.Actions;
import org.alshub.attendance.control.Attendances;
import org.alshub.attendance.entity.Attendance;
import org.alshub.member.control.MemberNames;
import org.alshub.project.control.Projects;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.Project;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.Workshop;

/** Puts a workshop's agenda and record together from projects, actions and attendance. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Records {

    @Inject
    Workshops workshops;

    @Inject
    Projects projects;

    @Inject
    Actions actions;

    @Inject
    Attendances attendances;

    @Inject
    MemberNames names;

    public Agenda of(long workshopId) {
        Workshop workshop = workshops.require(workshopId);
        List<Challenge> challenges = projects.broughtTo(workshopId);
        List<Attendance> came = attendances.ofWorkshop(workshopId);
        Map<Long, String> people = names.of(Stream.concat(challenges.stream().map(Challenge::raisedBy),
                came.stream().map(Attendance::memberId)).toList());
        Map<Long, Project> brought = projects.byIds(challenges.stream().map(Challenge::projectId).distinct().toList())
                .stream().collect(Collectors.toMap(Project::id, Function.identity()));
        people.putAll(names.of(brought.values().stream().map(Project::ownerId).toList()));

        Map<Long, List<Agenda.Question>> questions = new LinkedHashMap<>();
        for (Challenge c : challenges) {
            questions.computeIfAbsent(c.projectId(), id -> new ArrayList<>()).add(new Agenda.Question(c.id(),
                    c.agendaPosition() == null ? 0 : c.agendaPosition(), c.question(), people.get(c.raisedBy()),
                    c.status().name(), c.howAddressed()));
        }
        List<Agenda.Brought> items = questions.entrySet().stream().map(e -> {
            Project p = brought.get(e.getKey());
            return new Agenda.Brought(p.id(), p.title(), p.department(), p.stage().name(), people.get(p.ownerId()),
                    e.getValue());
        }).toList();

        List<Agenda.Attendee> attended = came.stream()
                .map(a -> new Agenda.Attendee(a.memberId() == null ? a.guestName() : people.get(a.memberId()),
                        a.memberId() == null))
                .sorted(Comparator.comparing(Agenda.Attendee::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new Agenda(new Agenda.Session(workshop.id(), workshop.title(), workshop.startLocal(),
                workshop.endLocal(), workshop.zone().getId(), workshop.location(), workshop.status().name()),
                items, actions.carriedOverTo(workshop), attended, actions.agreedAt(workshopId),
                actions.heardAt(workshopId));
    }
}
