package org.passerelle.ticket.control;

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
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.passerelle.testsupport.Deployments;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.Urgency;

/**
 * The support side on the real server (H2, then PostgreSQL): the queue, who may handle what,
 * internal notes, history, concurrency, merge, SLA due times, canned responses and ratings.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("postgresql")
class SupportDeskIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application(SupportDeskIT.class);
    }

    @Inject
    SupportDesk desk;
    @Inject
    HelpRequests requests;
    @Inject
    CannedResponses canned;
    @Inject
    Attachments attachments;
    @Inject
    Housekeeping housekeeping;
    @Inject
    RequestToGuide toGuide;
    @PersistenceContext
    EntityManager em;
    @Inject
    UserTransaction tx;

    private String open(String login, String subject) {
        return requests.open(login, new NewRequest(Category.VISIOCONFERENCE, subject,
                "Nous avons besoin d'aide pour notre AGA en ligne.", Urgency.NORMAL, PreferredContact.EMAIL, null,
                false));
    }

    private long version(String login, String number) {
        return desk.detail(login, number).orElseThrow().version();
    }

    @Test
    void theQueueFiltersSortsAndPagesInTheDatabase() {
        String number = open("membre2", "File : nouvelle demande non assignée");
        DeskViews.QueuePage unassigned = desk.queue("agent", QueueFilter.of(QueueFilter.SavedView.UNASSIGNED, "agent"),
                QueueFilter.Sort.CREATED, false, 0, 10);
        assertTrue(unassigned.total() >= 1);
        assertTrue(unassigned.rows().size() <= 10);
        assertEquals(number, unassigned.rows().get(0).number(), "newest first");
        assertTrue(unassigned.rows().stream().allMatch(r -> r.assigneeName() == null));
        assertNotNull(unassigned.rows().get(0).dueAt(), "a new request has a due time");

        DeskViews.QueuePage all = desk.queue("agent", QueueFilter.any(), QueueFilter.Sort.NUMBER, true, 0, 5);
        DeskViews.QueuePage second = desk.queue("agent", QueueFilter.any(), QueueFilter.Sort.NUMBER, true, 5, 5);
        assertTrue(all.total() > 10, "demo requests are in the queue");
        assertTrue(all.rows().get(4).number().compareTo(second.rows().get(0).number()) < 0, "pages follow each other");

        QueueFilter waiting = QueueFilter.of(QueueFilter.SavedView.WAITING, "agent");
        assertTrue(desk.queue("agent", waiting, null, false, 0, 50).rows().stream()
                .allMatch(r -> r.status() == Status.WAITING_ON_MEMBER));
        QueueFilter montreal = new QueueFilter(Set.of(), null, "06", null, null, null, Urgency.NORMAL, false);
        assertTrue(desk.queue("agent", montreal, null, false, 0, 50).rows().stream()
                .anyMatch(r -> r.number().equals(number)));
    }

    /**
     * The queue page's database work does not grow with the page (no query per row), and its filter
     * choices are read once, not at each opening. Hibernate's statistics count every statement the
     * server prepares (timers included, hence bounds rather than exact figures where it matters).
     */
    @Test
    void aQueuePageIsOneCountAndOnePageQueryAndItsChoicesAreKept() {
        Statistics statistics = em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            QueueFilter all = QueueFilter.any();
            statistics.clear();
            desk.queueRows("agent", all, QueueFilter.Sort.UPDATED, false, 0, 5);
            long forFive = statistics.getPrepareStatementCount();
            statistics.clear();
            List<DeskViews.QueueRow> fifty = desk.queueRows("agent", all, QueueFilter.Sort.UPDATED, false, 0, 50);
            long forFifty = statistics.getPrepareStatementCount();
            assertTrue(fifty.size() > 5, "the demo has more than 5 requests in the agent's scope");
            assertEquals(forFive, forFifty, "50 rows cost the statements of 5: no query per row");
            assertTrue(forFifty <= 4, "the caller and the page: " + forFifty + " statements");
            statistics.clear();
            desk.queueCount("agent", all);
            assertTrue(statistics.getPrepareStatementCount() <= 5,
                    "the caller, their pools and the count: " + statistics.getPrepareStatementCount());

            statistics.clear();
            DeskViews.QueuePage page = desk.queue("agent", all, QueueFilter.Sort.UPDATED, false, 0, 50);
            assertEquals(fifty.size(), page.rows().size());
            assertTrue(statistics.getPrepareStatementCount() <= 4, "the page and its total in one go (the caller,"
                    + " the page, the count; the pools are subqueries): " + statistics.getPrepareStatementCount());

            desk.queueChoices("agent");
            statistics.clear();
            DeskViews.QueueChoices again = desk.queueChoices("agent");
            assertEquals(0, statistics.getPrepareStatementCount(), "the choices come from QueueChoicesCache");
            assertFalse(again.agents().isEmpty());
            assertFalse(again.organizations().isEmpty());
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void membersHaveNoDeskAndAnUnknownNumberLooksLikeAForbiddenOne() {
        String number = open("membre", "Hors de portée");
        assertTrue(desk.detail("membre2", number).isEmpty());
        assertEquals(0, desk.queueCount("membre2", QueueFilter.any()));
        assertTrue(desk.detail("agent", "PAS-999999").isEmpty());
        RequestProblem problem = assertThrows(RequestProblem.class,
                () -> desk.take("membre", number, 0));
        assertEquals(List.of("request.notFound"), problem.getKeys());
    }

    @Test
    void anInternalNoteIsNeverShownToTheMember() {
        String number = open("membre", "Note interne");
        desk.reply("agent", number, DeskReply.internalNote("SECRET : l'organisme a déjà eu ce souci"),
                version("agent", number));
        desk.reply("agent", number, DeskReply.publicReply("Bonjour Julie, voici la marche à suivre."),
                version("agent", number));
        RequestViews.Detail seen = requests.detail("membre", number).orElseThrow();
        assertEquals(1, seen.messages().size());
        assertFalse(seen.messages().get(0).body().contains("SECRET"));
        DeskViews.Detail staff = desk.detail("agent", number).orElseThrow();
        assertEquals(2, staff.messages().size());
        assertTrue(staff.messages().get(0).internal());
        assertEquals(Status.OPEN, staff.status(), "a public answer opens a new request");
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndOldAndNew() {
        String number = open("membre", "Historique");
        desk.take("agent", number, version("agent", number));
        desk.triage("agent", number, new Triage("responsable", Status.WAITING_ON_MEMBER, Urgency.HIGH,
                Category.COLLABORATION, "aga, Zoom"), version("agent", number));
        DeskViews.Detail detail = desk.detail("agent", number).orElseThrow();
        assertEquals(List.of("aga", "zoom"), detail.tags());
        assertEquals("responsable", detail.assigneeLogin());
        List<String> lines = detail.history().stream()
                .map(e -> e.field() + ":" + e.oldValue() + "->" + e.newValue()).toList();
        assertTrue(lines.contains("status:NEW->OPEN"), lines.toString());
        assertTrue(lines.contains("assignee:Marc-André Bouchard->Nadia Côté"), lines.toString());
        assertTrue(lines.contains("urgency:NORMAL->HIGH"), lines.toString());
        assertTrue(lines.contains("category:VISIOCONFERENCE->COLLABORATION"), lines.toString());
        assertTrue(lines.contains("status:OPEN->WAITING_ON_MEMBER"), lines.toString());
        assertTrue(detail.history().stream().filter(e -> e.field().equals("urgency"))
                .allMatch(e -> "Marc-André Bouchard".equals(e.actorName())));
    }

    @Test
    void theSecondOfTwoAgentsIsToldAndNothingIsOverwritten() {
        String number = open("membre", "Deux agents");
        long seenByBoth = version("agent", number);
        desk.reply("agent", number, DeskReply.publicReply("Première réponse"), seenByBoth);
        RequestProblem problem = assertThrows(RequestProblem.class,
                () -> desk.reply("responsable", number, DeskReply.publicReply("Deuxième réponse"), seenByBoth));
        assertEquals(List.of("request.changedMeanwhile"), problem.getKeys());
        assertEquals(1, desk.detail("agent", number).orElseThrow().messages().size());
    }

    @Test
    void illegalTransitionsAreRefusedWithAClearReason() {
        String number = open("membre2", "Transition");
        desk.changeStatus("agent", number, Status.CLOSED, version("agent", number));
        RequestProblem problem = assertThrows(RequestProblem.class,
                () -> desk.changeStatus("agent", number, Status.OPEN, version("agent", number)));
        assertEquals(List.of("request.transition.refused"), problem.getKeys());
    }

    @Test
    void aPeerHelperSeesAndAnswersOnlyTheRequestTheyWereInvitedOnto() {
        String invited = open("membre2", "Pair aidant invité");
        String other = open("membre2", "Pair aidant pas invité");
        assertTrue(desk.detail("pair", invited).isEmpty());
        desk.invite("agent", invited, "pair", version("agent", invited));
        assertTrue(desk.detail("pair", invited).isPresent());
        assertTrue(desk.detail("pair", other).isEmpty());
        assertTrue(desk.queue("pair", QueueFilter.any(), null, false, 0, 200).rows().stream()
                .noneMatch(r -> r.number().equals(other)));
        desk.reply("pair", invited, DeskReply.publicReply("J'utilise Jitsi depuis deux ans, voici mes trucs."),
                version("pair", invited));
        assertThrows(RequestProblem.class, () -> desk.reply("pair", invited,
                DeskReply.internalNote("note"), version("pair", invited)));
        assertThrows(RequestProblem.class, () -> desk.changeStatus("pair", invited, Status.RESOLVED,
                version("pair", invited)));
        assertTrue(requests.detail("membre2", invited).orElseThrow().messages().get(0).fromSupport());
        assertThrows(RequestProblem.class, () -> desk.invite("agent", other, "membre", version("agent", other)));
    }

    @Test
    void aMergedDuplicateMovesItsMessagesAndPointsToTheSurvivor() {
        String survivor = open("membre2", "Survivante");
        String duplicate = open("membre2", "Doublon");
        requests.reply("membre2", duplicate, "Précision envoyée sur le doublon", version("agent", duplicate));
        desk.mergeInto("agent", duplicate, survivor, version("agent", duplicate));
        DeskViews.Detail merged = desk.detail("agent", duplicate).orElseThrow();
        assertEquals(survivor, merged.mergedInto());
        assertEquals(Status.CLOSED, merged.status());
        assertTrue(merged.messages().isEmpty());
        DeskViews.Detail kept = desk.detail("agent", survivor).orElseThrow();
        assertTrue(kept.messages().stream().anyMatch(m -> m.body().contains("Précision envoyée")));
        assertThrows(RequestProblem.class,
                () -> desk.mergeInto("agent", survivor, duplicate, version("agent", survivor)));
        desk.link("agent", survivor, open("membre2", "Demande liée"), version("agent", survivor));
        assertEquals(1, desk.detail("agent", survivor).orElseThrow().linked().size());
    }

    @Test
    void theResolutionClockPausesWhileWaitingOnTheMemberAndStopsWhenResolved() throws Exception {
        String number = open("membre2", "Horloge");
        DeskViews.Detail fresh = desk.detail("agent", number).orElseThrow();
        assertNotNull(fresh.firstResponseDueAt());
        assertNotNull(fresh.resolutionDueAt());
        assertTrue(fresh.resolutionDueAt().isAfter(fresh.firstResponseDueAt()));
        desk.reply("agent", number, new DeskReply("Pouvez-vous préciser?", false, Status.WAITING_ON_MEMBER, Set.of()),
                version("agent", number));
        DeskViews.Detail waiting = desk.detail("agent", number).orElseThrow();
        assertNull(waiting.firstResponseDueAt(), "answered");
        assertNull(waiting.resolutionDueAt(), "paused");
        requests.reply("membre2", number, "Voici les précisions.", version("agent", number));
        assertNotNull(desk.detail("agent", number).orElseThrow().resolutionDueAt(), "running again");
        desk.changeStatus("agent", number, Status.RESOLVED, version("agent", number));
        assertNull(desk.detail("agent", number).orElseThrow().resolutionDueAt(), "stopped");
    }

    @Test
    void aCannedResponseIsFilledForTheRequestAndAToolboxLinkCountsAsASolution() throws Exception {
        String number = open("membre", "Réponse type");
        CannedResponses.Choice first = canned.all().stream().filter(c -> c.title().equals("Accusé de réception"))
                .findFirst().orElseThrow();
        String text = canned.filledFor("agent", number, first.id());
        assertTrue(text.startsWith("Bonjour Julie,"), text);
        assertTrue(text.contains(number), text);
        assertTrue(text.contains("Marc-André"), text);
        assertEquals("", canned.filledFor("membre2", number, first.id()), "out of reach");

        desk.reply("agent", number, new DeskReply(text + "\n\n[Jitsi](/boite-a-outils/fiche.xhtml?slug=jitsi-meet)",
                false, null, Set.of("jitsi-meet")), version("agent", number));
        tx.begin();
        Ticket ticket = em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class).setParameter("number", number)
                .getSingleResult();
        assertEquals(Set.of("jitsi-meet"), ticket.getSolutions().stream().map(e -> e.getSlug())
                .collect(java.util.stream.Collectors.toSet()));
        tx.commit();
    }

    @Test
    void theMemberRatesTheHelpOnceItIsResolved() {
        String number = open("membre", "Appréciation");
        assertThrows(RequestProblem.class, () -> requests.rate("membre", number, 5, null, version("agent", number)));
        desk.changeStatus("agent", number, Status.RESOLVED, version("agent", number));
        RequestProblem range = assertThrows(RequestProblem.class,
                () -> requests.rate("membre", number, 6, null, version("agent", number)));
        assertEquals(List.of("request.rating.range"), range.getKeys());
        requests.rate("membre", number, 4, "Rapide et clair", version("agent", number));
        assertEquals(4, desk.detail("agent", number).orElseThrow().rating());
        assertThrows(RequestProblem.class, () -> requests.rate("membre", number, 5, null, version("agent", number)));
    }

    @Test
    void attachmentsAreStoredWithTheRequestAndServedOnlyToThoseWhoMaySeeIt() throws Exception {
        byte[] pdf = "%PDF-1.4 demande".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        NewRequest request = new NewRequest(Category.BUREAUTIQUE, "Avec pièce jointe",
                "Voici la capture de l'erreur que nous voyons.", Urgency.NORMAL, PreferredContact.EMAIL, null, false);
        String number = requests.open("membre", request, List.of(new Upload("../capture écran.pdf", pdf.length,
                () -> new java.io.ByteArrayInputStream(pdf))));
        DeskViews.AttachmentRow row = requests.detail("membre", number).orElseThrow().attachments().get(0);
        assertEquals("capture écran.pdf", row.fileName());
        assertEquals("application/pdf", row.contentType());
        Attachments.Download download = attachments.download("membre", row.id()).orElseThrow();
        assertTrue(java.util.Arrays.equals(pdf, java.nio.file.Files.readAllBytes(download.file())));
        assertTrue(attachments.download("agent", row.id()).isPresent());
        assertTrue(attachments.download("membre2", row.id()).isEmpty());

        byte[] note = "plan interne".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        desk.reply("agent", number, new DeskReply("Note avec fichier interne", true, null, Set.of(),
                List.of(new Upload("plan.txt", note.length, () -> new java.io.ByteArrayInputStream(note)))),
                version("agent", number));
        DeskViews.AttachmentRow internalFile = desk.detail("agent", number).orElseThrow().attachments().stream()
                .filter(a -> a.fileName().equals("plan.txt")).findFirst().orElseThrow();
        assertEquals(1, requests.detail("membre", number).orElseThrow().attachments().size(), "not the note's file");
        assertTrue(attachments.download("membre", internalFile.id()).isEmpty());
        assertTrue(attachments.download("agent", internalFile.id()).isPresent());

        long before = requests.mine("membre").size();
        RequestProblem refused = assertThrows(RequestProblem.class, () -> requests.open("membre", request,
                List.of(new Upload("ok.pdf", pdf.length, () -> new java.io.ByteArrayInputStream(pdf)),
                        new Upload("outil.exe", 10, () -> new java.io.ByteArrayInputStream(new byte[10])))));
        assertEquals(List.of("attachment.typeRefused"), refused.getKeys());
        assertEquals(before, requests.mine("membre").size(), "nothing was opened");
    }

    @Test
    void anUnassignedRequestOverflowsToTheProvinceAndAResolvedOneClosesDaysLater() {
        String number = open("membre2", "Débordement vers la province");
        assertEquals("Équipe de soutien de Montréal", desk.detail("agent", number).orElseThrow().poolName());
        housekeeping.overflow(java.time.Instant.now());
        assertEquals("Équipe de soutien de Montréal", desk.detail("agent", number).orElseThrow().poolName(),
                "not yet");
        housekeeping.overflow(java.time.Instant.now().plus(java.time.Duration.ofDays(7)));
        DeskViews.Detail moved = desk.detail("agent", number).orElseThrow();
        assertEquals("Équipe de soutien provinciale", moved.poolName());
        assertTrue(moved.history().stream().anyMatch(e -> e.field().equals("pool") && e.actorName() == null
                && "Équipe de soutien provinciale".equals(e.newValue())), moved.history().toString());

        desk.changeStatus("agent", number, Status.RESOLVED, version("agent", number));
        housekeeping.closeResolved(java.time.Instant.now());
        assertEquals(Status.RESOLVED, desk.detail("agent", number).orElseThrow().status(), "the member may still answer");
        housekeeping.closeResolved(java.time.Instant.now().plus(java.time.Duration.ofDays(8)));
        assertEquals(Status.CLOSED, desk.detail("agent", number).orElseThrow().status());
    }

    @Test
    void aResolvedRequestBecomesAnAnonymousGuideDraftReusingTheQuestionOnlyWithConsent() throws Exception {
        String withConsent = requests.open("membre", new NewRequest(Category.SECURITE_CONFIDENTIALITE,
                "Gestionnaire de mots de passe", "Julie Tremblay ici (julie.tremblay@example.org) : quel outil"
                + " pour partager nos mots de passe à la CDC de la Neigette?", Urgency.NORMAL,
                PreferredContact.EMAIL, null, true));
        assertThrows(RequestProblem.class, () -> toGuide.draft("agent", withConsent));
        desk.reply("agent", withConsent, new DeskReply("Bonjour Julie, Bitwarden est gratuit pour les OSBL;"
                + " appelez-moi au 418 555-0123.", false, Status.RESOLVED, Set.of()), version("agent", withConsent));
        assertThrows(RequestProblem.class, () -> toGuide.draft("membre", withConsent));
        long id = toGuide.draft("agent", withConsent);
        tx.begin();
        org.passerelle.toolbox.entity.Contribution draft = em.find(org.passerelle.toolbox.entity.Contribution.class, id);
        String body = draft.getText().body();
        tx.commit();
        assertTrue(body.contains("## La question") && body.contains("Bitwarden"), body);
        for (String personal : List.of("Julie", "Tremblay", "julie.tremblay@example.org", "418 555-0123",
                "CDC de la Neigette")) {
            assertFalse(body.contains(personal), personal + " in " + body);
        }
        assertTrue(desk.detail("agent", withConsent).orElseThrow().history().stream()
                .anyMatch(e -> e.field().equals("guide") && e.newValue().equals(String.valueOf(id))));

        String withoutConsent = open("membre", "Question sans consentement");
        desk.reply("agent", withoutConsent, new DeskReply("Voici la marche à suivre pas à pas pour votre AGA.",
                false, Status.RESOLVED, Set.of()), version("agent", withoutConsent));
        tx.begin();
        String answerOnly = em.find(org.passerelle.toolbox.entity.Contribution.class,
                toGuide.draft("agent", withoutConsent)).getText().body();
        tx.commit();
        assertFalse(answerOnly.contains("## La question"), answerOnly);
        assertFalse(answerOnly.contains("Nous avons besoin d'aide"), answerOnly);
    }

    @Test
    void bulkActionsAndRequestsTakenByPhone() {
        String byPhone = desk.openOnBehalf("agent", "membre", new NewRequest(Category.TELEPHONIE,
                "Appel : boîte vocale", "Le membre a appelé : la boîte vocale ne fonctionne plus.", Urgency.HIGH,
                PreferredContact.PHONE, "514 555-0199", false));
        DeskViews.Detail detail = desk.detail("agent", byPhone).orElseThrow();
        assertEquals("membre", detail.requesterLogin());
        assertEquals("Marc-André Bouchard", detail.history().get(0).actorName());
        String other = open("membre", "En lot");
        assertEquals(2, desk.bulkAssign("agent", List.of(byPhone, other), "responsable"));
        assertEquals("responsable", desk.detail("agent", other).orElseThrow().assigneeLogin());
        assertEquals(2, desk.bulkClose("agent", List.of(byPhone, other, "PAS-999999")));
        assertEquals(Status.CLOSED, desk.detail("agent", other).orElseThrow().status());
    }
}
