package org.passerelle.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.admin.control.AuditLog;
import org.passerelle.admin.control.InvitationRequest;
import org.passerelle.admin.control.Members;
import org.passerelle.admin.control.Topics;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.PeerTopic;
import org.passerelle.identity.entity.Role;
import org.passerelle.testsupport.Deployments;

/**
 * Administered peer topics and the self-service profile on the real server (H2, then PostgreSQL):
 * the seed keeps the category codes, a deactivated topic is no longer offered nor accepted while
 * declarations stay, and the profile validates, audits and refuses a stale save.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class ProfileAndTopicsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ProfileAndTopicsIT.class);
    }

    @Inject
    Topics topics;
    @Inject
    PeerTopics peerTopics;
    @Inject
    Profiles profiles;
    @Inject
    Members members;
    @Inject
    AuditLog audit;
    @PersistenceContext
    EntityManager em;

    private String newMember() {
        long organization = em.createQuery("select o.id from Organization o where o.name = 'CDC de Lévis'", Long.class)
                .getSingleResult();
        String email = "profil." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        members.invite("admin", new InvitationRequest("Camille Profil", email, organization, Role.PEER_HELPER, "fr"));
        return email;
    }

    private long version(String login) {
        em.clear();
        return peerTopics.versionOf(login);
    }

    @Test
    void theSeedKeepsTheCategoryCodesSoDemoDeclarationsStillMatch() {
        List<String> codes = peerTopics.offered().stream().map(PeerTopic::getCode).toList();
        for (org.passerelle.ticket.entity.Category category : org.passerelle.ticket.entity.Category.values()) {
            assertTrue(codes.contains(category.code()), category.code());
        }
        assertEquals(Set.of("animation-en-ligne", "visioconference"), peerTopics.of("pair"));
        assertEquals("Videoconferencing", peerTopics.labels("en").get("visioconference"));
    }

    @Test
    void aDeactivatedTopicIsNoLongerOfferedButDeclarationsStay() {
        String code = "logiciels-libres-" + UUID.randomUUID().toString().substring(0, 6);
        PeerTopic topic = topics.create("coordination", code, "Logiciels libres", "Free software");
        assertEquals(List.of("topics.code.taken"), assertThrows(AccountProblem.class,
                () -> topics.create("admin", code, "Autre", "Other")).keys());
        assertEquals(List.of("topics.code.invalid", "topics.labelEn.required"), assertThrows(AccountProblem.class,
                () -> topics.create("admin", "Pas Un Code!", "Libellé", " ")).keys());
        assertTrue(assertThrows(AccountProblem.class, () -> topics.create("membre", "x-y", "a", "b")).isForbidden());

        String login = newMember();
        peerTopics.declare(login, Set.of(code, "site-web"), version(login));
        assertEquals(Set.of(code, "site-web"), peerTopics.of(login));

        PeerTopic stored = em.find(PeerTopic.class, topic.getId());
        topics.setActive("coordination", topic.getId(), false, stored.getVersion());
        assertFalse(peerTopics.offered().stream().anyMatch(t -> t.getCode().equals(code)), "no longer offered");
        assertEquals(Set.of("site-web"), peerTopics.of(login), "not shown as offered on the profile");
        assertEquals(List.of("topics.unknown"), assertThrows(AccountProblem.class,
                () -> peerTopics.declare(login, Set.of(code), version(login))).keys());

        peerTopics.declare(login, Set.of("formation"), version(login));
        Set<String> declared = Set.copyOf(em.createQuery("select t from Member m join m.topics t where m.login = :login",
                String.class).setParameter("login", login).getResultList());
        assertEquals(Set.of(code, "formation"), declared, "the deactivated declaration stays");

        em.clear();
        PeerTopic inactive = em.find(PeerTopic.class, topic.getId());
        topics.relabel("admin", topic.getId(), "Logiciels libres et ouverts", "Free and open software",
                inactive.getVersion());
        assertTrue(audit.latest("admin", 0, 50).stream().anyMatch(e -> "topic".equals(e.getSubjectType())
                && "deactivate".equals(e.getAction()) && code.equals(e.getSubjectName())));
        RuntimeException stale = assertThrows(RuntimeException.class,
                () -> topics.setActive("admin", topic.getId(), true, inactive.getVersion()));
        assertTrue(stale instanceof OptimisticLockException || stale.getCause() instanceof OptimisticLockException,
                stale.toString());
    }

    @Test
    void aMemberUpdatesTheirProfileWithSpecificErrorsAndAStaleSaveIsRefused() {
        String login = newMember();
        long read = version(login);
        AccountProblem badPhone = assertThrows(AccountProblem.class, () -> profiles.update(login,
                new Profiles.Details("Camille Profil", "appelez-moi au bureau", "fr"), read));
        assertEquals(List.of("profile.phone.invalid"), badPhone.keys());
        assertEquals(List.of("profile.name.required", "profile.language.invalid"), assertThrows(AccountProblem.class,
                () -> profiles.update(login, new Profiles.Details("", null, "es"), read)).keys());

        profiles.update(login, new Profiles.Details("  Camille Profil-Nouveau ", "418 555-0142 poste 12", "en"), read);
        em.clear();
        Member me = profiles.me(login);
        assertEquals("Camille Profil-Nouveau", me.getDisplayName());
        assertEquals("418 555-0142 poste 12", me.getPhone());
        assertEquals("en", me.getPreferredLanguage());
        assertTrue(audit.latest("admin", 0, 20).stream().anyMatch(e -> me.getId().equals(e.getSubjectId())
                && "phone".equals(e.getField()) && "418 555-0142 poste 12".equals(e.getNewValue())));

        RuntimeException stale = assertThrows(RuntimeException.class, () -> profiles.update(login,
                new Profiles.Details("Autre Nom", null, "fr"), read));
        assertTrue(stale instanceof OptimisticLockException || stale.getCause() instanceof OptimisticLockException,
                stale.toString());
        em.clear();
        assertEquals("Camille Profil-Nouveau", profiles.me(login).getDisplayName());

        int generation = profiles.me(login).getSessionGeneration();
        assertEquals(generation + 1, profiles.logOutEverywhere(login));
    }
}
