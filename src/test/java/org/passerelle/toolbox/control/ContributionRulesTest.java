package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolCardDetails;

class ContributionRulesTest {

    private static ContributionText text(String summary, String body) {
        return new ContributionText("animation-en-ligne", "Tenir un vote secret en ligne", summary, body,
                "Première version");
    }

    @Test
    void aCompleteGuideHasNoProblem() {
        assertEquals(List.of(), ContributionRules.problems(EntryKind.GUIDE,
                text(null, "## Étapes\n\n1. Choisir l'outil de vote.")));
    }

    @Test
    void everyProblemIsNamed() {
        List<String> problems = ContributionRules.problems(null,
                new ContributionText("inconnue", "AGA", null, null, "ok"));
        assertEquals(List.of("contrib.kind.required", "contrib.category.required", "contrib.title.length",
                "contrib.changeSummary.length"), problems);
    }

    @Test
    void aGuideNeedsATextAndAToolCardASummary() {
        assertEquals(List.of("contrib.body.guide"), ContributionRules.problems(EntryKind.GUIDE, text(null, "court")));
        assertEquals(List.of("contrib.summary.tool"), ContributionRules.problems(EntryKind.TOOL, text(" ", null)));
        assertEquals(List.of(), ContributionRules.problems(EntryKind.TOOL, text("Un outil de vote libre.", null)));
    }

    @Test
    void cleaningTrimsAndTurnsBlanksIntoNull() {
        ContributionText clean = ContributionRules.clean(new ContributionText(" ", "  Titre  ", "", "texte  \n",
                " pourquoi "));
        assertEquals(new ContributionText(null, "Titre", null, "texte", "pourquoi"), clean);
    }

    @Test
    void slugsAreAsciiLowercaseWithDashes() {
        assertEquals("tenir-une-aga-hybride-a-l-ecole", ContributionRules.slugOf("Tenir une AGA hybride à l'école !"));
        assertEquals("fiche", ContributionRules.slugOf("!!!"));
        assertTrue(ContributionRules.slugOf("x".repeat(300)).length() <= 100);
    }

    @Test
    void moderatorCommentsHaveBounds() {
        assertEquals("k", ContributionRules.commentProblem(" ", true, "k"));
        assertEquals(null, ContributionRules.commentProblem(null, false, "k"));
        assertEquals("k", ContributionRules.commentProblem("x".repeat(2001), false, "k"));
        assertEquals(null, ContributionRules.commentProblem("Merci, c'est clair.", true, "k"));
    }

    @Test
    void toolCardFieldsFollowTheToolboxVocabularies() {
        ToolCardDetails good = new ToolCardDetails("libre", "gratuit", "auto-hébergé", "Canada", "oui", "Zoom",
                "https://jitsi.org", "debutant");
        ContributionText card = new ContributionText("visioconference", "Jitsi Meet", "Visio libre sans compte.",
                null, "Nouvelle fiche", good);
        assertEquals(List.of(), ContributionRules.problems(EntryKind.TOOL, card));
        ToolCardDetails bad = new ToolCardDetails("pirate", "x".repeat(301), "sur la lune", null, "peut-être",
                null, "javascript:alert(1)", "expert");
        assertEquals(List.of("contrib.card.license", "contrib.card.hosting", "contrib.card.frenchUi",
                "contrib.card.difficulty", "contrib.card.website", "contrib.card.length"),
                ContributionRules.problems(EntryKind.TOOL, new ContributionText("visioconference", "Jitsi Meet",
                        "Visio libre sans compte.", null, "Nouvelle fiche", bad)));
    }

    @Test
    void cardChangesListOnlyTheFieldsThatDiffer() {
        ToolCardDetails before = new ToolCardDetails("libre", "gratuit", "les deux", null, "oui", null, null, null);
        ToolCardDetails after = new ToolCardDetails("freemium", "gratuit", "infonuagique", null, "oui", null, null,
                null);
        List<CardChanges.Change> changes = CardChanges.between(before, after);
        assertEquals(2, changes.size());
        assertEquals(new CardChanges.Change("toolbox.field.license", "toolbox.license.", "libre", "freemium"),
                changes.get(0));
        assertEquals("les-deux", changes.get(1).before(), "hosting codes become bundle key suffixes");
        assertEquals(List.of(), CardChanges.between(null, after));
    }
}
