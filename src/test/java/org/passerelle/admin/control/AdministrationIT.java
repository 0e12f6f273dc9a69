package org.passerelle.admin.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.pool.entity.SupportPool;
import org.passerelle.ticket.entity.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.admin.entity.AuditEntry;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.identity.control.Accounts;
import org.passerelle.identity.entity.AccountToken;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Network;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.OrganizationKind;
import org.passerelle.identity.entity.Role;
import org.passerelle.testsupport.Deployments;
import org.passerelle.testsupport.SentAccountMails;

/**
 * Onboarding and administration on the real server (H2, then PostgreSQL): invitations and their
 * one-time links, forgotten passwords, bulk invitations, the coordinator's scope and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class AdministrationIT {
    static final String PASSWORD = "une phrase assez longue pour entrer";

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(AdministrationIT.class, SentAccountMails.class);
    }

    @Inject
    Members members;
    @Inject
    Directory directory;
    @Inject
    AuditLog audit;
    @Inject
    Accounts accounts;
    @Inject
    Pools pools;
    @Inject
    SentAccountMails mails;
    @Inject
    IdentityStoreHandler identityStores;
    @PersistenceContext
    EntityManager em;

    private long organization(String name) {
        return em.createQuery("select o.id from Organization o where o.name = :n", Long.class).setParameter("n", name)
                .getSingleResult();
    }

    private static String uniqueEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private InvitationRequest invitation(String email, String organization) {
        return new InvitationRequest("Personne Invitée", email, organization(organization), Role.MEMBER, "fr");
    }

    private boolean logsIn(String login, String password) {
        return identityStores.validate(new UsernamePasswordCredential(login, password)).getStatus()
                == CredentialValidationResult.Status.VALID;
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndOnlyWithinSevenDays() {
        String email = uniqueEmail("invitee");
        String token = members.invite("admin", invitation(email, "CDC de Lévis"));

        // the mail carries the token, the database only its hash
        assertEquals(token, mails.lastToken(email).orElseThrow());
        assertEquals(Locale.CANADA_FRENCH, mails.to(email).get(0).locale());
        AccountToken stored = em.createQuery("select t from AccountToken t where t.member.email = :e", AccountToken.class)
                .setParameter("e", email).getSingleResult();
        assertEquals(Duration.ofDays(7), Duration.between(stored.getCreatedAt(), stored.getExpiresAt()));
        assertEquals(0L, em.createQuery("select count(t) from AccountToken t where t.tokenHash = :clear", Long.class)
                .setParameter("clear", token).getSingleResult(), "the clear token is never stored");
        assertFalse(logsIn(email, "x"), "no password before the invitation is accepted");

        AccountProblem weak = assertThrows(AccountProblem.class,
                () -> accounts.acceptInvitation(token, "Personne Invitée", "court"));
        assertEquals(List.of("account.password.tooShort"), weak.keys());
        AccountProblem common = assertThrows(AccountProblem.class,
                () -> accounts.acceptInvitation(token, "Personne Invitée", "motdepasse123"));
        assertEquals(List.of("account.password.common"), common.keys());
        assertTrue(accounts.invitation(token).isPresent(), "a refused password does not use the link");

        assertEquals(email, accounts.acceptInvitation(token, "Camille Invitée", PASSWORD));
        assertTrue(logsIn(email, PASSWORD), "invite → set password → log in");
        assertEquals("account.token.invalid", assertThrows(AccountProblem.class,
                () -> accounts.acceptInvitation(token, "Autre", PASSWORD + "!")).keys().get(0), "single use");

        String later = members.invite("admin", invitation(uniqueEmail("late"), "CDC de Lévis"));
        Instant now = Instant.now();
        assertTrue(accounts.invitation(later, now.plus(Duration.ofDays(6)).plus(Duration.ofHours(23))).isPresent());
        assertTrue(accounts.invitation(later, now.plus(Duration.ofDays(7)).plusSeconds(60)).isEmpty(), "expired");
        assertThrows(AccountProblem.class,
                () -> accounts.acceptInvitation(later, "Trop Tard", PASSWORD, now.plus(Duration.ofDays(8))));
    }

    @Test
    void aForgottenPasswordLinkSaysNothingAboutUnknownEmailsAndWorksOnce() {
        String email = uniqueEmail("oublie");
        accounts.acceptInvitation(members.invite("admin", invitation(email, "CDC du Granit")), "Alex Oubli", PASSWORD);
        assertTrue(logsIn(email, PASSWORD), "checked once, so remembered for a minute (CredentialCache)");

        accounts.forgotPassword("personne.inconnue@example.org");
        assertTrue(mails.to("personne.inconnue@example.org").isEmpty());

        accounts.forgotPassword(email.toUpperCase(Locale.ROOT));
        String token = mails.lastToken(email).orElseThrow();
        assertTrue(mails.to(email).get(mails.to(email).size() - 1).subject().contains("mot de passe"));
        String newPassword = "une toute nouvelle phrase 2026";
        assertEquals(email, accounts.resetPassword(token, newPassword));
        assertTrue(logsIn(email, newPassword));
        assertFalse(logsIn(email, PASSWORD), "the remembered old password no longer opens the account");
        assertThrows(AccountProblem.class, () -> accounts.resetPassword(token, "encore une autre phrase"));
    }

    @Test
    void aDeactivatedMemberCannotLogInAndKeepsTheirData() {
        String email = uniqueEmail("depart");
        accounts.acceptInvitation(members.invite("admin", invitation(email, "CDC du Fjord")), "Dominique Départ", PASSWORD);
        Member member = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email).getSingleResult();
        assertTrue(logsIn(email, PASSWORD), "checked once, so remembered for a minute (CredentialCache)");
        members.setActive("admin", member.getId(), false, member.getVersion());
        assertFalse(logsIn(email, PASSWORD), "even with the password remembered a moment ago");
        Member after = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email).getSingleResult();
        assertEquals("Dominique Départ", after.getDisplayName());
        members.setActive("admin", member.getId(), true, after.getVersion());
        assertTrue(logsIn(email, PASSWORD));
    }

    @Test
    void aBulkInvitationWithOneBadLineInvitesNobodyAndReportsTheLine() {
        String first = uniqueEmail("lot1");
        String second = uniqueEmail("lot2");
        long before = em.createNamedQuery(Member.COUNT, Long.class).getSingleResult();
        String csv = "name,email,organization,role\n"
                + "Ana Lot," + first + ",CDC de Lévis,member\n"
                + "Béa Lot,pas-un-courriel,CDC de Lévis,member\n"
                + "Cyril Lot," + second + ",Organisme inexistant,peer-helper\n";
        Members.BulkReport report = members.inviteAll("admin", new StringReader(csv));
        assertFalse(report.imported());
        assertEquals(3, report.lines().size());
        assertTrue(report.lines().get(0).ok());
        assertEquals(3, report.lines().get(1).line());
        assertEquals(List.of("admin.invite.email.invalid"), report.lines().get(1).problems());
        assertEquals(List.of("admin.invite.organization.unknown"), report.lines().get(2).problems());
        assertEquals(before, em.createNamedQuery(Member.COUNT, Long.class).getSingleResult(), "nobody imported");
        assertTrue(mails.to(first).isEmpty());

        String good = "name,email,organization,role\n"
                + "Ana Lot," + first + ",CDC de Lévis,member\n"
                + "Cyril Lot," + second + ",CDC de Laval,peer-helper\n";
        assertTrue(members.inviteAll("admin", new StringReader(good)).imported());
        assertEquals(before + 2, em.createNamedQuery(Member.COUNT, Long.class).getSingleResult());
        assertTrue(mails.lastToken(second).isPresent());
    }

    @Test
    void aCoordinatorManagesOnlyTheirNetwork() {
        List<String> networks = directory.organizations("coordination").stream()
                .map(o -> o.getNetwork().getSlug()).distinct().toList();
        assertEquals(List.of("cdc"), networks);

        long otherNetwork = organization("Table de quartier Hochelaga");
        assertTrue(assertThrows(AccountProblem.class, () -> directory.organization("coordination", otherNetwork))
                .isForbidden());
        assertTrue(assertThrows(AccountProblem.class, () -> directory.updateOrganization("coordination", otherNetwork,
                new OrganizationForm("Pris", OrganizationKind.TQ, "06", null, false), 0)).isForbidden());
        assertTrue(assertThrows(AccountProblem.class, () -> directory.setOrganizationActive("coordination",
                otherNetwork, false, 0)).isForbidden());

        // nor move one of theirs out of their network
        long own = organization("CDC des Chenaux");
        Organization ownOrg = directory.organization("coordination", own);
        long cdc = em.createQuery("select n.id from Network n where n.slug = 'cdc'", Long.class).getSingleResult();
        long tq = em.createQuery("select n.id from Network n where n.slug = 'tq'", Long.class).getSingleResult();
        assertTrue(assertThrows(AccountProblem.class, () -> directory.updateOrganization("coordination", own,
                new OrganizationForm("CDC des Chenaux", OrganizationKind.CDC, "04", tq, false),
                ownOrg.getVersion())).isForbidden());
        directory.updateOrganization("coordination", own,
                new OrganizationForm("CDC des Chenaux", OrganizationKind.CDC, "04", cdc, true), ownOrg.getVersion());

        AuditEntry entry = audit.latest("coordination", 0, 10).get(0);
        assertEquals("Louise Pelletier", entry.getActorName());
        assertEquals("colleaguesSeeRequests", entry.getField());
        assertEquals("false", entry.getOldValue());
        assertEquals("true", entry.getNewValue());
        assertTrue(audit.latest("coordination", 0, 500).stream().allMatch(e -> Long.valueOf(cdc).equals(e.getNetworkId())),
                "a coordinator reads their network's entries only");

        InvitationRequest outside = invitation(uniqueEmail("hors"), "Table de quartier Hochelaga");
        assertEquals(List.of("admin.invite.organization.outOfScope"),
                assertThrows(AccountProblem.class, () -> members.invite("coordination", outside)).keys());
        InvitationRequest admin = new InvitationRequest("Pas Admin", uniqueEmail("x"), own, Role.ADMIN, "fr");
        assertEquals(List.of("admin.invite.role.notAllowed"),
                assertThrows(AccountProblem.class, () -> members.invite("coordination", admin)).keys());
        Member karim = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", "membre2").getSingleResult();
        assertTrue(assertThrows(AccountProblem.class, () -> members.changeRoles("coordination", karim.getId(),
                EnumSet.of(Role.MEMBER, Role.PEER_HELPER), karim.getVersion())).isForbidden());
        assertTrue(members.members("coordination").stream().noneMatch(m -> m.getLogin().equals("membre2")));
        assertTrue(members.members("coordination").stream().anyMatch(m -> m.getLogin().equals("membre")));

        assertTrue(assertThrows(AccountProblem.class, () -> directory.organizations("membre")).isForbidden(),
                "a member administers nothing");
    }

    @Test
    void anAdministratorSetsAPoolsHoursHolidaysAndTargets() {
        SupportPool pool = pools.pools("admin").get(0);
        assertTrue(pool.targetFor(Urgency.HIGH).isEmpty(), "the demo pools use the default targets");
        long id = pool.getId();
        Set<Long> networks = pool.getNetworks().stream().map(Network::getId).collect(Collectors.toSet());
        PoolForm badHolidays = new PoolForm(pool.getName(), EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), "NOEL_INVENTE", networks, pool.getRegionCodes(), Map.of());
        assertEquals(List.of("admin.pool.holidays.invalid"),
                assertThrows(AccountProblem.class, () -> pools.update("admin", id, badHolidays, pool.getVersion())).keys());
        PoolForm badTarget = new PoolForm(pool.getName(), EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0),
                LocalTime.of(17, 0), "CHRISTMAS", networks, pool.getRegionCodes(),
                Map.of(Urgency.HIGH, new PoolForm.Target(8, 4)));
        assertEquals(List.of("admin.pool.target.invalid"),
                assertThrows(AccountProblem.class, () -> pools.update("admin", id, badTarget, pool.getVersion())).keys());
        assertTrue(assertThrows(AccountProblem.class, () -> pools.pools("coordination")).isForbidden());

        PoolForm good = new PoolForm(pool.getName(), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
                LocalTime.of(8, 30), LocalTime.of(16, 30), SupportPool.DEFAULT_HOLIDAYS + ",2026-12-24", networks,
                pool.getRegionCodes(), Map.of(Urgency.HIGH, new PoolForm.Target(2, 8)));
        pools.update("admin", id, good, pool.getVersion());
        SupportPool after = pools.pool("admin", id);
        assertEquals(LocalTime.of(8, 30), after.getOpensAt());
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), after.getBusinessDays());
        assertTrue(after.getHolidays().endsWith("2026-12-24"));
        assertEquals(Duration.ofHours(8), after.targetFor(Urgency.HIGH).orElseThrow().getResolution());
        assertTrue(audit.latest("admin", 0, 10).stream().anyMatch(e -> "pool".equals(e.getSubjectType())
                && "hours".equals(e.getField())));
        // back as it was, so the other tests see the demo pool (no targets of its own: the defaults)
        pools.update("admin", id, new PoolForm(pool.getName(), pool.getBusinessDays(), pool.getOpensAt(),
                pool.getClosesAt(), pool.getHolidays(), networks, pool.getRegionCodes(), Map.of()), after.getVersion());
        assertTrue(pools.pool("admin", id).targetFor(Urgency.HIGH).isEmpty());
    }

    @Test
    void anAdministratorNamesTheNetworkANewCoordinatorLooksAfter() {
        String email = uniqueEmail("coord");
        accounts.acceptInvitation(members.invite("admin", new InvitationRequest("Coordo Tables", email, null,
                Role.COORDINATOR, "fr")), "Coordo Tables", PASSWORD);
        assertTrue(assertThrows(AccountProblem.class, () -> directory.organizations(email)).isForbidden(),
                "no network yet: nothing to administer");
        Member coordinator = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", email)
                .getSingleResult();
        long tq = em.createQuery("select n.id from Network n where n.slug = 'tq'", Long.class).getSingleResult();
        assertTrue(assertThrows(AccountProblem.class, () -> members.coordinate("coordination", coordinator.getId(), tq,
                coordinator.getVersion())).isForbidden(), "administrators only");
        members.coordinate("admin", coordinator.getId(), tq, coordinator.getVersion());
        assertEquals(List.of("tq"), directory.organizations(email).stream().map(o -> o.getNetwork().getSlug())
                .distinct().toList());
    }

    @Test
    void everyAdministrativeChangeIsAuditedInItsTransaction() {
        String slug = "reseau-" + UUID.randomUUID().toString().substring(0, 6);
        Network network = directory.createNetwork("admin", slug, "Réseau d'essai");
        directory.renameNetwork("admin", network.getId(), "Réseau d'essai renommé", network.getVersion());
        List<AuditEntry> latest = audit.latest("admin", 0, 2);
        assertEquals("update", latest.get(0).getAction());
        assertEquals("Réseau d'essai", latest.get(0).getOldValue());
        assertEquals("Réseau d'essai renommé", latest.get(0).getNewValue());
        assertEquals("create", latest.get(1).getAction());
        assertNotNull(latest.get(0).getAt());

        // a refused change leaves no entry
        long count = em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult();
        assertThrows(AccountProblem.class, () -> directory.createNetwork("admin", slug, "Doublon"));
        assertThrows(RuntimeException.class, () -> directory.renameNetwork("admin", network.getId(), "Périmé", 0));
        assertEquals(count, em.createQuery("select count(a) from AuditEntry a", Long.class).getSingleResult());
    }
}
