package org.passerelle.toolbox.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.passerelle.identity.entity.Member;
import org.passerelle.search.control.Analyzers;

/**
 * An entry of the boîte à outils: a tool card or a practical guide. Published changes go
 * through {@link #revise}, which records an {@link EntryRevision}.
 */
@Entity
@Indexed(index = "toolbox")
@NamedQuery(name = ToolboxEntry.BY_SLUG, query = "select e from ToolboxEntry e where e.slug = :slug")
@NamedQuery(name = ToolboxEntry.COUNT, query = "select count(e) from ToolboxEntry e")
public class ToolboxEntry {
    public static final String BY_SLUG = "ToolboxEntry.bySlug";
    public static final String COUNT = "ToolboxEntry.count";

    /**
     * The index field of {@link #getFacetValuesForSearch()}; what separates a facet from its value
     * there, and one facet=value from the next (a control character no value holds).
     */
    public static final String SEARCH_FACETS = "facetValues";
    public static final String FACET_SEPARATOR = "=";
    public static final String FACETS_SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @KeywordField(projectable = Projectable.YES)
    private String slug;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    @Enumerated(EnumType.STRING)
    private EntryKind kind;
    @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = "title_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "title_plain", analyzer = Analyzers.FRENCH_PLAIN)
    @KeywordField(name = "title_sort", sortable = Sortable.YES, normalizer = Analyzers.SORT)
    private String title;
    @KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
    private String category;
    @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = "summary_plain", analyzer = Analyzers.FRENCH_PLAIN)
    private String summary;
    @FullTextField(analyzer = Analyzers.FRENCH, projectable = Projectable.YES)
    @FullTextField(name = "body_en", analyzer = Analyzers.ENGLISH)
    @FullTextField(name = "body_plain", analyzer = Analyzers.FRENCH_PLAIN)
    private String body;
    @KeywordField(aggregable = Aggregable.YES)
    private String licenseKind;
    private String costForNonprofits;
    @KeywordField(aggregable = Aggregable.YES)
    private String hostingOptions;
    private String dataLocationNotes;
    @KeywordField(aggregable = Aggregable.YES)
    private String frenchUi;
    @FullTextField(analyzer = Analyzers.FRENCH)
    private String alternativeTo;
    private String website;
    @KeywordField(aggregable = Aggregable.YES)
    private String difficulty;
    private String audience;
    @GenericField
    private boolean published = true;
    private Instant createdAt;
    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;
    private Instant lastReviewedAt;
    /** Flagged "à revoir": someone said the entry may be out of date; {@link #reviewNote} says why. */
    private boolean needsReview;
    private String reviewNote;
    @ManyToMany
    @JoinTable(name = "toolbox_entry_tag", joinColumns = @JoinColumn(name = "entry_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    @IndexedEmbedded(includePaths = {"name", "name_plain", "keyword"})
    // a tag's name never changes, so only adding or removing tags needs a reindex
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    private Set<Tag> tags = new LinkedHashSet<>();
    @ManyToMany
    @JoinTable(name = "guide_tool", joinColumns = @JoinColumn(name = "guide_id"),
            inverseJoinColumns = @JoinColumn(name = "tool_id"))
    private Set<ToolboxEntry> tools = new LinkedHashSet<>();
    @OneToMany(mappedBy = "entry", cascade = CascadeType.ALL)
    @OrderBy("revisionNumber")
    private List<EntryRevision> revisions = new ArrayList<>();
    @Version
    private long version;

    protected ToolboxEntry() {
    }

    private ToolboxEntry(String slug, EntryKind kind, String title, String category, Instant at) {
        this.slug = Objects.requireNonNull(slug);
        this.kind = Objects.requireNonNull(kind);
        this.title = Objects.requireNonNull(title);
        this.category = Objects.requireNonNull(category);
        this.createdAt = Objects.requireNonNull(at);
        this.updatedAt = at;
        this.lastReviewedAt = at;
    }

    public static ToolboxEntry toolCard(String slug, String name, String category, String summary,
                                        ToolCardDetails details, Instant at) {
        ToolboxEntry card = new ToolboxEntry(slug, EntryKind.TOOL, name, category, at);
        card.summary = summary;
        card.describe(details);
        return card;
    }

    public static ToolboxEntry guide(String slug, String title, String category, String audience, String body,
                                     Instant at) {
        ToolboxEntry guide = new ToolboxEntry(slug, EntryKind.GUIDE, title, category, at);
        guide.audience = audience;
        guide.body = body;
        guide.summary = GuideSummary.of(body);
        return guide;
    }

    /** Publishes a new state of the text and records it as a revision. */
    public EntryRevision revise(String newTitle, String newSummary, String newBody, Member author,
                                String changeSummary, Instant at) {
        this.title = Objects.requireNonNull(newTitle);
        this.summary = newSummary;
        this.body = newBody;
        this.updatedAt = at;
        EntryRevision revision = new EntryRevision(this, getCurrentRevisionNumber() + 1, author, changeSummary, at);
        revisions.add(revision);
        return revision;
    }

    /**
     * A new entry from an approved contribution; its first revision is recorded by
     * {@link #publish}.
     */
    public static ToolboxEntry proposed(String slug, EntryKind kind, String title, String category, Instant at) {
        return new ToolboxEntry(slug, kind, title, category, at);
    }

    /**
     * Publishes an approved contribution: new text and category, a new revision credited to the
     * contributor; a moderator looked at the entry, so it counts as reviewed.
     */
    public EntryRevision publish(String newTitle, String newCategory, String newSummary, String newBody,
                                 ToolCardDetails newDetails, Member author, String changeSummary, Instant at) {
        this.category = Objects.requireNonNull(newCategory);
        if (kind == EntryKind.TOOL && newDetails != null) {
            describe(newDetails);
        }
        String summaryToShow = (newSummary == null || newSummary.isBlank()) && kind == EntryKind.GUIDE
                ? GuideSummary.of(newBody) : newSummary;
        EntryRevision revision = revise(newTitle, summaryToShow, newBody, author, changeSummary, at);
        markReviewed(at);
        return revision;
    }

    /** Publishes again the text of an earlier revision, as a new revision: history only grows. */
    public EntryRevision rollBackTo(int revisionNumber, Member moderator, String changeSummary, Instant at) {
        EntryRevision earlier = revision(revisionNumber)
                .orElseThrow(() -> new IllegalArgumentException("no revision " + revisionNumber));
        if (kind == EntryKind.TOOL) {
            describe(earlier.getDetails());
        }
        return revise(earlier.getTitle(), earlier.getSummary(), earlier.getBody(), moderator, changeSummary, at);
    }

    public Optional<EntryRevision> revision(int revisionNumber) {
        return revisions.stream().filter(r -> r.getRevisionNumber() == revisionNumber).findFirst();
    }

    /** The number of the published revision (0 before the first one). */
    public int getCurrentRevisionNumber() {
        return revisions.stream().mapToInt(EntryRevision::getRevisionNumber).max().orElse(0);
    }

    /**
     * Gives the entry a new address. The caller keeps the old one as an {@link EntrySlugAlias} so
     * that saved links keep working; the index follows on commit.
     */
    public void rename(String newSlug) {
        this.slug = Objects.requireNonNull(newSlug);
    }

    /** Someone says this entry may be out of date. */
    public void flagForReview(String note) {
        this.needsReview = true;
        this.reviewNote = note;
    }

    /** A moderator checked the entry: it is up to date as of {@code at}. */
    public void markReviewed(Instant at) {
        this.lastReviewedAt = Objects.requireNonNull(at);
        this.needsReview = false;
        this.reviewNote = null;
    }

    public void describe(ToolCardDetails details) {
        this.licenseKind = details.licenseKind();
        this.costForNonprofits = details.costForNonprofits();
        this.hostingOptions = details.hostingOptions();
        this.dataLocationNotes = details.dataLocationNotes();
        this.frenchUi = details.frenchUi();
        this.alternativeTo = details.alternativeTo();
        this.website = details.website();
        this.difficulty = details.difficulty();
    }

    public void tag(Tag tag) {
        tags.add(Objects.requireNonNull(tag));
    }

    public void uses(ToolboxEntry tool) {
        tools.add(Objects.requireNonNull(tool));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public EntryKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getCategory() {
        return category;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public ToolCardDetails getDetails() {
        return new ToolCardDetails(licenseKind, costForNonprofits, hostingOptions, dataLocationNotes, frenchUi,
                alternativeTo, website, difficulty);
    }

    /** Names of the tools this card can replace ("Zoom", "Microsoft Teams"). */
    public List<String> getAlternativeToNames() {
        if (alternativeTo == null || alternativeTo.isBlank()) {
            return List.of();
        }
        return Arrays.stream(alternativeTo.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getAudience() {
        return audience;
    }

    public boolean isPublished() {
        return published;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getLastReviewedAt() {
        return lastReviewedAt;
    }

    public boolean isNeedsReview() {
        return needsReview;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Set<Tag> getTags() {
        return Set.copyOf(tags);
    }

    public Set<ToolboxEntry> getTools() {
        return Set.copyOf(tools);
    }

    public List<EntryRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    public long getVersion() {
        return version;
    }

    /**
     * All the facet values of the entry as one term, {@code facet=value} pairs in a fixed order
     * ("category=visio␟kind=TOOL␟..."): one terms aggregation over this single-valued field counts
     * each combination in one pass over a search's matches, one value per document, and the
     * search adds the combinations up per facet. Five aggregations took 60 % of a search, one
     * multi-valued field still half of it (docs/performance.md, search, fifth pass). There are at
     * most a few hundred combinations (categories × kinds × licences × French × difficulty).
     * Filtering still uses each facet's own field.
     */
    @KeywordField(name = SEARCH_FACETS, aggregable = Aggregable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "category")),
            @ObjectPath(@PropertyValue(propertyName = "kind")),
            @ObjectPath(@PropertyValue(propertyName = "licenseKind")),
            @ObjectPath(@PropertyValue(propertyName = "frenchUi")),
            @ObjectPath(@PropertyValue(propertyName = "difficulty"))})
    public String getFacetValuesForSearch() {
        List<String> values = new ArrayList<>();
        addFacet(values, "category", category);
        addFacet(values, "kind", kind == null ? null : kind.name());
        addFacet(values, "licenseKind", licenseKind);
        addFacet(values, "frenchUi", frenchUi);
        addFacet(values, "difficulty", difficulty);
        return values.isEmpty() ? null : String.join(FACETS_SEPARATOR, values);
    }

    private static void addFacet(List<String> values, String facet, String value) {
        if (value != null && !value.isBlank()) {
            values.add(facet + FACET_SEPARATOR + value);
        }
    }
}
