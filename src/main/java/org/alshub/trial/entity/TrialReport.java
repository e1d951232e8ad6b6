package org.alshub.trial.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;

/** One member's word on one month: the channels they used, none being an answer too. */
@Entity
@Table(name = "trial_report")
public class TrialReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trial_id")
    private Long trialId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "report_month")
    private LocalDate reportMonth;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trial_report_channel", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "channel_id")
    private Set<Long> channelIds = new HashSet<>();

    protected TrialReport() {
    }

    public TrialReport(long trialId, long memberId, YearMonth month) {
        this.trialId = trialId;
        this.memberId = memberId;
        this.reportMonth = month.atDay(1);
    }

    /** Says again which channels were used that month: the new answer replaces the old. */
    public void used(Set<Long> channels, Instant now) {
        channelIds.clear();
        channelIds.addAll(channels);
        reportedAt = now;
    }

    public Long id() {
        return id;
    }

    public long memberId() {
        return memberId;
    }

    public YearMonth month() {
        return YearMonth.from(reportMonth);
    }

    public Set<Long> channelIds() {
        return channelIds;
    }
}
