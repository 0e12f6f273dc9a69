package org.passerelle.identity.entity;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person with an account: a community worker of an organization, or support staff.
 * The password is only ever stored as a PBKDF2 hash.
 */
@Entity
@NamedQuery(name = Member.BY_LOGIN, query = "select m from Member m left join fetch m.roles left join fetch m.organization where m.login = :login")
@NamedQuery(name = Member.COUNT, query = "select count(m) from Member m")
@NamedQuery(name = Member.BY_EMAIL, query = "select m from Member m where lower(m.email) = lower(:email)")
@NamedQuery(name = Member.BY_OIDC_SUBJECT, query = "select m from Member m where m.oidcIssuer = :issuer and m.oidcSubject = :subject")
public class Member {
    public static final String BY_LOGIN = "Member.byLogin";
    public static final String COUNT = "Member.count";
    public static final String BY_EMAIL = "Member.byEmail";
    public static final String BY_OIDC_SUBJECT = "Member.byOidcSubject";
    /** How an anonymised member signs their messages (Loi 25: threads and statistics survive). */
    public static final String FORMER_MEMBER = "ancien·ne membre";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String login;
    private String passwordHash;
    private String displayName;
    private String email;
    private String phone;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;
    /** For coordinators: the network whose portrait and members they look after. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinated_network_id")
    private Network coordinatedNetwork;
    private String preferredLanguage = "fr";
    private boolean active = true;
    private Instant createdAt;
    private Instant anonymizedAt;
    /** Who the OpenID provider says this person is (issuer + subject), once they logged in with it. */
    private String oidcIssuer;
    private String oidcSubject;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    /** What a peer helper masters, so agents can find the right person to invite. */
    @ElementCollection
    @CollectionTable(name = "member_topic", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "topic")
    private Set<String> topics = new java.util.TreeSet<>();
    /** Sessions remember the generation they logged in under; a higher one here ends them. */
    private int sessionGeneration;
    @Version
    private long version;

    protected Member() {
    }

    public Member(String login, String displayName, String email, Organization organization, Set<Role> roles) {
        this.login = Objects.requireNonNull(login);
        this.displayName = Objects.requireNonNull(displayName);
        this.email = Objects.requireNonNull(email);
        this.organization = organization;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public String getDisplayName() {
        return displayName;
    }

    /** The first word of the display name, used to greet people ("Bonjour Julie"). */
    public String getFirstName() {
        String trimmed = displayName.trim();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public void changePhone(String newPhone) {
        this.phone = newPhone;
    }

    public Organization getOrganization() {
        return organization;
    }

    public Network getCoordinatedNetwork() {
        return coordinatedNetwork;
    }

    public void coordinate(Network network) {
        this.coordinatedNetwork = network;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void preferLanguage(String language) {
        this.preferredLanguage = Objects.requireNonNull(language);
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        if (anonymizedAt != null) {
            throw new IllegalStateException("an anonymised member cannot come back");
        }
        this.active = true;
    }

    public void rename(String newName) {
        this.displayName = Objects.requireNonNull(newName).strip();
    }

    public void moveTo(Organization newOrganization) {
        this.organization = newOrganization;
    }

    public void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Instant getAnonymizedAt() {
        return anonymizedAt;
    }

    public boolean isAnonymized() {
        return anonymizedAt != null;
    }

    /**
     * Replaces what identifies the person (name, email, phone, login, password) for good and closes
     * the account; their requests, messages and contributions stay, signed "ancien·ne membre".
     */
    public void anonymize(Instant at) {
        String tag = "ancien-" + id;
        this.displayName = FORMER_MEMBER;
        this.email = tag + "@anonyme.invalid";
        this.login = tag;
        this.phone = null;
        this.passwordHash = null;
        this.coordinatedNetwork = null;
        this.oidcIssuer = null;
        this.oidcSubject = null;
        this.active = false;
        this.topics.clear();
        this.anonymizedAt = Objects.requireNonNull(at);
    }

    public String getOidcIssuer() {
        return oidcIssuer;
    }

    public String getOidcSubject() {
        return oidcSubject;
    }

    /** Remembers the provider's identifier, so the next logins match by it first. */
    public void linkOidc(String issuer, String subject) {
        this.oidcIssuer = Objects.requireNonNull(issuer);
        this.oidcSubject = Objects.requireNonNull(subject);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<String> getTopics() {
        return Set.copyOf(topics);
    }

    public void declareTopics(Set<String> newTopics) {
        topics.clear();
        topics.addAll(newTopics);
    }

    public int getSessionGeneration() {
        return sessionGeneration;
    }

    /** Ends every session opened before now ("log out everywhere", new password). */
    public void endAllSessions() {
        sessionGeneration++;
    }

    public long getVersion() {
        return version;
    }
}
