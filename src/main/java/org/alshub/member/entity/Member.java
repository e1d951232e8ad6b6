package org.alshub.member.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_EMAIL, query = "select m from Member m where m.emailKey = :key")
public class Member {

    public static final String BY_EMAIL = "Member.byEmail";
    /** How a member who did not agree to be listed appears to others. */
    public static final String UNNAMED = "A member of the set";
    /** Where an erased member's email points: nowhere, and marks them as erased. */
    public static final String ERASED_DOMAIN = "@erased.invalid";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String email;

    @Column(name = "email_key")
    private String emailKey;

    private String organisation;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "listed_in_directory")
    private boolean listedInDirectory;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_affiliation", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "affiliation")
    @Enumerated(EnumType.STRING)
    private Set<Affiliation> affiliations = EnumSet.noneOf(Affiliation.class);

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private int version;

    protected Member() {
    }

    public Member(String name, String email, Set<Affiliation> affiliations, String organisation,
                  boolean listedInDirectory, Long invitedBy) {
        rename(name);
        changeEmail(email);
        this.affiliations = affiliations.isEmpty() ? EnumSet.noneOf(Affiliation.class) : EnumSet.copyOf(affiliations);
        this.organisation = organisation;
        this.listedInDirectory = listedInDirectory;
        this.invitedBy = invitedBy;
        this.createdAt = Instant.now();
    }

    /** Emails are unique whatever their case: Jo@Council.gov.uk and jo@council.gov.uk are one person. */
    public static String emailKey(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String name) {
        this.name = org.alshub.platform.Names.plain("name", name);
    }

    public void changeEmail(String email) {
        this.email = email.strip();
        this.emailKey = emailKey(email);
    }

    public void describe(Set<Affiliation> affiliations, String organisation, boolean listedInDirectory) {
        this.affiliations.clear();
        this.affiliations.addAll(affiliations);
        this.organisation = organisation;
        this.listedInDirectory = listedInDirectory;
    }

    /** Erasure on request: nothing left that identifies the person; the id stays for history. */
    public void erase() {
        this.name = "Former member";
        changeEmail("erased-" + id + ERASED_DOMAIN);
        this.organisation = null;
        this.affiliations.clear();
        this.listedInDirectory = false;
    }

    /**
     * The directory rule: who this member is to someone looking them up (the directory, the
     * do's, the toolkit, peer suggestions). Facilitators see everyone; anyone else sees the
     * name only of a member who agreed to be listed.
     */
    public String nameShownTo(boolean facilitator) {
        return facilitator || listedInDirectory ? name : UNNAMED;
    }

    public boolean isErased() {
        return emailKey.endsWith(ERASED_DOMAIN);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String emailKey() {
        return emailKey;
    }

    public String organisation() {
        return organisation;
    }

    public Long invitedBy() {
        return invitedBy;
    }

    public boolean listedInDirectory() {
        return listedInDirectory;
    }

    public Set<Affiliation> affiliations() {
        return affiliations;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
