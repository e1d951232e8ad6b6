package org.alshub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.alshub.action.entity.ActionItem;
import org.alshub.action.entity.ActionStatus;
import org.alshub.attendance.entity.Attendance;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Affiliation;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.config.AlsConfig;
import org.alshub.project.entity.Challenge;
import org.alshub.project.entity.Project;
import org.alshub.project.entity.Stage;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.MonthlyRule;
import org.alshub.workshop.entity.Workshop;

/**
 * A small set drawn from the blog: the 29 November 2012 workshop in the Town Hall, the
 * 23 January 2013 one in Room 8, and the monthly series on the fourth Wednesday from this month.
 * The six projects and four actions follow the blog; the people are invented.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String TOWN_HALL = "Lambeth Town Hall, Brixton Hill, London SW2 1RW";

    @Inject
    Members members;

    @Inject
    Accounts accounts;

    @Inject
    Workshops workshops;

    @Inject
    SeriesScheduler scheduler;

    @Inject
    AlsConfig config;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Transactional
    /** Loads the demo data; returns the demo officer's sign-in, to be shown once with the facilitator's. */
    String load() {
        Member facilitator = members.findByEmail(config.adminEmail()).orElseThrow();
        Member amara = person("Amara Okafor", "amara.okafor@lambeth.example", "Housing",
                EnumSet.of(Affiliation.OFFICER, Affiliation.RESIDENT), facilitator);
        Member tom = person("Tom Reilly", "tom.reilly@lambeth.example", "Adult Social Care",
                EnumSet.of(Affiliation.OFFICER), facilitator);
        Member priya = person("Priya Shah", "priya.shah@lambeth.example", "Children's Services",
                EnumSet.of(Affiliation.OFFICER), facilitator);
        Member dan = person("Dan Mensah", "dan.mensah@lambeth.example", "Neighbourhoods",
                EnumSet.of(Affiliation.OFFICER), facilitator);
        person("Cllr Jo Baker", "jo.baker@lambeth.example", "Lambeth Council", EnumSet.of(Affiliation.COUNCILLOR), facilitator);
        person("Pamela Green", "pamela@lambethpoly.example", "Lambeth Poly", EnumSet.of(Affiliation.RESIDENT,
                Affiliation.EXTERNAL), amara);
        String officerPassword = accounts.open(amara.id(), Role.OFFICER, null).generatedPassword().orElseThrow();

        Workshop november = workshops.schedule(new Workshops.Plan("Coproduction Action Learning Set",
                LocalDateTime.of(2012, 11, 29, 10, 0), LocalDateTime.of(2012, 11, 29, 12, 0), config.zone(),
                TOWN_HALL, 30, facilitator.id(),
                "Six projects brought for support, from co-producing a large departmental plan with many "
                        + "customer groups to adding co-production to a project already far along."));
        Workshop january = workshops.schedule(new Workshops.Plan("Coproduction Action Learning Set",
                LocalDateTime.of(2013, 1, 23, 10, 0), LocalDateTime.of(2013, 1, 23, 12, 0), config.zone(),
                "Room 8, " + TOWN_HALL, 30, facilitator.id(),
                "Follow-up of the November actions. Open to anyone: feel free to bring a friend."));
        learningLoop(november, january, facilitator, amara, tom, priya, dan);
        LocalDate firstOfMonth = LocalDate.now(clock.withZone(config.zone())).withDayOfMonth(1);
        scheduler.start(new SeriesScheduler.Plan("Coproduction Action Learning Set", MonthlyRule.parse("fourth Wednesday"),
                LocalTime.of(10, 0), 120, config.zone(), "Room 8, " + TOWN_HALL, 30, facilitator.id(), firstOfMonth));
        return "A demo officer (Amara Okafor):\n    email:    " + amara.email() + "\n    password: " + officerPassword
                + "   (generated: shown only this once)";
    }

    /** The six projects brought on 29 November, and the four actions the set agreed. */
    @Transactional
    void learningLoop(Workshop november, Workshop january, Member facilitator, Member amara, Member tom, Member priya,
                      Member dan) {
        Instant now = clock.instant();
        Object[][] projects = {
                {amara, "Housing strategy with tenants and leaseholders", "Housing", "Tenants, leaseholders, TRAs",
                        "How do we co-produce a large departmental plan with many customer groups and stakeholders?"},
                {tom, "Day opportunities redesign", "Adult Social Care", "People who use day services, carers",
                        "How do we add co-production to a project that is already far along?"},
                {priya, "Young people shape youth services", "Children's Services", "Young people, youth workers",
                        "How do we keep young people involved after the first consultation?"},
                {dan, "Lambeth Poly food growing on Tulse Hill", "Neighbourhoods", "Residents, volunteers, Lambeth Living",
                        "How do we hand a project over to residents without saying goodbye?"},
                {dan, "Participatory budgeting pilot", "Neighbourhoods", "Ward residents, councillors",
                        "How much power should residents hold over the ward budget?"},
                {amara, "Estate walkabouts with residents", "Housing", "Residents of two estates",
                        "How do we record what residents tell us so it is not lost?"}};
        int position = 1;
        for (Object[] brought : projects) {
            Project project = new Project(((Member) brought[0]).id(), new Project.Description((String) brought[1],
                    (String) brought[2], null, (String) brought[3], Stage.PLAN));
            em.persist(project);
            em.flush();
            Challenge challenge = new Challenge(project.id(), (String) brought[4], ((Member) brought[0]).id());
            challenge.bringTo(november.id(), position++);
            em.persist(challenge);
        }
        for (Member officer : List.of(amara, tom, priya, dan)) {
            em.persist(Attendance.ofMember(november.id(), officer.id(), facilitator.id(), now));
        }
        LocalDate due = january.startLocal().toLocalDate();
        ActionItem dos = new ActionItem("Find a place online to record people's little 'do's' of co-production",
                dan.id(), due, null, null, november.id(), facilitator.id(), now);
        em.persist(dos);
        em.persist(new ActionItem("Trial LinkedIn, Lino-it and the Co-operative Toolkit between workshops and see "
                + "which prove most popular", priya.id(), due, null, null, november.id(), facilitator.id(), now));
        em.persist(new ActionItem("Invite councillors to the Action Learning Set to share their experience of "
                + "co-production", facilitator.id(), due, null, null, november.id(), facilitator.id(), now));
        em.persist(new ActionItem("Expand the group invite to include anyone, whether or not they work for the council",
                facilitator.id(), due, null, null, november.id(), facilitator.id(), now));
        em.flush();
        em.persist(dos.followUp("A do's page is open to all staff; first twelve do's collected", ActionStatus.DONE,
                january.id(), due, dan.id(), now));
    }

    private Member person(String name, String email, String organisation, Set<Affiliation> affiliations, Member invitedBy) {
        return members.join(new Members.Details(name, email, affiliations, organisation, true), invitedBy.id());
    }
}
