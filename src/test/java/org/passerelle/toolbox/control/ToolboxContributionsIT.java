package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;
import org.passerelle.toolbox.entity.ContributionStatus;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolCardDetails;

/**
 * Peer contributions on the real server (H2, then PostgreSQL): the whole moderation workflow,
 * who may do what, stale-revision conflicts, history, diff, rollback and the review list.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class ToolboxContributionsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(ToolboxContributionsIT.class);
    }

    @Inject
    Contributions contributions;
    @Inject
    EntryHistory history;
    @Inject
    ToolboxCatalog catalog;
    @Inject
    Endorsements endorsements;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    /** A word nobody else uses, to find the entry in the search index. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("zorglub");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static ContributionText guide(String title, String body) {
        return new ContributionText("animation-en-ligne", title, null, body, "Nouvelle fiche pratique");
    }

    private long version(String login, long id) {
        return contributions.detail(login, id).orElseThrow().version();
    }

    /** A new guide, proposed by membre and published by agent; returns its slug. */
    private String publishedGuide(String title) {
        long id = contributions.proposeNew("membre", EntryKind.GUIDE,
                guide(title, "Premier paragraphe du guide " + title + ".\n\n## Étapes\n\n- un\n- deux"), true);
        return contributions.approve("agent", id, version("agent", id), null, false);
    }

    @Test
    void aMemberProposesAGuideAModeratorAsksForAChangeThenPublishesIt() {
        String word = uniqueWord();
        String title = "Voter en ligne sans se compliquer la vie " + word;
        long id = contributions.proposeNew("membre", EntryKind.GUIDE,
                guide(title, "Un vote en ligne demande de la préparation.\n\n## Étapes\n\n1. Choisir l'outil"), false);
        assertEquals(ContributionStatus.DRAFT, contributions.detail("membre", id).orElseThrow().status());
        assertTrue(contributions.detail("agent", id).isEmpty(), "a draft is private to its author");
        assertFalse(contributions.queue("agent").stream().anyMatch(r -> r.id() == id));

        contributions.update("membre", id, guide(title, "Un vote en ligne demande de la préparation.\n\n"
                + "## Étapes\n\n1. Choisir l'outil\n2. Tester"), version("membre", id), true);
        assertTrue(contributions.queue("agent").stream().anyMatch(r -> r.id() == id));
        assertTrue(catalog.find(word, null, null).isEmpty(), "nothing is public before approval");

        contributions.requestChanges("agent", id, version("agent", id), "Ajoutez comment tester le vote avant l'AGA.");
        assertTrue(contributions.unseenNotices("membre") >= 1);
        ContributionViews.Notice notice = contributions.notices("membre").get(0);
        assertEquals(id, notice.contributionId());
        assertEquals(ContributionStatus.CHANGES_REQUESTED, notice.status());
        assertEquals("Ajoutez comment tester le vote avant l'AGA.", notice.comment());
        assertTrue(notice.unseen());
        contributions.markNoticesSeen("membre");
        assertEquals(0, contributions.unseenNotices("membre"));
        ContributionViews.Detail sentBack = contributions.detail("membre", id).orElseThrow();
        assertTrue(sentBack.isEditable());
        assertEquals("Ajoutez comment tester le vote avant l'AGA.", sentBack.moderatorComment());

        contributions.update("membre", id, guide(title, "Un vote en ligne demande de la préparation.\n\n"
                + "## Étapes\n\n1. Choisir l'outil\n2. Faire un vote test 15 minutes avant l'AGA"),
                sentBack.version(), true);
        String slug = contributions.approve("responsable", id, version("responsable", id), "Merci Julie!", false);

        EntryPage page = catalog.page(slug).orElseThrow();
        assertEquals(title, page.entry().title());
        assertEquals(EntryKind.GUIDE, page.entry().kind());
        assertEquals("Un vote en ligne demande de la préparation.", page.entry().summary());
        assertEquals(1, page.revision());
        assertTrue(page.body().contains("vote test 15 minutes"));
        assertEquals(List.of(slug), catalog.find(word, null, null).stream().map(ToolboxCatalog.EntrySummary::slug)
                .toList(), "the search index knows the new entry");
        EntryHistory.History h = history.history(slug).orElseThrow();
        assertEquals("Julie Tremblay", h.revisions().get(0).authorName(), "the contributor is credited");

        ContributionViews.Detail approved = contributions.detail("membre", id).orElseThrow();
        assertEquals(ContributionStatus.APPROVED, approved.status());
        assertEquals(slug, approved.entrySlug());
        assertEquals(ContributionStatus.APPROVED, contributions.notices("membre").get(0).status());
        assertEquals(2, approved.history().size());
    }

    @Test
    void onlyModeratorsDecideAndOnlyAuthorsWriteTheirDrafts() {
        long id = contributions.proposeNew("membre", EntryKind.TOOL, new ContributionText("collaboration",
                "Un outil de tableau blanc " + uniqueWord(), "Un tableau blanc libre pour les ateliers.", null,
                "Nouvelle fiche outil"), true);
        long v = version("membre", id);
        for (String login : List.of("membre", "membre2", "pair")) {
            ContributionProblem refused = assertThrows(ContributionProblem.class,
                    () -> contributions.approve(login, id, v, null, false), login);
            assertEquals(ContributionProblem.Kind.FORBIDDEN, refused.getKind());
            assertThrows(ContributionProblem.class, () -> contributions.reject(login, id, v, "Non merci"));
            assertThrows(ContributionProblem.class, () -> contributions.queue(login));
        }
        ContributionProblem notMine = assertThrows(ContributionProblem.class, () -> contributions.update("membre2", id,
                new ContributionText("collaboration", "Je change le titre", "Un résumé assez long.", null,
                        "Changement"), v, false));
        assertEquals(ContributionProblem.Kind.NOT_FOUND, notMine.getKind());
        assertTrue(contributions.detail("membre2", id).isEmpty());
        ContributionProblem underReview = assertThrows(ContributionProblem.class, () -> contributions.update("membre",
                id, new ContributionText("collaboration", "Je change le titre", "Un résumé assez long.", null,
                        "Changement"), v, false));
        assertEquals("contrib.notEditable", underReview.getKeys().get(0));

        ContributionProblem noReason = assertThrows(ContributionProblem.class,
                () -> contributions.reject("agent", id, v, " "));
        assertEquals("contrib.reason.required", noReason.getKeys().get(0));
        assertEquals("contrib.comment.required", assertThrows(ContributionProblem.class,
                () -> contributions.requestChanges("agent", id, v, "")).getKeys().get(0));
        contributions.reject("agent", id, v, "Cette fiche existe déjà sous un autre nom.");
        assertEquals(ContributionStatus.REJECTED, contributions.detail("membre", id).orElseThrow().status());
        assertEquals("contrib.changedMeanwhile", assertThrows(ContributionProblem.class,
                () -> contributions.approve("agent", id, v, null, false)).getKeys().get(0));
        assertEquals("contrib.notSubmitted", assertThrows(ContributionProblem.class,
                () -> contributions.approve("agent", id, version("agent", id), null, false)).getKeys().get(0));
    }

    @Test
    void badInputAndStaleVersionsAreRefusedWithSpecificReasons() {
        ContributionProblem invalid = assertThrows(ContributionProblem.class, () -> contributions.proposeNew("membre",
                EntryKind.GUIDE, new ContributionText("pas-une-categorie", "AGA", null, "", ""), false));
        assertEquals(List.of("contrib.category.required", "contrib.title.length", "contrib.body.guide",
                "contrib.changeSummary.length"), invalid.getKeys());

        long id = contributions.proposeNew("membre", EntryKind.GUIDE, guide("Brouillon " + uniqueWord(),
                "Un texte de guide assez long pour passer."), false);
        long v = version("membre", id);
        contributions.update("membre", id, guide("Brouillon modifié", "Un texte de guide assez long, modifié."), v,
                false);
        ContributionProblem stale = assertThrows(ContributionProblem.class, () -> contributions.update("membre", id,
                guide("Brouillon ouvert dans un autre onglet", "Texte tapé dans l'autre onglet du navigateur."), v,
                false));
        assertEquals("contrib.changedMeanwhile", stale.getKeys().get(0));

        String slug = publishedGuide("Guide à ne pas changer " + uniqueWord());
        Contributions.StartingPoint start = contributions.startingPoint(slug).orElseThrow();
        ContributionText same = new ContributionText(start.text().category(), start.text().title(),
                start.text().summary(), start.text().body(), "Je ne change rien");
        assertEquals("contrib.noChange", assertThrows(ContributionProblem.class,
                () -> contributions.proposeEdit("membre2", slug, same, true)).getKeys().get(0));
    }

    @Test
    void anEditWrittenOnAnOldRevisionIsAConflictTheModeratorSees() {
        String slug = publishedGuide("Guide très demandé " + uniqueWord());
        ContributionText base = contributions.startingPoint(slug).orElseThrow().text();
        long first = contributions.proposeEdit("membre", slug, new ContributionText(base.category(), base.title(),
                base.summary(), base.body() + "\n- trois (Julie)", "Ajout d'une étape"), true);
        long second = contributions.proposeEdit("membre2", slug, new ContributionText(base.category(), base.title(),
                base.summary(), base.body() + "\n- quatre (Karim)", "Ajout d'une autre étape"), true);
        contributions.approve("agent", first, version("agent", first), null, false);

        ContributionViews.Detail conflicting = contributions.detail("agent", second).orElseThrow();
        assertTrue(conflicting.stale());
        assertEquals(1, conflicting.baseRevision());
        assertEquals(2, conflicting.currentRevision());
        assertNotNull(conflicting.changedMeanwhile(), "the moderator sees what changed since the proposal");
        assertTrue(conflicting.changedMeanwhile().body().stream().anyMatch(r -> "- trois (Julie)".equals(r.right())));
        assertTrue(conflicting.proposedVsCurrent().body().stream()
                .anyMatch(r -> "- quatre (Karim)".equals(r.right()) && !r.isSame()));

        ContributionProblem conflict = assertThrows(ContributionProblem.class,
                () -> contributions.approve("agent", second, conflicting.version(), null, false));
        assertEquals(ContributionProblem.Kind.CONFLICT, conflict.getKind());
        assertEquals("contrib.conflict", conflict.getKeys().get(0));
        assertEquals(2, catalog.page(slug).orElseThrow().revision(), "nothing was published");

        long third = contributions.proposeEdit("pair", slug, new ContributionText(base.category(), base.title(),
                base.summary(), base.body() + "\n- cinq (Sophie)", "Encore une étape"), true);
        contributions.approve("agent", second, conflicting.version(), "Fusion vérifiée", true);

        // the third one is sent back; its author reworks it on the current revision and it is no longer a conflict
        contributions.requestChanges("agent", third, version("agent", third), "La fiche a changé : repartez de la version actuelle.");
        ContributionViews.Detail sentBack = contributions.detail("pair", third).orElseThrow();
        assertTrue(sentBack.stale());
        ContributionText now = contributions.startingPoint(slug).orElseThrow().text();
        contributions.update("pair", third, new ContributionText(now.category(), now.title(), now.summary(),
                now.body() + "\n- cinq (Sophie)", "Encore une étape, sur la version actuelle"), sentBack.version(),
                true, true);
        ContributionViews.Detail reworked = contributions.detail("agent", third).orElseThrow();
        assertFalse(reworked.stale());
        assertEquals(3, reworked.baseRevision());
        contributions.approve("agent", third, reworked.version(), null, false);
        assertEquals(4, history.history(slug).orElseThrow().currentRevision());
        assertTrue(catalog.page(slug).orElseThrow().body().contains("quatre (Karim)"));
        assertTrue(catalog.page(slug).orElseThrow().body().contains("cinq (Sophie)"));
        ContributionViews.Comparison lostNothing = history.compare(slug, 2, 3).orElseThrow();
        assertTrue(lostNothing.body().stream().anyMatch(r -> "- trois (Julie)".equals(r.left())),
                "Julie's revision stays in the history");
    }

    @Test
    void historyComparesRevisionsAndModeratorsRollBack() {
        String slug = publishedGuide("Guide avec historique " + uniqueWord());
        ContributionText base = contributions.startingPoint(slug).orElseThrow().text();
        long edit = contributions.proposeEdit("membre2", slug, new ContributionText(base.category(),
                base.title() + " (révisé)", base.summary(), base.body().replace("- deux", "- deux, vérifié"),
                "Précision"), true);
        contributions.approve("responsable", edit, version("responsable", edit), null, false);

        EntryHistory.History h = history.history(slug).orElseThrow();
        assertEquals(List.of(2, 1), h.revisions().stream().map(EntryHistory.RevisionRow::number).toList());
        assertEquals("Précision", h.revisions().get(0).changeSummary());
        assertEquals("Karim Haddad", h.revisions().get(0).authorName());
        ContributionViews.Comparison diff = history.compare(slug, 1, 2).orElseThrow();
        assertTrue(diff.isTitleChanged());
        assertTrue(diff.body().stream().anyMatch(r -> r.change() == LineDiff.Change.CHANGED
                && "- deux".equals(r.left()) && "- deux, vérifié".equals(r.right())));
        assertTrue(history.compare(slug, 1, 9).isEmpty());

        assertEquals(ContributionProblem.Kind.FORBIDDEN, assertThrows(ContributionProblem.class,
                () -> history.rollBack("membre", slug, 1, h.version(), null)).getKind());
        assertEquals("contrib.changedMeanwhile", assertThrows(ContributionProblem.class,
                () -> history.rollBack("agent", slug, 1, h.version() - 1, null)).getKeys().get(0));
        assertEquals("contrib.rollback.current", assertThrows(ContributionProblem.class,
                () -> history.rollBack("agent", slug, 2, h.version(), null)).getKeys().get(0));
        int created = history.rollBack("agent", slug, 1, h.version(), "Précision erronée");
        assertEquals(3, created);
        EntryHistory.History after = history.history(slug).orElseThrow();
        assertEquals("Retour à la révision 1 : Précision erronée", after.revisions().get(0).changeSummary());
        assertEquals(base.title(), catalog.page(slug).orElseThrow().entry().title());
        assertTrue(history.compare(slug, 1, 3).orElseThrow().isIdentical());
    }

    @Test
    void moderatorsSeeFlaggedAndLongUnreviewedEntries() throws Exception {
        String old = publishedGuide("Guide ancien " + uniqueWord());
        String flagged = publishedGuide("Guide signalé " + uniqueWord());
        tx.begin();
        em.createQuery("update ToolboxEntry e set e.lastReviewedAt = :at where e.slug = :slug")
                .setParameter("at", Instant.now().minus(400, ChronoUnit.DAYS)).setParameter("slug", old)
                .executeUpdate();
        tx.commit();
        assertEquals("contrib.flag.note.length", assertThrows(ContributionProblem.class,
                () -> history.flagForReview("membre2", flagged, "x")).getKeys().get(0));
        history.flagForReview("membre2", flagged, "Le lien vers l'outil ne fonctionne plus.");

        List<ContributionViews.ReviewRow> rows = history.toReview("agent");
        ContributionViews.ReviewRow flaggedRow = rows.stream().filter(r -> r.slug().equals(flagged)).findFirst()
                .orElseThrow();
        assertTrue(flaggedRow.flagged());
        assertEquals("Le lien vers l'outil ne fonctionne plus.", flaggedRow.note());
        ContributionViews.ReviewRow oldRow = rows.stream().filter(r -> r.slug().equals(old)).findFirst().orElseThrow();
        assertFalse(oldRow.flagged());
        assertTrue(rows.indexOf(flaggedRow) < rows.indexOf(oldRow), "flagged entries come first");
        assertFalse(rows.stream().anyMatch(r -> r.slug().equals("aga-en-ligne")), "recently reviewed entries are not listed");
        assertThrows(ContributionProblem.class, () -> history.toReview("membre"));
        assertThrows(ContributionProblem.class, () -> history.markReviewed("membre", old, oldRow.version()));

        history.markReviewed("agent", old, oldRow.version());
        history.markReviewed("responsable", flagged, flaggedRow.version());
        assertFalse(history.toReview("agent").stream().anyMatch(r -> r.slug().equals(old) || r.slug().equals(flagged)));
    }

    @Test
    void toolCardFieldsArePublishedComparedAndRolledBack() {
        ToolCardDetails free = new ToolCardDetails("libre", "gratuit", "les deux", "Serveurs au Québec", "oui",
                "Zoom; Microsoft Teams", "https://exemple.org/visio", "debutant");
        String name = "Visio de quartier " + uniqueWord();
        long id = contributions.proposeNew("membre", EntryKind.TOOL, new ContributionText("visioconference", name,
                "Une visioconférence libre hébergée par un organisme du quartier.", null, "Nouvelle fiche outil",
                free), true);
        ContributionViews.Detail proposed = contributions.detail("agent", id).orElseThrow();
        assertEquals(free, proposed.text().details());
        String slug = contributions.approve("agent", id, proposed.version(), null, false);
        EntryPage page = catalog.page(slug).orElseThrow();
        assertEquals(free, page.details());
        assertEquals(List.of("Zoom", "Microsoft Teams"), page.alternativeToNames());

        ContributionProblem badCard = assertThrows(ContributionProblem.class, () -> contributions.proposeEdit(
                "membre2", slug, new ContributionText("visioconference", name, "Un résumé assez long.", null,
                        "Correction", new ToolCardDetails("pirate", null, null, null, null, null, "ftp://x", null)),
                true));
        assertEquals(List.of("contrib.card.license", "contrib.card.website"), badCard.getKeys());

        ToolCardDetails paid = new ToolCardDetails("payant-rabais-osbl", "10 $ par mois", "infonuagique",
                "Serveurs au Québec", "oui", "Zoom; Microsoft Teams", "https://exemple.org/visio", "debutant");
        ContributionText current = contributions.startingPoint(slug).orElseThrow().text();
        assertEquals(free, current.details());
        long edit = contributions.proposeEdit("membre2", slug, new ContributionText(current.category(),
                current.title(), current.summary(), current.body(), "Devenu payant", paid), true);
        ContributionViews.Comparison changes = contributions.detail("agent", edit).orElseThrow().proposedVsCurrent();
        assertEquals(List.of("toolbox.field.license", "toolbox.field.cost", "toolbox.field.hosting"),
                changes.card().stream().map(CardChanges.Change::labelKey).toList());
        contributions.approve("agent", edit, version("agent", edit), null, false);
        assertEquals(paid, catalog.page(slug).orElseThrow().details());

        long textOnly = contributions.proposeEdit("membre", slug, new ContributionText(current.category(),
                current.title(), "Une visioconférence hébergée par un organisme du quartier, payante.", null,
                "Résumé à jour"), true);
        contributions.approve("agent", textOnly, version("agent", textOnly), null, false);
        assertEquals(paid, catalog.page(slug).orElseThrow().details(), "an edit without card fields keeps them");

        EntryHistory.History h = history.history(slug).orElseThrow();
        assertEquals(1, history.compare(slug, 1, 2).orElseThrow().card().stream()
                .filter(c -> c.labelKey().equals("toolbox.field.license") && "libre".equals(c.before())).count());
        history.rollBack("responsable", slug, 1, h.version(), "Toujours gratuit");
        assertEquals(free, catalog.page(slug).orElseThrow().details());
    }

    @Test
    void peopleSayAnEntryWasUsefulOnceEach() {
        String slug = publishedGuide("Guide utile " + uniqueWord());
        assertEquals(new Endorsements.Tally(0, false), endorsements.tally(slug, null));
        assertEquals(new Endorsements.Tally(1, true), endorsements.endorse("membre", slug, true));
        assertEquals(new Endorsements.Tally(1, true), endorsements.endorse("membre", slug, true), "idempotent");
        assertEquals(new Endorsements.Tally(2, true), endorsements.endorse("membre2", slug, true));
        assertEquals(new Endorsements.Tally(2, false), endorsements.tally(slug, "agent"));
        assertEquals(new Endorsements.Tally(1, false), endorsements.endorse("membre", slug, false));
        assertEquals(new Endorsements.Tally(1, false), endorsements.endorse("membre", slug, false));
        assertEquals(1, endorsements.tally(slug, null).count());
        assertThrows(ContributionProblem.class, () -> endorsements.endorse("membre", "nexiste-pas", true));
    }
}
