package org.passerelle.ticket.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.passerelle.identity.entity.Member;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.toolbox.control.Contributions;
import org.passerelle.toolbox.control.ToolboxVocabulary;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;

/**
 * "Transformer en fiche": a resolved request becomes a guide draft, its personal data removed.
 * The member's question is reused only if they consented when asking (Loi 25); otherwise only the
 * support's public answers are. The draft is the agent's, reviewed like any contribution.
 */
@ApplicationScoped
@Transactional
public class RequestToGuide {
    /** Request topics that have no toolbox category of their own. */
    private static final Map<Category, String> NEAREST = Map.of(Category.ACCES_MINIMUM, "bureautique",
            Category.TELETRAVAIL, "collaboration", Category.FORMATION, "animation-en-ligne",
            Category.AUTRE, "collaboration");

    @PersistenceContext
    EntityManager em;
    @Inject
    SupportDesk desk;
    @Inject
    DeskScope scope;
    @Inject
    Contributions contributions;

    /** Returns the id of the draft contribution. */
    public long draft(String login, String number) {
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
        Ticket ticket = desk.handled(me, number).filter(t -> scope.isStaff(me))
                .orElseThrow(() -> new RequestProblem("request.notFound"));
        if (ticket.getStatus() != Status.RESOLVED && ticket.getStatus() != Status.CLOSED) {
            throw new RequestProblem("desk.toGuide.notResolved");
        }
        List<String> people = new ArrayList<>();
        Long requesterId = ticket.getRequester() == null ? null : ticket.getRequester().getId();
        if (ticket.getRequester() != null) {
            people.add(ticket.getRequester().getDisplayName());
        }
        ticket.getMessages().stream().map(TicketMessage::getAuthor).filter(a -> a != null)
                .forEach(a -> people.add(a.getDisplayName()));
        List<String> organizations = ticket.getOrganization() == null ? List.of()
                : List.of(ticket.getOrganization().getName());
        String answers = ticket.getPublicMessages().stream()
                .filter(m -> m.getAuthor() != null && scope.isSupport(m.getAuthor())
                        && !m.getAuthor().getId().equals(requesterId))
                .map(m -> Anonymizer.scrub(m.getBody(), people, organizations))
                .collect(Collectors.joining("\n\n"));
        if (answers.isBlank()) {
            throw new RequestProblem("desk.toGuide.noAnswer");
        }
        StringBuilder body = new StringBuilder();
        if (ticket.isReuseConsent()) {
            body.append("## La question\n\n").append(Anonymizer.scrub(ticket.getBody(), people, organizations))
                    .append("\n\n");
        }
        body.append("## La réponse\n\n").append(answers).append('\n');
        String category = ToolboxVocabulary.CATEGORIES.contains(ticket.getCategory().code())
                ? ticket.getCategory().code() : NEAREST.getOrDefault(ticket.getCategory(), "collaboration");
        String title = Anonymizer.scrub(ticket.getSubject(), people, organizations);
        long id = contributions.proposeNew(login, EntryKind.GUIDE, new ContributionText(category, title, null,
                body.toString(), "Fiche tirée de la demande " + ticket.getNumber()), false);
        ticket.noteGuideDraft(id, me, java.time.Instant.now());
        return id;
    }
}
