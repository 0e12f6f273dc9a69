package org.passerelle.privacy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.passerelle.platform.rest.JsonBuilders;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;
import org.passerelle.ticket.entity.Ticket;
import org.passerelle.ticket.entity.TicketMessage;
import org.passerelle.ticket.entity.Visibility;
import org.passerelle.toolbox.entity.Contribution;

/**
 * "Mes données" (Loi 25, art. 27 and 28.1 portability): everything Passerelle holds about the
 * caller, in a structured, common format (JSON): profile, their requests with the public messages
 * (never internal notes), their toolbox contributions, their satisfaction ratings and the entries
 * they endorsed. Every query is bound to the caller's own id; nothing about anyone else is read.
 */
@ApplicationScoped
@Transactional
public class DataExport {
    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public JsonObject of(String login) {
        Member me = em.createNamedQuery(Member.BY_LOGIN, Member.class).setParameter("login", login).getSingleResult();
        return JsonBuilders.object()
                .add("format", "passerelle-export/1")
                .add("exportedAt", clock.instant().toString())
                .add("profile", profile(me))
                .add("requests", requests(me))
                .add("contributions", contributions(me))
                .add("endorsements", endorsements(me))
                .build();
    }

    private JsonObjectBuilder profile(Member me) {
        JsonArrayBuilder roles = JsonBuilders.array();
        me.getRoles().stream().map(Role::roleName).sorted().forEach(roles::add);
        JsonArrayBuilder topics = JsonBuilders.array();
        me.getTopics().stream().sorted().forEach(topics::add);
        JsonObjectBuilder profile = JsonBuilders.object();
        if (me.getOidcSubject() != null) {
            // what Passerelle keeps of the person's OpenID Connect account (ADR 0019)
            profile.add("oidcIssuer", me.getOidcIssuer()).add("oidcSubject", me.getOidcSubject());
        }
        return profile
                .add("login", me.getLogin())
                .add("name", me.getDisplayName())
                .add("email", me.getEmail())
                .add("phone", nullable(me.getPhone()))
                .add("organization", me.getOrganization() == null ? "" : me.getOrganization().getName())
                .add("preferredLanguage", me.getPreferredLanguage())
                .add("roles", roles)
                .add("topics", topics)
                .add("createdAt", String.valueOf(me.getCreatedAt()));
    }

    private JsonArrayBuilder requests(Member me) {
        JsonArrayBuilder requests = JsonBuilders.array();
        List<Ticket> tickets = em.createQuery("select t from Ticket t where t.requester = :me order by t.createdAt",
                Ticket.class).setParameter("me", me).getResultList();
        for (Ticket t : tickets) {
            JsonArrayBuilder messages = JsonBuilders.array();
            for (TicketMessage m : em.createQuery("select m from TicketMessage m left join fetch m.author"
                            + " where m.ticket = :t and m.visibility = :public order by m.createdAt, m.id",
                    TicketMessage.class).setParameter("t", t).setParameter("public", Visibility.PUBLIC).getResultList()) {
                boolean mine = m.getAuthor() != null && m.getAuthor().getId().equals(me.getId());
                messages.add(JsonBuilders.object()
                        .add("at", m.getCreatedAt().toString())
                        .add("fromMe", mine)
                        .add("author", m.getAuthor() == null ? "Passerelle" : m.getAuthor().getDisplayName())
                        .add("text", m.getBody()));
            }
            JsonObjectBuilder request = JsonBuilders.object()
                    .add("number", t.getNumber())
                    .add("subject", t.getSubject())
                    .add("text", t.getBody())
                    .add("category", t.getCategory().name())
                    .add("urgency", t.getUrgency().name())
                    .add("status", t.getStatus().name())
                    .add("preferredContact", t.getPreferredContact().name())
                    .add("contactPhone", nullable(t.getContactPhone()))
                    .add("createdAt", t.getCreatedAt().toString())
                    .add("messages", messages);
            if (t.getRating() != null) {
                request.add("rating", JsonBuilders.object().add("stars", t.getRating())
                        .add("comment", nullable(t.getRatingComment())));
            }
            requests.add(request);
        }
        return requests;
    }

    private JsonArrayBuilder contributions(Member me) {
        JsonArrayBuilder contributions = JsonBuilders.array();
        for (Contribution c : em.createNamedQuery(Contribution.BY_AUTHOR, Contribution.class).setParameter("author", me)
                .getResultList()) {
            contributions.add(JsonBuilders.object()
                    .add("kind", c.getKind().name())
                    .add("title", nullable(c.getTitle()))
                    .add("summary", nullable(c.getSummary()))
                    .add("text", nullable(c.getBody()))
                    .add("status", c.getStatus().name())
                    .add("createdAt", String.valueOf(c.getCreatedAt())));
        }
        return contributions;
    }

    private JsonArrayBuilder endorsements(Member me) {
        JsonArrayBuilder endorsements = JsonBuilders.array();
        List<Object[]> rows = em.createQuery("select e.slug, e.title, x.createdAt from EntryEndorsement x, ToolboxEntry e"
                + " where x.id.memberId = :me and e.id = x.id.entryId order by x.createdAt", Object[].class)
                .setParameter("me", me.getId()).getResultList();
        for (Object[] row : rows) {
            endorsements.add(JsonBuilders.object().add("entry", (String) row[0]).add("title", (String) row[1])
                    .add("at", row[2].toString()));
        }
        return endorsements;
    }

    private static jakarta.json.JsonValue nullable(String value) {
        return value == null ? jakarta.json.JsonValue.NULL : JsonBuilders.provider().createValue(value);
    }
}
