import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.alshub.workshop.entity.MonthlyRule;
import org.alshub.workshop.entity.Workshop;
import org.alshub.workshop.entity.WorkshopSeries;

/**
 * Fills an ALS Hub Derby database (schema already made by the app's own Liquibase start) with a
 * national network: members, monthly series with ten years of workshops, projects, challenges,
 * RSVPs and actions. Plain JDBC batches into the app's tables; the derived columns (local and UTC
 * times of every occurrence) come from the app's own entities: WorkshopSeries, MonthlyRule, Workshop.
 *
 * Run by bench/run.sh: java -cp target/classes:WEB-INF/lib/*:jakartaee-api.jar bench/NationalData.java DIR SCALE
 */
public class NationalData {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String[] DEPARTMENTS = {"Housing", "Adult Social Care", "Children's Services", "Public Health",
            "Regeneration", "Libraries", "Parks", "Waste", "Transport", "Planning", "Benefits", "Youth",
            "Community Safety", "Culture", "Employment", "Education", "Environment", "Finance", "Digital", "Leisure"};
    static final String[] RULES = {"first Monday", "second Tuesday", "third Wednesday", "fourth Wednesday",
            "last Thursday", "first Friday", "second Wednesday", "third Tuesday", "the 15th", "fourth Thursday"};

    final Connection db;
    final Random random = new Random(2012_11_29L);
    final Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    final LocalDate today = LocalDate.now(LONDON);

    NationalData(Connection db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        String dir = args[0];
        double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        // Only this loader's own process: a crash here means generating again, never lost user data
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.storage.pageCacheSize", "20000");
        System.setProperty("derby.stream.error.file", dir + "/derby-generator.log");
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + dir + "/derby;user=als;password=als")) {
            db.setAutoCommit(false);
            new NationalData(db).fill(scale);
        }
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception (XJ015)
        }
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    void fill(double scale) throws SQLException {
        int members = Math.max(100, (int) (100_000 * scale));
        int sets = Math.max(10, (int) (1_000 * scale));
        int actions = Math.max(1_000, (int) (1_000_000 * scale));
        if (count("select count(*) from workshop") > 0) {
            throw new IllegalStateException("the database already holds workshops: generate into a fresh folder");
        }
        long firstMember = next("member");
        members(firstMember, members);
        List<long[]> workshops = series(sets, firstMember, members);
        long firstProject = next("project");
        int projects = members / 2;
        projects(firstProject, projects, firstMember, members, workshops);
        rsvps(firstMember, members, workshops);
        actions(actions, firstMember, members, firstProject, projects, workshops);
        // the tracker's copy of each action's department, filled as sql/009-lists.sql fills it on upgrade
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update action_item set department_key = (select p.department_key from project p "
                    + "where p.id = action_item.project_id) where project_id is not null");
        }
        db.commit();
        for (String table : List.of("member", "member_affiliation", "workshop_series", "workshop", "project",
                "challenge", "rsvp", "action_item")) {
            try (Statement s = db.createStatement()) {
                s.execute("call syscs_util.syscs_update_statistics('ALS', '" + table.toUpperCase() + "', null)");
            }
            db.commit();
        }
        System.out.printf("members %d (first %d), series %d, workshops %d, projects %d, actions %d%n",
                members, firstMember, sets, workshops.size(), projects, actions);
    }

    void members(long first, int count) throws SQLException {
        try (PreparedStatement m = db.prepareStatement("insert into member (id, name, email, email_key, organisation, "
                + "listed_in_directory, created_at, version) values (?, ?, ?, ?, ?, 1, ?, 0)");
             PreparedStatement a = db.prepareStatement("insert into member_affiliation (member_id, affiliation) "
                     + "values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                String email = "member" + id + "@bench.example";
                m.setLong(1, id);
                m.setString(2, "Member " + id);
                m.setString(3, email);
                m.setString(4, email);
                m.setString(5, "Council " + (i % 400));
                m.setTimestamp(6, now);
                m.addBatch();
                a.setLong(1, id);
                a.setString(2, i % 10 == 0 ? "RESIDENT" : "OFFICER");
                a.addBatch();
                if (i % 5_000 == 4_999) {
                    m.executeBatch();
                    a.executeBatch();
                    db.commit();
                }
            }
            m.executeBatch();
            a.executeBatch();
            db.commit();
        }
        restart("member", first + count);
    }

    /** One series per set, ten years of monthly workshops ending at the app's 12-month horizon. Returns {id, seriesId, epochDay}. */
    List<long[]> series(int sets, long firstMember, int members) throws SQLException {
        LocalDate firstDate = today.minusYears(9).withDayOfMonth(1);
        LocalDate horizon = today.plusMonths(12);
        long seriesId = next("workshop_series");
        long workshopId = next("workshop");
        List<long[]> made = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("insert into workshop_series (id, title, rule_text, start_time, "
                + "duration_minutes, time_zone, location, capacity, facilitator_id, first_date, materialised_until, "
                + "created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
             PreparedStatement w = db.prepareStatement("insert into workshop (id, series_id, occurrence_date, title, "
                     + "start_local, end_local, time_zone, starts_at_utc, ends_at_utc, location, capacity, "
                     + "facilitator_id, status, sequence_number, created_at, updated_at, version) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED', 0, ?, ?, 0)")) {
            for (int k = 0; k < sets; k++) {
                long facilitator = firstMember + random.nextInt(members);
                MonthlyRule rule = MonthlyRule.parse(RULES[k % RULES.length]);
                WorkshopSeries series = new WorkshopSeries("Action Learning Set " + (k + 1), rule,
                        LocalTime.of(9 + k % 6, k % 2 == 0 ? 0 : 30), 120, LONDON, "Town Hall, Council " + (k % 400),
                        20, facilitator, firstDate, java.time.Instant.now());
                List<Workshop> occurrences = series.occurrencesUntil(horizon, Set.of(), java.time.Instant.now());
                s.setLong(1, seriesId);
                s.setString(2, series.title());
                s.setString(3, rule.text());
                s.setString(4, series.startTime().toString());
                s.setInt(5, series.durationMinutes());
                s.setString(6, LONDON.getId());
                s.setString(7, series.location());
                s.setInt(8, 20);
                s.setLong(9, facilitator);
                s.setObject(10, java.sql.Date.valueOf(firstDate));
                s.setObject(11, java.sql.Date.valueOf(series.materialisedUntil()));
                s.setTimestamp(12, now);
                s.addBatch();
                for (Workshop o : occurrences) {
                    w.setLong(1, workshopId);
                    w.setLong(2, seriesId);
                    w.setDate(3, java.sql.Date.valueOf(o.occurrenceDate()));
                    w.setString(4, o.title());
                    w.setTimestamp(5, Timestamp.valueOf(o.startLocal()));
                    w.setTimestamp(6, Timestamp.valueOf(o.endLocal()));
                    w.setString(7, o.zone().getId());
                    w.setTimestamp(8, Timestamp.valueOf(o.startsAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
                    w.setTimestamp(9, Timestamp.valueOf(o.endsAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()));
                    w.setString(10, o.location());
                    w.setInt(11, 20);
                    w.setLong(12, facilitator);
                    w.setTimestamp(13, now);
                    w.setTimestamp(14, now);
                    w.addBatch();
                    made.add(new long[]{workshopId, seriesId, o.occurrenceDate().toEpochDay()});
                    workshopId++;
                }
                seriesId++;
                if (k % 50 == 49) {
                    s.executeBatch();
                    w.executeBatch();
                    db.commit();
                }
            }
            s.executeBatch();
            w.executeBatch();
            db.commit();
        }
        restart("workshop_series", seriesId);
        restart("workshop", workshopId);
        return made;
    }

    void projects(long first, int count, long firstMember, int members, List<long[]> workshops) throws SQLException {
        long challengeId = next("challenge");
        try (PreparedStatement p = db.prepareStatement("insert into project (id, title, department, summary, "
                + "stakeholders, stage, owner_id, status, created_at, updated_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)");
             PreparedStatement c = db.prepareStatement("insert into challenge (id, project_id, question, raised_by, "
                     + "workshop_id, agenda_position, status, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            String[] stages = {"UNDERSTAND", "PLAN", "DO", "REVIEW"};
            for (int i = 0; i < count; i++) {
                long id = first + i;
                long owner = firstMember + random.nextInt(members);
                p.setLong(1, id);
                p.setString(2, "Co-producing project " + id);
                p.setString(3, DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
                p.setString(4, "Working with residents on a service they use, project " + id);
                p.setString(5, "residents, tenants' association, voluntary sector");
                p.setString(6, stages[random.nextInt(stages.length)]);
                p.setLong(7, owner);
                p.setTimestamp(8, now);
                p.setTimestamp(9, now);
                p.addBatch();
                long[] workshop = workshops.get(random.nextInt(workshops.size()));
                c.setLong(1, challengeId++);
                c.setLong(2, id);
                c.setString(3, "How do we get residents to shape project " + id + "?");
                c.setLong(4, owner);
                c.setLong(5, workshop[0]);
                c.setInt(6, 1 + random.nextInt(6));
                c.setString(7, workshop[2] < today.toEpochDay() ? "ADDRESSED" : "OPEN");
                c.setTimestamp(8, now);
                c.addBatch();
                if (i % 5_000 == 4_999) {
                    p.executeBatch();
                    c.executeBatch();
                    db.commit();
                }
            }
            p.executeBatch();
            c.executeBatch();
            db.commit();
        }
        restart("project", first + count);
        restart("challenge", challengeId);
    }

    /** Two answers per member to workshops still to come (what a member's private feed shows). */
    void rsvps(long firstMember, int members, List<long[]> workshops) throws SQLException {
        List<long[]> upcoming = workshops.stream().filter(w -> w[2] >= today.toEpochDay()).toList();
        long id = next("rsvp");
        String[] answers = {"GOING", "GOING", "MAYBE", "NOT_GOING"};
        try (PreparedStatement r = db.prepareStatement("insert into rsvp (id, workshop_id, member_id, answer, waiting, "
                + "seat_asked_at, answered_at, version) values (?, ?, ?, ?, 0, ?, ?, 0)")) {
            for (int i = 0; i < members; i++) {
                Set<Long> chosen = new HashSet<>();
                while (chosen.size() < 2) {
                    chosen.add(upcoming.get(random.nextInt(upcoming.size()))[0]);
                }
                for (long workshop : chosen) {
                    String answer = answers[random.nextInt(answers.length)];
                    r.setLong(1, id++);
                    r.setLong(2, workshop);
                    r.setLong(3, firstMember + i);
                    r.setString(4, answer);
                    r.setTimestamp(5, answer.equals("GOING") ? now : null);
                    r.setTimestamp(6, now);
                    r.addBatch();
                }
                if (i % 5_000 == 4_999) {
                    r.executeBatch();
                    db.commit();
                }
            }
            r.executeBatch();
            db.commit();
        }
        restart("rsvp", id);
    }

    /** Actions agreed at past workshops; old ones mostly done, recent ones mostly open. */
    void actions(int count, long firstMember, int members, long firstProject, int projects, List<long[]> workshops)
            throws SQLException {
        List<long[]> past = workshops.stream().filter(w -> w[2] < today.toEpochDay()).toList();
        long recent = today.minusMonths(6).toEpochDay();
        long id = next("action_item");
        try (PreparedStatement a = db.prepareStatement("insert into action_item (id, description, owner_id, due_date, "
                + "project_id, agreed_at_workshop_id, status, created_by, created_at, updated_at, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < count; i++) {
                long[] workshop = past.get(random.nextInt(past.size()));
                int roll = random.nextInt(100);
                String status = workshop[2] < recent
                        ? (roll < 85 ? "DONE" : roll < 95 ? "DROPPED" : "OPEN")
                        : (roll < 40 ? "OPEN" : roll < 70 ? "IN_PROGRESS" : "DONE");
                a.setLong(1, id++);
                a.setString(2, "Talk to the tenants' panel and bring back what they said, action " + id);
                a.setLong(3, firstMember + random.nextInt(members));
                a.setDate(4, java.sql.Date.valueOf(LocalDate.ofEpochDay(workshop[2] + 28 + random.nextInt(60))));
                a.setLong(5, firstProject + random.nextInt(projects));
                a.setLong(6, workshop[0]);
                a.setString(7, status);
                a.setLong(8, firstMember);
                a.setTimestamp(9, now);
                a.setTimestamp(10, now);
                a.addBatch();
                if (i % 10_000 == 9_999) {
                    a.executeBatch();
                    db.commit();
                }
            }
            a.executeBatch();
            db.commit();
        }
        restart("action_item", id);
    }

    long next(String table) throws SQLException {
        return count("select coalesce(max(id), 0) + 1 from " + table);
    }

    long count(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Rows were given their ids: the identity carries on after them, as if the app had made them. */
    void restart(String table, long next) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("alter table " + table + " alter column id restart with " + next);
        }
        db.commit();
    }
}
