package org.alshub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import org.alshub.member.control.Accounts;
import org.alshub.member.control.Members;
import org.alshub.member.entity.Affiliation;
import org.alshub.member.entity.Member;
import org.alshub.member.entity.Role;
import org.alshub.platform.config.AlsConfig;
import org.alshub.workshop.control.SeriesScheduler;
import org.alshub.workshop.control.Workshops;
import org.alshub.workshop.entity.MonthlyRule;

/**
 * A small set drawn from the blog: the 29 November 2012 workshop in the Town Hall, the
 * 23 January 2013 one in Room 8, and the monthly series on the fourth Wednesday from this month.
 * The people are invented.
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

    void load() {
        Member facilitator = members.findByEmail(config.adminEmail()).orElseThrow();
        Member amara = person("Amara Okafor", "amara.okafor@lambeth.example", "Housing",
                EnumSet.of(Affiliation.OFFICER, Affiliation.RESIDENT), facilitator);
        person("Tom Reilly", "tom.reilly@lambeth.example", "Adult Social Care", EnumSet.of(Affiliation.OFFICER), facilitator);
        person("Priya Shah", "priya.shah@lambeth.example", "Children's Services", EnumSet.of(Affiliation.OFFICER), facilitator);
        person("Dan Mensah", "dan.mensah@lambeth.example", "Neighbourhoods", EnumSet.of(Affiliation.OFFICER), facilitator);
        person("Cllr Jo Baker", "jo.baker@lambeth.example", "Lambeth Council", EnumSet.of(Affiliation.COUNCILLOR), facilitator);
        person("Pamela Green", "pamela@lambethpoly.example", "Lambeth Poly", EnumSet.of(Affiliation.RESIDENT,
                Affiliation.EXTERNAL), amara);
        String officerPassword = accounts.open(amara.id(), Role.OFFICER, null).generatedPassword().orElseThrow();

        workshops.schedule(new Workshops.Plan("Coproduction Action Learning Set",
                LocalDateTime.of(2012, 11, 29, 10, 0), LocalDateTime.of(2012, 11, 29, 12, 0), config.zone(),
                TOWN_HALL, 30, facilitator.id(),
                "Six projects brought for support, from co-producing a large departmental plan with many "
                        + "customer groups to adding co-production to a project already far along."));
        workshops.schedule(new Workshops.Plan("Coproduction Action Learning Set",
                LocalDateTime.of(2013, 1, 23, 10, 0), LocalDateTime.of(2013, 1, 23, 12, 0), config.zone(),
                "Room 8, " + TOWN_HALL, 30, facilitator.id(),
                "Follow-up of the November actions. Open to anyone: feel free to bring a friend."));
        LocalDate firstOfMonth = LocalDate.now(clock.withZone(config.zone())).withDayOfMonth(1);
        scheduler.start(new SeriesScheduler.Plan("Coproduction Action Learning Set", MonthlyRule.parse("fourth Wednesday"),
                LocalTime.of(10, 0), 120, config.zone(), "Room 8, " + TOWN_HALL, 30, facilitator.id(), firstOfMonth));
        LOG.warning("\n\n    Demo data loaded. A demo officer can sign in too:\n    email:    " + amara.email()
                + "\n    password: " + officerPassword + "   (generated, shown only this once)\n");
    }

    private Member person(String name, String email, String organisation, Set<Affiliation> affiliations, Member invitedBy) {
        return members.join(new Members.Details(name, email, affiliations, organisation, true), invitedBy.id());
    }
}
