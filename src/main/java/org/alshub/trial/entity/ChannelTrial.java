package org.alshub.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** A trial of channels over a run of months, first to last inclusive. */
@Entity
@Table(name = "channel_trial")
public class ChannelTrial {

    /** Long enough for a year's trial and a bit; a longer one is a mistake in the dates. */
    public static final int MAX_MONTHS = 24;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String title;

    @Column(name = "first_month")
    private LocalDate firstMonth;

    @Column(name = "last_month")
    private LocalDate lastMonth;

    @Column(name = "created_at")
    private Instant createdAt;

    /** When a facilitator ended it; null while it runs. */
    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private int version;

    protected ChannelTrial() {
    }

    public ChannelTrial(String title, YearMonth first, YearMonth last, Instant now) {
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the last month comes before the first");
        }
        this.title = title.strip();
        this.firstMonth = first.atDay(1);
        this.lastMonth = last.atDay(1);
        this.createdAt = now;
    }

    /**
     * Ends the trial in month {@code current}: it takes no more answers, and months that have not
     * begun drop out of it, so its report is final and shows no months nobody could answer.
     */
    public void end(YearMonth current, Instant now) {
        if (isEnded()) {
            throw new IllegalStateException("this trial has already ended");
        }
        if (!hasBegun(current)) {
            throw new IllegalStateException("this trial has not begun");
        }
        if (current.isBefore(lastMonth())) {
            this.lastMonth = current.atDay(1);
        }
        this.endedAt = now;
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public boolean hasBegun(YearMonth current) {
        return !current.isBefore(firstMonth());
    }

    /** Members still say which channels they used: begun, and not ended. */
    public boolean takesAnswers(YearMonth current) {
        return hasBegun(current) && !isEnded();
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(firstMonth()) && !month.isAfter(lastMonth());
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth(); !m.isAfter(lastMonth()); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public YearMonth firstMonth() {
        return YearMonth.from(firstMonth);
    }

    public YearMonth lastMonth() {
        return YearMonth.from(lastMonth);
    }

    public int version() {
        return version;
    }
}
