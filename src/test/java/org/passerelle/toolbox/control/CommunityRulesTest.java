package org.passerelle.toolbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommunityRulesTest {

    @Test
    void commentsHaveALengthBetweenTwoAndTwoThousandCharacters() {
        assertEquals("toolbox.comment.required", CommunityRules.commentProblem(null));
        assertEquals("toolbox.comment.required", CommunityRules.commentProblem("  x  "));
        assertNull(CommunityRules.commentProblem("ok"));
        assertNull(CommunityRules.commentProblem("é".repeat(2000)));
        assertEquals("toolbox.comment.tooLong", CommunityRules.commentProblem("é".repeat(2001)));
        // a line end typed in a browser (\r\n) counts once
        assertNull(CommunityRules.commentProblem("a\r\n".repeat(1000).strip()));
    }

    @Test
    void hidingNeedsAReason() {
        assertEquals("toolbox.comment.hide.reason", CommunityRules.hideReasonProblem(" "));
        assertEquals("toolbox.comment.hide.reason", CommunityRules.hideReasonProblem("x".repeat(501)));
        assertNull(CommunityRules.hideReasonProblem("Hors sujet"));
    }

    @Test
    void slugsAreLowercaseWordsWithDashes() {
        assertNull(CommunityRules.slugProblem("padlet-mur-2"));
        assertEquals("toolbox.slug.invalid", CommunityRules.slugProblem("Padlet"));
        assertEquals("toolbox.slug.invalid", CommunityRules.slugProblem("mur--double"));
        assertEquals("toolbox.slug.invalid", CommunityRules.slugProblem("é"));
        assertEquals("toolbox.slug.invalid", CommunityRules.slugProblem("a".repeat(121)));
        assertEquals("toolbox.slug.invalid", CommunityRules.slugProblem(null));
    }

    @Test
    void topicsMatchTagsWithoutCaseAccentsOrPlural() {
        assertEquals("animation-en-ligne", CommunityRules.folded("Animation en ligne"));
        assertEquals(CommunityRules.folded("visioconference"), CommunityRules.folded("Visioconférences"));
        assertEquals(CommunityRules.folded("gestion-membres-dons"), CommunityRules.folded("Gestion membres dons"));
    }
}
