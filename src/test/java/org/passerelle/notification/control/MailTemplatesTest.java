package org.passerelle.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.notification.entity.MailContent;
import org.passerelle.notification.entity.NotificationEvent;
import org.passerelle.platform.mail.AccountMail;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;

/** Every request mail in both languages: number in the subject, escaped HTML, the right link. */
class MailTemplatesTest {
    private final MailTemplates templates = new MailTemplates();

    MailTemplatesTest() {
        templates.markdown = new MarkdownRenderer();
    }

    private static Member person(String login, String language, Set<Role> roles) {
        Member member = new Member(login, "Julie <Tremblay>", login + "@example.org", null, roles);
        member.preferLanguage(language);
        return member;
    }

    private static Ticket ticket() {
        return new Ticket("PAS-1042", person("membre", "fr", EnumSet.of(Role.MEMBER)), Category.VISIOCONFERENCE,
                Urgency.HIGH, "AGA & <script>alert(1)</script>", "Besoin d'aide", Instant.now());
    }

    @Test
    void everyRequestEventRendersInFrenchAndEnglish() {
        Member actor = person("agent", "fr", EnumSet.of(Role.AGENT));
        for (String language : new String[] {"fr", "en"}) {
            for (NotificationEvent event : EnumSet.range(NotificationEvent.REQUEST_RECEIVED, NotificationEvent.MENTION)) {
                MailContent mail = templates.forRequest(event, person("membre", language, Set.of()), ticket(), actor,
                        "Voici **la** marche <b>à suivre</b>", false);
                assertTrue(mail.subject().startsWith("[PAS-1042] "), mail.subject());
                assertTrue(mail.subject().contains("AGA & <script>"), "plain subject, as typed: " + mail.subject());
                assertFalse(mail.html().contains("<script>"), "escaped: " + mail.html());
                assertFalse(mail.html().contains("<b>à suivre"), "the body goes through the sanitiser");
                assertTrue(mail.html().contains("<strong>la</strong>"), mail.html());
                assertTrue(mail.text().contains("/app/demande.xhtml?numero=PAS-1042"), mail.text());
                assertFalse(mail.text().contains("???"), mail.text());
                assertTrue(mail.references().startsWith("<PAS-1042@"), mail.references());
                assertEquals(language.equals("en") ? Locale.ENGLISH : Locale.CANADA_FRENCH, mail.locale());
            }
        }
    }

    @Test
    void theLanguageShowsInTheWords() {
        Member actor = person("agent", "fr", EnumSet.of(Role.AGENT));
        MailContent fr = templates.forRequest(NotificationEvent.RESOLVED, person("m", "fr", Set.of()), ticket(), actor,
                null, false);
        MailContent en = templates.forRequest(NotificationEvent.RESOLVED, person("m", "en", Set.of()), ticket(), actor,
                null, false);
        assertTrue(fr.subject().startsWith("[PAS-1042] Demande résolue"), fr.subject());
        assertTrue(fr.text().contains("L'équipe Passerelle"), "apostrophes survive MessageFormat: " + fr.text());
        assertTrue(fr.text().contains("#rate"), "the rating link");
        assertTrue(en.subject().startsWith("[PAS-1042] Request resolved"), en.subject());
        assertTrue(en.text().startsWith("Hello Julie,"), en.text());
    }

    @Test
    void staffLinksOpenTheSupportPage() {
        MailContent mail = templates.forRequest(NotificationEvent.ASSIGNED, person("agent", "fr",
                EnumSet.of(Role.AGENT)), ticket(), null, null, true);
        assertTrue(mail.text().contains("/soutien/demande.xhtml?numero=PAS-1042"), mail.text());
        assertTrue(mail.text().contains("urgence haute"), mail.text());
    }

    @Test
    void anAccountMailKeepsItsTextAndEscapesItsHtml() {
        MailContent mail = templates.account(new AccountMail("a@example.org", Locale.CANADA_FRENCH, "Invitation",
                "Cliquez <ici>"));
        assertEquals("Cliquez <ici>", mail.text());
        assertTrue(mail.html().contains("Cliquez &lt;ici&gt;"), mail.html());
        assertEquals(NotificationEvent.ACCOUNT, mail.event());
    }
}
