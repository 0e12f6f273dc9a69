package org.passerelle.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.identity.control.AccountMails;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.AccountTokens;
import org.passerelle.identity.control.CredentialCache;
import org.passerelle.identity.control.LoginThrottle;
import org.passerelle.identity.entity.AccountToken;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Role;
import org.passerelle.platform.importing.CsvFile;
import org.passerelle.platform.importing.ImportException;

/**
 * Members as administrators and coordinators manage them: invite one by email or many from a CSV
 * file, change roles, deactivate and reactivate. An invited person gets an account without a
 * password (so nobody can log in to it) and a one-time link, valid 7 days, to choose one; their
 * login is their email.
 */
@ApplicationScoped
@Transactional
public class Members {
    static final Set<String> CSV_COLUMNS = Set.of("name", "email", "organization", "role");

    @PersistenceContext
    EntityManager em;
    @Inject
    AdminScope scope;
    @Inject
    AuditLog audit;
    @Inject
    AccountTokens tokens;
    @Inject
    AccountMails mails;
    @Inject
    Validator validator;
    @Inject
    LoginThrottle throttle;
    @Inject
    CredentialCache recentLogins;

    Clock clock = Clock.systemUTC();

    /** One line of a bulk invitation: its number and, when refused, why (bundle keys). */
    public record LineReport(long line, String email, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** All the lines; when one is refused, nobody was invited. */
    public record BulkReport(List<LineReport> lines, String fileProblem) {
        public boolean imported() {
            return fileProblem == null && !lines.isEmpty() && lines.stream().allMatch(LineReport::ok);
        }
    }

    public List<Member> members(String login) {
        Member me = scope.actor(login);
        return em.createQuery("select distinct m from Member m left join fetch m.organization o left join fetch o.network"
                        + " where m.anonymizedAt is null order by m.displayName", Member.class)
                .getResultList().stream().filter(m -> scope.mayManage(me, m)).toList();
    }

    public Member member(String login, long id) {
        Member me = scope.actor(login);
        // organization and coordinated network fetched now: the pages read them after the transaction
        Member target = em.createQuery("select m from Member m left join fetch m.organization o left join fetch o.network"
                        + " left join fetch m.coordinatedNetwork where m.id = :id", Member.class)
                .setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (target == null) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        scope.require(scope.mayManage(me, target));
        return target;
    }

    public Set<Role> assignableRoles(String login) {
        return scope.assignableRoles(scope.actor(login));
    }

    /** Invites one person; returns the one-time token (the same that the mail carries). */
    public String invite(String login, InvitationRequest request) {
        Member me = scope.actor(login);
        List<String> problems = check(me, request, new HashSet<>());
        if (!problems.isEmpty()) {
            throw new AccountProblem(problems);
        }
        return create(me, request);
    }

    /**
     * Invites everyone in a CSV file (name, email, organization, role), all or nothing: one bad
     * line and nobody is invited, and the report says which lines and why.
     */
    public BulkReport inviteAll(String login, Reader csv) {
        Member me = scope.actor(login);
        List<CsvFile.Row> rows;
        try {
            rows = CsvFile.read("invitations.csv", csv, CSV_COLUMNS);
        } catch (ImportException e) {
            return new BulkReport(List.of(), e.getMessage());
        }
        List<LineReport> report = new ArrayList<>();
        List<InvitationRequest> requests = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFile.Row row : rows) {
            List<String> problems = new ArrayList<>();
            InvitationRequest request = null;
            Organization organization = null;
            String orgName = row.optional("organization");
            if (orgName != null) {
                organization = em.createNamedQuery(Organization.BY_NAME, Organization.class).setParameter("name", orgName)
                        .getResultStream().findFirst().orElse(null);
                if (organization == null) {
                    problems.add("admin.invite.organization.unknown");
                }
            }
            Role role = null;
            try {
                role = Role.fromRoleName(row.optional("role") == null ? "member" : row.optional("role").toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("admin.invite.role.invalid");
            }
            if (problems.isEmpty()) {
                request = new InvitationRequest(row.optional("name"), row.optional("email"),
                        organization == null ? null : organization.getId(), role, row.optional("language"));
                problems.addAll(check(me, request, seen));
            }
            report.add(new LineReport(row.line(), row.optional("email"), problems));
            requests.add(request);
        }
        BulkReport result = new BulkReport(report, rows.isEmpty() ? "admin.invite.csv.empty" : null);
        if (result.imported()) {
            for (InvitationRequest request : requests) {
                create(me, request);
            }
        }
        return result;
    }

    public void changeRoles(String login, long memberId, Set<Role> roles, long expectedVersion) {
        Member me = scope.actor(login);
        Member target = member(login, memberId);
        Directory.checkVersion(target.getVersion(), expectedVersion);
        if (roles.isEmpty()) {
            throw AccountProblem.of("admin.member.roles.required");
        }
        Set<Role> allowed = scope.assignableRoles(me);
        Set<Role> added = EnumSet.copyOf(roles);
        added.removeAll(target.getRoles());
        Set<Role> removed = target.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(target.getRoles());
        removed.removeAll(roles);
        // a coordinator may neither give nor take away a role they cannot give
        scope.require(allowed.containsAll(added) && allowed.containsAll(removed));
        if (target.getId().equals(me.getId()) && removed.contains(Role.ADMIN)) {
            throw AccountProblem.of("admin.member.selfAdmin");
        }
        audit.changed(me, "member", target.getId(), target.getDisplayName(), "roles", names(target.getRoles()),
                names(roles), scope.networkIdOf(target.getOrganization()));
        target.changeRoles(roles);
    }

    public void setActive(String login, long memberId, boolean active, long expectedVersion) {
        Member me = scope.actor(login);
        Member target = member(login, memberId);
        Directory.checkVersion(target.getVersion(), expectedVersion);
        if (target.getId().equals(me.getId()) && !active) {
            throw AccountProblem.of("admin.member.selfDeactivate");
        }
        if (target.isActive() == active) {
            return;
        }
        if (target.isAnonymized()) {
            throw AccountProblem.of("admin.member.anonymized");
        }
        audit.record(me, "member", target.getId(), target.getDisplayName(), active ? "reactivate" : "deactivate",
                "active", target.isActive(), active, scope.networkIdOf(target.getOrganization()));
        if (active) {
            target.reactivate();
            throttle.reset(target.getLogin());
        } else {
            target.deactivate();
            recentLogins.forget(target.getLogin());
        }
    }

    /** Administrators name the network a coordinator looks after (null: none). */
    public void coordinate(String login, long memberId, Long networkId, long expectedVersion) {
        Member me = scope.actor(login);
        scope.require(scope.isAdmin(me));
        Member target = member(login, memberId);
        Directory.checkVersion(target.getVersion(), expectedVersion);
        org.passerelle.identity.entity.Network network = networkId == null ? null
                : em.find(org.passerelle.identity.entity.Network.class, networkId);
        if (networkId != null && network == null) {
            throw AccountProblem.forbidden("admin.notFound");
        }
        audit.changed(me, "member", target.getId(), target.getDisplayName(), "coordinatedNetwork",
                target.getCoordinatedNetwork() == null ? null : target.getCoordinatedNetwork().getSlug(),
                network == null ? null : network.getSlug(), network == null ? null : network.getId());
        target.coordinate(network);
    }

    /** Sends a fresh invitation (the previous link stops working). */
    public String reinvite(String login, long memberId) {
        Member me = scope.actor(login);
        Member target = member(login, memberId);
        if (target.hasPassword() || !target.isActive()) {
            throw AccountProblem.of("admin.invite.alreadyActive");
        }
        String token = tokens.issue(target, AccountToken.Purpose.INVITATION, me, clock.instant());
        mails.invitation(target, me.getDisplayName(), token);
        audit.record(me, "member", target.getId(), target.getDisplayName(), "reinvite", null, null, target.getEmail(),
                scope.networkIdOf(target.getOrganization()));
        return token;
    }

    private List<String> check(Member me, InvitationRequest request, Set<String> seen) {
        List<String> problems = new ArrayList<>();
        for (ConstraintViolation<InvitationRequest> v : validator.validate(request)) {
            problems.add(v.getMessageTemplate().replaceAll("[{}]", ""));
        }
        Organization organization = request.organizationId() == null ? null
                : em.find(Organization.class, request.organizationId());
        if (request.organizationId() != null && organization == null) {
            problems.add("admin.invite.organization.unknown");
        } else if (organization != null && !scope.mayManage(me, organization)) {
            problems.add("admin.invite.organization.outOfScope");
        } else if (organization == null && !scope.isAdmin(me)) {
            problems.add("admin.invite.organization.required");
        }
        if (request.role() != null && !scope.assignableRoles(me).contains(request.role())) {
            problems.add("admin.invite.role.notAllowed");
        }
        if (request.email() != null && !request.email().isBlank()) {
            String email = request.email().strip().toLowerCase(Locale.ROOT);
            if (!seen.add(email)) {
                problems.add("admin.invite.email.twice");
            } else if (!em.createNamedQuery(Member.BY_EMAIL, Member.class).setParameter("email", email).getResultList().isEmpty()
                    || !em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email).getResultList().isEmpty()) {
                problems.add("admin.invite.email.taken");
            }
        }
        return problems.stream().distinct().toList();
    }

    private String create(Member me, InvitationRequest request) {
        String email = request.email().strip().toLowerCase(Locale.ROOT);
        Organization organization = request.organizationId() == null ? null
                : em.find(Organization.class, request.organizationId());
        Set<Role> roles = EnumSet.of(request.role());
        Member invited = new Member(email, request.name().strip(), email, organization, roles);
        if ("en".equals(request.language())) {
            invited.preferLanguage("en");
        }
        em.persist(invited);
        em.flush();
        String token = tokens.issue(invited, AccountToken.Purpose.INVITATION, me, clock.instant());
        mails.invitation(invited, me.getDisplayName(), token);
        audit.record(me, "member", invited.getId(), invited.getDisplayName(), "invite", "roles", null,
                names(roles) + " · " + email, scope.networkIdOf(organization));
        return token;
    }

    private static String names(Set<Role> roles) {
        return roles.stream().map(Role::roleName).sorted().collect(Collectors.joining(", "));
    }
}
