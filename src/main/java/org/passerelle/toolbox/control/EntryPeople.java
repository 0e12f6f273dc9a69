package org.passerelle.toolbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.passerelle.identity.entity.Member;
import org.passerelle.toolbox.entity.Tag;
import org.passerelle.toolbox.entity.ToolboxEntry;

/**
 * The people around an entry: who wrote it (credits, public) and which peers master its
 * subject ("des pairs peuvent vous aider", signed-in viewers only). Only names and
 * organizations are ever shown, never contact details.
 */
@ApplicationScoped
@Transactional
public class EntryPeople {

    @PersistenceContext
    EntityManager em;

    /** A person as the page names them. */
    public record Person(String name, String organization) {
    }

    /** Contributors in the order they first published, and their organizations, each once. */
    public record Credits(List<Person> people, List<String> organizations) {
    }

    /** Peers who declared {@code topic} (a request category code) matching the entry's category or tags. */
    public record Helpers(String topic, List<Person> people) {
    }

    /**
     * The authors of the entry's published revisions (approved contributions are published as
     * revisions credited to their author; the initial import has no author), deduplicated.
     */
    public Credits credits(String slug) {
        ToolboxEntry entry = entry(slug);
        List<Member> authors = em.createQuery("select r.author from EntryRevision r where r.entry = :entry"
                        + " and r.author is not null order by r.revisionNumber", Member.class)
                .setParameter("entry", entry).getResultList();
        Map<Long, Person> people = new LinkedHashMap<>();
        Set<String> organizations = new LinkedHashSet<>();
        for (Member author : authors) {
            String organization = author.getOrganization() == null ? null : author.getOrganization().getName();
            people.putIfAbsent(author.getId(), new Person(author.getDisplayName(), organization));
            if (organization != null) {
                organizations.add(organization);
            }
        }
        return new Credits(List.copyOf(people.values()), List.copyOf(organizations));
    }

    /**
     * Active members who declared a topic matching the entry's category or one of its tags,
     * grouped by topic; empty for an anonymous viewer (privacy), and never the viewer themselves.
     */
    public List<Helpers> helpers(String slug, String viewerLogin) {
        if (viewerLogin == null) {
            return List.of();
        }
        ToolboxEntry entry = entry(slug);
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add(CommunityRules.folded(entry.getCategory()));
        entry.getTags().stream().map(Tag::getName).map(CommunityRules::folded).forEach(subjects::add);
        List<Object[]> declared = em.createQuery("select m, t from Member m join m.topics t"
                + " where m.active = true and m.login <> :viewer order by m.displayName", Object[].class)
                .setParameter("viewer", viewerLogin).getResultList();
        Map<String, List<Person>> byTopic = new TreeMap<>();
        for (Object[] row : declared) {
            Member member = (Member) row[0];
            String topic = (String) row[1];
            if (subjects.contains(CommunityRules.folded(topic))) {
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(new Person(member.getDisplayName(),
                        member.getOrganization() == null ? null : member.getOrganization().getName()));
            }
        }
        return byTopic.entrySet().stream()
                .map(e -> new Helpers(e.getKey(), e.getValue().stream().distinct()
                        .sorted(Comparator.comparing(Person::name)).toList()))
                .toList();
    }

    private ToolboxEntry entry(String slug) {
        return em.createNamedQuery(ToolboxEntry.BY_SLUG, ToolboxEntry.class).setParameter("slug", slug)
                .getResultStream().filter(ToolboxEntry::isPublished).findFirst()
                .orElseThrow(ContributionProblem::notFound);
    }
}
