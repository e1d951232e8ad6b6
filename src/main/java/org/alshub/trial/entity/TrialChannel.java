package org.alshub.trial.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One way of keeping in touch under trial. */
@Entity
@Table(name = "trial_channel")
public class TrialChannel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trial_id")
    private Long trialId;

    private String name;

    @Column(name = "sort_order")
    private int sortOrder;

    protected TrialChannel() {
    }

    public TrialChannel(long trialId, String name, int sortOrder) {
        this.trialId = trialId;
        this.name = name.strip();
        this.sortOrder = sortOrder;
    }

    public Long id() {
        return id;
    }

    public long trialId() {
        return trialId;
    }

    public String name() {
        return name;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
