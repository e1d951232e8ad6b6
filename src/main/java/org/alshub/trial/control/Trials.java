package org.alshub.trial.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.alshub.platform.Page;
import org.alshub.platform.Versions;
import org.alshub.platform.config.AlsConfig;
import org.alshub.platform.problem.ProblemException;
import org.alshub.trial.entity.ChannelTrial;
import org.alshub.trial.entity.TrialChannel;
import org.alshub.trial.entity.TrialReport;
import org.alshub.trial.entity.TrialResults;
import org.alshub.audit.control.Audited;

/** Defining a channel trial, collecting members' monthly answers, and the report. */
@Audited
@ApplicationScoped
@Transactional
public class Trials {

    @PersistenceContext(unitName = "als")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AlsConfig config;

    public ChannelTrial start(String title, YearMonth first, YearMonth last, List<String> channelNames) {
        if (last.isBefore(first)) {
            throw ProblemException.invalid("lastMonth", "must not be before the first month");
        }
        if (first.plusMonths(ChannelTrial.MAX_MONTHS).isBefore(last.plusMonths(1))) {
            throw ProblemException.invalid("lastMonth", "a trial runs for at most " + ChannelTrial.MAX_MONTHS + " months");
        }
        Set<String> names = new LinkedHashSet<>();
        for (String name : channelNames) {
            if (!names.add(name.strip().toLowerCase(java.util.Locale.ROOT))) {
                throw ProblemException.invalid("channels", "name each channel once");
            }
        }
        ChannelTrial trial = new ChannelTrial(title, first, last, clock.instant());
        em.persist(trial);
        em.flush();
        for (int i = 0; i < channelNames.size(); i++) {
            em.persist(new TrialChannel(trial.id(), channelNames.get(i), i));
            em.flush();
        }
        return trial;
    }

    /**
     * A facilitator ends a running trial: no more answers, and the months not yet begun leave it.
     * A trial that has not begun cannot be ended (nobody has answered it; its dates can wait).
     */
    public ChannelTrial end(long trialId, OptionalInt expectedVersion) {
        ChannelTrial trial = require(trialId);
        Versions.check(expectedVersion, trial.version());
        YearMonth current = YearMonth.now(clock.withZone(config.zone()));
        if (trial.isEnded()) {
            throw ProblemException.conflict("This trial has already ended.");
        }
        if (!trial.hasBegun(current)) {
            throw ProblemException.conflict("This trial has not begun yet, so it cannot be ended: it begins in "
                    + trial.firstMonth() + ".");
        }
        trial.end(current, clock.instant());
        em.flush();
        return trial;
    }

    /** A member's answer for a month of the trial, replacing any earlier one; no channels means none. */
    public TrialReport report(long trialId, long memberId, YearMonth month, Set<Long> channelIds) {
        ChannelTrial trial = require(trialId);
        if (trial.isEnded()) {
            throw ProblemException.conflict("This trial has ended: it takes no more answers.");
        }
        if (!trial.covers(month)) {
            throw ProblemException.invalid("month", "must be within the trial, " + trial.firstMonth() + " to "
                    + trial.lastMonth());
        }
        if (month.isAfter(YearMonth.now(clock.withZone(config.zone())))) {
            throw ProblemException.invalid("month", "cannot be answered before it has begun");
        }
        Set<Long> known = new HashSet<>(channels(trialId).stream().map(TrialChannel::id).toList());
        if (!known.containsAll(channelIds)) {
            throw ProblemException.invalid("channelIds", "must be channels of this trial");
        }
        TrialReport report = em.createQuery("select r from TrialReport r where r.trialId = :trial"
                        + " and r.memberId = :member and r.reportMonth = :month", TrialReport.class)
                .setParameter("trial", trialId).setParameter("member", memberId)
                .setParameter("month", month.atDay(1)).getResultStream().findFirst()
                .orElseGet(() -> {
                    TrialReport created = new TrialReport(trialId, memberId, month);
                    em.persist(created);
                    return created;
                });
        report.used(channelIds, clock.instant());
        em.flush();
        return report;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ChannelTrial> find(long id) {
        return Optional.ofNullable(em.find(ChannelTrial.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ChannelTrial require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("trial"));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChannelTrial> list(int page, int size) {
        List<ChannelTrial> items = em.createQuery("select t from ChannelTrial t order by t.firstMonth desc, t.id desc",
                ChannelTrial.class).setFirstResult(page * size).setMaxResults(size).getResultList();
        long total = em.createQuery("select count(t) from ChannelTrial t", Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrialChannel> channels(long trialId) {
        return em.createQuery("select c from TrialChannel c where c.trialId = :trial order by c.sortOrder",
                TrialChannel.class).setParameter("trial", trialId).getResultList();
    }

    /** What one member has said so far, by month. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrialReport> reportsOf(long trialId, long memberId) {
        return em.createQuery("select r from TrialReport r where r.trialId = :trial and r.memberId = :member"
                        + " order by r.reportMonth", TrialReport.class)
                .setParameter("trial", trialId).setParameter("member", memberId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrialResults results(long trialId) {
        ChannelTrial trial = require(trialId);
        List<TrialResults.Channel> channels = channels(trialId).stream()
                .map(c -> new TrialResults.Channel(c.id(), c.name())).toList();
        List<TrialResults.Said> answers = em.createQuery("select r from TrialReport r where r.trialId = :trial",
                        TrialReport.class).setParameter("trial", trialId).getResultStream()
                .map(r -> new TrialResults.Said(r.month(), Set.copyOf(r.channelIds()))).toList();
        return TrialResults.of(channels, trial.months(), answers);
    }
}
