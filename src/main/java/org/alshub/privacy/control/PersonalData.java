package org.alshub.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alshub.member.control.Members;
import org.alshub.platform.problem.ProblemException;
import org.alshub.audit.control.Audited;

/** Subject access requests and erasure, across every feature that holds personal data. */
@Audited
@ApplicationScoped
public class PersonalData {

    @Inject
    @Any
    Instance<PersonalDataSource> sources;

    @Inject
    Members members;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Object> export(long memberId) {
        members.find(memberId).orElseThrow(() -> ProblemException.notFound("member"));
        Map<String, Object> everything = new LinkedHashMap<>();
        everything.put("exportedAt", clock.instant().toString());
        for (PersonalDataSource source : ordered()) {
            everything.put(source.name(), source.export(memberId));
        }
        return everything;
    }

    /** All or nothing: one transaction across every feature. */
    @Transactional
    public void erase(long memberId) {
        members.find(memberId).orElseThrow(() -> ProblemException.notFound("member"));
        // the member's own record last, so the others can still find what to erase by it
        List<PersonalDataSource> all = ordered();
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).erase(memberId);
        }
    }

    @Transactional
    public int forgetGuestsBefore(java.time.Instant cutoff) {
        int forgotten = 0;
        for (PersonalDataSource source : ordered()) {
            forgotten += source.forgetGuestsBefore(cutoff);
        }
        return forgotten;
    }

    /** The member's own record first in an export. */
    private List<PersonalDataSource> ordered() {
        return sources.stream()
                .sorted(Comparator.comparing((PersonalDataSource s) -> !s.name().equals("member"))
                        .thenComparing(PersonalDataSource::name))
                .toList();
    }
}
