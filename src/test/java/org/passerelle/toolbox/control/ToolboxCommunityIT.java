package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Organization;
import org.passerelle.identity.entity.Role;
import org.passerelle.testsupport.Deployments;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;

/**
 * The toolbox as a community, on the real server (H2, then PostgreSQL): members' comments and
 * their moderation, "utilisé par N organismes" (one per organization), credits, peer helpers and
 * renamed entries whose old slug leads to the new one.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class ToolboxCommunityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ToolboxCommunityIT.class);
    }

    @Inject
    Contributions contributions;
    @Inject
    EntryComments comments;
    @Inject
    OrganizationUses uses;
    @Inject
    EntryPeople people;
    @Inject
    EntrySlugs slugs;
    @Inject
    ToolboxCatalog catalog;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    private static String unique() {
        return Long.toString(System.nanoTime(), 36);
    }

    /** A guide proposed by {@code login} and published by agent; returns its slug. */
    private String publishedGuide(String login, String title) {
        long id = contributions.proposeNew(login, EntryKind.GUIDE, new ContributionText("animation-en-ligne", title,
                null, "Premier paragraphe du guide " + title + ".\n\n## Étapes\n\n- un\n- deux",
                "Nouvelle fiche pratique"), true);
        return contributions.approve("agent", id, contributions.detail("agent", id).orElseThrow().version(), null,
                false);
    }

    /** An edit of {@code slug} by {@code login}, published by agent. */
    private void publishedEdit(String login, String slug, String addition) {
        EntryPage page = catalog.page(slug).orElseThrow();
        long id = contributions.proposeEdit(login, slug, new ContributionText(page.entry().category(),
                page.entry().title(), null, page.body() + "\n\n" + addition, "Ajout : " + addition), true);
        contributions.approve("agent", id, contributions.detail("agent", id).orElseThrow().version(), null, false);
    }

    /** A new account with the member role, in the organization named {@code organization} (null: none). */
    private String newMember(String organization, Set<String> topics) throws Exception {
        String login = "test-" + unique();
        tx.begin();
        Organization org = organization == null ? null : em.createNamedQuery(Organization.BY_NAME, Organization.class)
                .setParameter("name", organization).getSingleResult();
        Member member = new Member(login, "Test " + login, login + "@example.org", org, EnumSet.of(Role.MEMBER));
        member.declareTopics(topics);
        em.persist(member);
        tx.commit();
        return login;
    }

    @Test
    void membersCommentInMarkdownAndModeratorsHideWithAReason() {
        String slug = publishedGuide("membre", "Commenter une fiche " + unique());

        ContributionProblem anonymous = assertThrows(ContributionProblem.class,
                () -> comments.post(null, slug, "Bonjour"));
        assertEquals(ContributionProblem.Kind.FORBIDDEN, anonymous.getKind());
        ContributionProblem admin = assertThrows(ContributionProblem.class,
                () -> comments.post("admin", slug, "Je ne suis pas membre"));
        assertEquals(List.of("toolbox.comment.notAllowed"), admin.getKeys());
        assertEquals(List.of("toolbox.comment.required"), assertThrows(ContributionProblem.class,
                () -> comments.post("membre", slug, "   ")).getKeys());
        assertEquals(List.of("toolbox.comment.tooLong"), assertThrows(ContributionProblem.class,
                () -> comments.post("membre", slug, "x".repeat(CommunityRules.COMMENT_MAX + 1))).getKeys());
        assertTrue(comments.of(slug, null).isEmpty(), "a refused comment leaves nothing behind");

        long first = comments.post("membre", slug, "Très **utile** pour notre AGA <script>alert(1)</script>");
        long second = comments.post("membre2", slug, "Nous avons ajouté un [lien](javascript:alert(1)) de test.");
        List<EntryComments.CommentView> shown = comments.of(slug, null);
        assertEquals(List.of(first, second), shown.stream().map(EntryComments.CommentView::id).toList(),
                "newest last");
        EntryComments.CommentView julie = shown.get(0);
        assertEquals("Julie Tremblay", julie.author());
        assertEquals("CDC de la Neigette", julie.organization());
        assertTrue(julie.html().contains("<strong>utile</strong>"), julie.html());
        assertFalse(julie.html().contains("<script"), julie.html());
        assertFalse(shown.get(1).html().contains("javascript:"), shown.get(1).html());

        assertEquals(ContributionProblem.Kind.FORBIDDEN, assertThrows(ContributionProblem.class,
                () -> comments.hide("membre2", first, julie.version(), "Je n'aime pas")).getKind());
        assertEquals(List.of("toolbox.comment.hide.reason"), assertThrows(ContributionProblem.class,
                () -> comments.hide("agent", first, julie.version(), "")).getKeys());
        comments.hide("agent", first, julie.version(), "Hors sujet");
        assertEquals(ContributionProblem.Kind.CONFLICT, assertThrows(ContributionProblem.class,
                () -> comments.hide("responsable", first, julie.version(), "Hors sujet aussi")).getKind());

        EntryComments.CommentView publicView = comments.of(slug, "membre2").get(0);
        assertTrue(publicView.hidden());
        assertNull(publicView.html(), "a hidden comment's text is not shown to members");
        assertEquals("Hors sujet", publicView.hiddenReason());
        EntryComments.CommentView moderatorView = comments.of(slug, "responsable").get(0);
        assertTrue(moderatorView.hidden());
        assertNotNull(moderatorView.html(), "moderators still read what was hidden");
        assertFalse(comments.of(slug, null).get(1).hidden());
    }

    @Test
    void anOrganizationSaysOnceThatItUsesATool() throws Exception {
        String colleague = newMember("CDC de la Neigette", Set.of());
        String slug = "jitsi-meet";
        long before = uses.tally(slug, null).count();
        assertFalse(uses.tally(slug, null).mayDeclare(), "anonymous visitors only see the count");

        OrganizationUses.Tally declared = uses.declare("membre", slug, true);
        boolean alreadyThere = declared.count() == before;
        long withUs = alreadyThere ? before : before + 1;
        assertEquals(withUs, declared.count());
        assertTrue(declared.ours());

        OrganizationUses.Tally colleagueView = uses.tally(slug, colleague);
        assertTrue(colleagueView.ours(), "the colleague's organization already said so");
        assertEquals(withUs, uses.declare(colleague, slug, true).count(), "one per organization");
        assertEquals(withUs, uses.countsBySlug().get(slug));

        uses.declare(colleague, slug, false);
        assertEquals(withUs - 1, uses.tally(slug, null).count());
        assertFalse(uses.tally(slug, "membre").ours(), "any member of the organization takes it back for all");
        assertEquals(List.of("toolbox.usedBy.noOrganization"), assertThrows(ContributionProblem.class,
                () -> uses.declare("admin", slug, true)).getKeys());
        assertEquals(ContributionProblem.Kind.NOT_FOUND, assertThrows(ContributionProblem.class,
                () -> uses.declare("membre", "pas-une-fiche-" + unique(), true)).getKind());
    }

    @Test
    void creditsNameEachContributorAndOrganizationOnce() {
        String slug = publishedGuide("membre", "Crédits de fiche " + unique());
        publishedEdit("membre2", slug, "Conseil de Karim");
        publishedEdit("membre", slug, "Conseil de Julie");

        EntryPeople.Credits credits = people.credits(slug);
        assertEquals(List.of(new EntryPeople.Person("Julie Tremblay", "CDC de la Neigette"),
                new EntryPeople.Person("Karim Haddad", "Table de quartier Hochelaga")), credits.people());
        assertEquals(List.of("CDC de la Neigette", "Table de quartier Hochelaga"), credits.organizations());
    }

    @Test
    void peerHelpersOfTheEntrysSubjectAreShownToSignedInPeopleOnly() throws Exception {
        String helper = newMember("CDC de Laval", Set.of("animation-en-ligne"));
        String unrelated = newMember("CDC de Laval", Set.of("telephonie"));
        String slug = publishedGuide("membre", "Pairs aidants " + unique());

        assertTrue(people.helpers(slug, null).isEmpty(), "anonymous visitors see no names");
        List<EntryPeople.Helpers> groups = people.helpers(slug, "membre");
        EntryPeople.Helpers animation = groups.stream().filter(g -> g.topic().equals("animation-en-ligne"))
                .findFirst().orElseThrow();
        assertTrue(animation.people().contains(new EntryPeople.Person("Test " + helper, "CDC de Laval")),
                animation.toString());
        assertTrue(groups.stream().flatMap(g -> g.people().stream()).noneMatch(p -> p.name().equals("Test " + unrelated)),
                "a peer of another subject is not listed");
        assertTrue(people.helpers(slug, helper).stream().flatMap(g -> g.people().stream())
                .noneMatch(p -> p.name().equals("Test " + helper)), "nobody is offered themselves");
    }

    @Test
    void aRenamedEntryKeepsItsOldSlugForARedirect() {
        String slug = publishedGuide("membre", "Ancienne adresse " + unique());
        String renamed = slug + "-nouvelle";

        assertEquals(ContributionProblem.Kind.FORBIDDEN, assertThrows(ContributionProblem.class,
                () -> slugs.rename("membre", slug, renamed)).getKind());
        assertEquals(List.of("toolbox.slug.invalid"), assertThrows(ContributionProblem.class,
                () -> slugs.rename("agent", slug, "Pas Une Adresse")).getKeys());
        assertEquals(List.of("toolbox.slug.taken"), assertThrows(ContributionProblem.class,
                () -> slugs.rename("agent", slug, "jitsi-meet")).getKeys());

        assertEquals(renamed, slugs.rename("agent", slug, renamed));
        assertTrue(catalog.page(slug).isEmpty());
        assertEquals(renamed, catalog.page(renamed).orElseThrow().entry().slug());
        assertEquals(renamed, slugs.currentSlugOf(slug).orElseThrow());
        assertFalse(slugs.isFree(slug), "an old address stays reserved for its entry");

        String third = renamed + "-bis";
        slugs.rename("responsable", renamed, third);
        assertEquals(third, slugs.currentSlugOf(slug).orElseThrow(), "every old address leads to the current one");
        assertEquals(third, slugs.currentSlugOf(renamed).orElseThrow());
        slugs.rename("agent", third, slug);
        assertTrue(slugs.currentSlugOf(slug).isEmpty(), "back to its first address: no redirect on it");
        assertEquals(slug, slugs.currentSlugOf(third).orElseThrow());
        assertEquals(List.of("toolbox.slug.taken"), assertThrows(ContributionProblem.class,
                () -> slugs.rename("agent", "jitsi-meet", renamed)).getKeys(), "old addresses are not reused");
    }
}
