package org.alshub.report.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alshub.action.control.Actions;
import org.alshub.platform.config.AlsConfig;

/** The figures behind the reports page. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Reports {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AlsConfig config;

    @Inject
    Actions actions;

    /** People recorded at workshops in each of the last months, oldest first; months without any count 0. */
    public Map<YearMonth, Long> attendancePerMonth(int months) {
        YearMonth now = YearMonth.now(clock.withZone(config.zone()));
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (int i = months - 1; i >= 0; i--) {
            counts.put(now.minusMonths(i), 0L);
        }
        // a day's margin either side: the month is decided below on the workshop's own clock
        LocalDateTime from = now.minusMonths(months - 1L).atDay(1).atStartOfDay().minusDays(1);
        LocalDateTime to = now.plusMonths(1).atDay(1).atStartOfDay().plusDays(1);
        List<Object[]> rows = em.createQuery("select w.startsAtUtc, w.timeZone, count(a) from Attendance a, Workshop w "
                        + "where a.workshopId = w.id and w.startsAtUtc >= :from and w.startsAtUtc < :to "
                        + "group by w.id, w.startsAtUtc, w.timeZone", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
        for (Object[] row : rows) {
            LocalDateTime utc = (LocalDateTime) row[0];
            YearMonth month = YearMonth.from(utc.atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(java.time.ZoneId.of((String) row[1])));
            counts.computeIfPresent(month, (m, c) -> c + ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** Every action by its status now, with how many of the open ones are overdue. */
    public Map<String, Long> actionsByStatus() {
        return actions.track(new Actions.Filter(null, null, null, false, null), 0, 1).counts();
    }
}
