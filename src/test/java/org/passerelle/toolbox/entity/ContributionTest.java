package org.passerelle.toolbox.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

class ContributionTest {
    private final Instant t0 = Instant.parse("2026-11-01T15:00:00Z");
    private final Member author = new Member("membre", "Julie Tremblay", "j@example.org", null,
            EnumSet.of(Role.MEMBER));
    private final Member agent = new Member("agent", "Marc-André", "m@example.org", null, EnumSet.of(Role.AGENT));
    private final ContributionText text = new ContributionText("animation-en-ligne", "Vote secret en ligne",
            null, "## Étapes\n\nChoisir l'outil.", "Nouvelle fiche");

    private ToolboxEntry publishedGuide() {
        ToolboxEntry entry = ToolboxEntry.proposed("vote", EntryKind.GUIDE, "Vote", "animation-en-ligne", t0);
        entry.publish("Vote", "animation-en-ligne", null, "Premier paragraphe du guide.\n\n## Suite", null, null,
                "Importation initiale", t0);
        return entry;
    }

    @Test
    void draftSubmittedThenSentBackThenApproved() {
        Contribution c = Contribution.newEntry(author, EntryKind.GUIDE, text, t0);
        assertEquals(ContributionStatus.DRAFT, c.getStatus());
        c.submit(t0.plusSeconds(60));
        assertThrows(IllegalStateException.class, () -> c.rewrite(text, t0));
        c.requestChanges(agent, "Ajoutez un exemple.", t0.plusSeconds(120));
        assertEquals(ContributionStatus.CHANGES_REQUESTED, c.getStatus());
        c.rewrite(text, t0.plusSeconds(180));
        c.submit(t0.plusSeconds(200));
        ToolboxEntry entry = publishedGuide();
        c.approve(agent, null, entry, 2, t0.plusSeconds(300));
        assertEquals(ContributionStatus.APPROVED, c.getStatus());
        assertTrue(c.isNewEntry());
        assertThrows(IllegalStateException.class, () -> c.reject(agent, "non", t0));
    }

    @Test
    void onlyASubmittedContributionCanBeDecided() {
        Contribution c = Contribution.newEntry(author, EntryKind.GUIDE, text, t0);
        assertThrows(IllegalStateException.class, () -> c.reject(agent, "Hors sujet", t0));
        c.submit(t0);
        c.reject(agent, "Hors sujet", t0);
        assertThrows(IllegalStateException.class, () -> c.submit(t0));
    }

    @Test
    void anEditBecomesStaleWhenTheEntryIsPublishedAgain() {
        ToolboxEntry entry = publishedGuide();
        Contribution edit = Contribution.editOf(entry, author, text, t0);
        assertEquals(1, edit.getBaseRevision());
        assertFalse(edit.isStale());
        entry.publish("Vote (mis à jour)", "animation-en-ligne", null, "Autre texte", null, agent, "Correction", t0);
        assertTrue(edit.isStale());
    }

    @Test
    void publishingDerivesAGuideSummaryAndCountsAsAReview() {
        ToolboxEntry entry = publishedGuide();
        entry.flagForReview("Les prix ont changé");
        assertTrue(entry.isNeedsReview());
        Instant later = t0.plusSeconds(3600);
        entry.publish("Vote", "animation-en-ligne", " ", "Nouveau premier paragraphe.", null, author, "Mise à jour", later);
        assertEquals("Nouveau premier paragraphe.", entry.getSummary());
        assertFalse(entry.isNeedsReview());
        assertEquals(later, entry.getLastReviewedAt());
        assertEquals(2, entry.getCurrentRevisionNumber());
    }

    @Test
    void rollingBackAddsARevisionWithTheOldText() {
        ToolboxEntry entry = publishedGuide();
        entry.publish("Vote 2", "animation-en-ligne", null, "Texte 2", null, author, "v2", t0);
        EntryRevision back = entry.rollBackTo(1, agent, "Retour à la révision 1", t0);
        assertEquals(3, back.getRevisionNumber());
        assertEquals("Vote", entry.getTitle());
        assertEquals(entry.revision(1).orElseThrow().getBody(), entry.getBody());
        assertEquals(3, entry.getRevisions().size());
    }

    @Test
    void aToolCardsFieldsArePublishedKeptInRevisionsAndRolledBack() {
        ToolCardDetails free = new ToolCardDetails("libre", "gratuit", "les deux", null, "oui", "Zoom", null,
                "debutant");
        ToolCardDetails paid = new ToolCardDetails("payant-rabais-osbl", "50 $ par mois", "infonuagique", null,
                "partiel", "Zoom", null, "debutant");
        ToolboxEntry card = ToolboxEntry.proposed("visio", EntryKind.TOOL, "Visio", "visioconference", t0);
        card.publish("Visio", "visioconference", "Un outil de visio.", null, free, author, "Nouvelle fiche", t0);
        card.publish("Visio", "visioconference", "Un outil de visio.", null, paid, author, "Devenu payant", t0);
        assertEquals("payant-rabais-osbl", card.getDetails().licenseKind());
        assertEquals(free, card.revision(1).orElseThrow().getDetails());
        card.rollBackTo(1, agent, "Retour", t0);
        assertEquals(free, card.getDetails());
        assertEquals(free, card.revision(3).orElseThrow().getDetails());
    }

    @Test
    void aGuideNeverGetsCardFields() {
        Contribution c = Contribution.newEntry(author, EntryKind.GUIDE, new ContributionText("animation-en-ligne",
                "Titre", null, "Texte", "Pourquoi", new ToolCardDetails("libre", null, null, null, null, null, null,
                null)), t0);
        assertEquals(null, c.getText().details());
    }
}
