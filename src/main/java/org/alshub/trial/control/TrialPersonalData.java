package org.alshub.trial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.Set;
import org.alshub.privacy.control.PersonalDataSource;
import org.alshub.privacy.control.Rows;
import org.alshub.trial.entity.TrialReport;

/** Which channels a member said they used, month by month; erasure deletes their answers. */
@ApplicationScoped
public class TrialPersonalData implements PersonalDataSource {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Override
    public String name() {
        return "trials";
    }

    @Override
    public Set<String> tables() {
        return Set.of("trial_report", "trial_report_channel");
    }

    @Override
    public Map<String, Object> export(long memberId) {
        return Map.of("answers", Rows.of(em, "select r.trial_id, r.report_month, c.name from trial_report r "
                + "left join trial_report_channel rc on rc.report_id = r.id left join trial_channel c on c.id = rc.channel_id "
                + "where r.member_id = ? order by r.trial_id, r.report_month, c.sort_order", memberId,
                "trialId", "month", "channelUsed"));
    }

    @Override
    public void erase(long memberId) {
        em.createNativeQuery("delete from trial_report_channel where report_id in "
                + "(select id from trial_report where member_id = ?)").setParameter(1, memberId).executeUpdate();
        em.createNativeQuery("delete from trial_report where member_id = ?").setParameter(1, memberId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(TrialReport.class);
    }
}
