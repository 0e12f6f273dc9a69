package org.passerelle.toolbox.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passerelle.search.control.QueryText;
import org.passerelle.search.control.ToolboxSearch;
import org.passerelle.search.control.UnmetNeeds;
import org.passerelle.toolbox.control.ToolboxCatalog;
import org.passerelle.toolbox.control.ToolboxCatalog.EntrySummary;
import org.passerelle.toolbox.control.ToolboxVocabulary;
import org.passerelle.toolbox.entity.EntryKind;

/** The toolbox home: categories with counts, filters, a search box and the matching entries. */
@Named
@ViewScoped
public class ToolboxBrowser implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int SEARCH_HITS = 100;

    @Inject
    transient ToolboxCatalog catalog;
    @Inject
    transient ToolboxSearch search;
    @Inject
    transient UnmetNeeds unmetNeeds;

    /** A facet of the search results: its values with counts, each a link that toggles it. */
    public record FacetView(String name, String labelPrefix, List<FacetValue> values) {
    }

    /** {@code query} is the URL's query string with this value toggled. */
    public record FacetValue(String value, long count, boolean selected, String query) {
    }

    private String query;
    private String category;
    private String kind;
    private String license;
    private String frenchUi;
    private String difficulty;
    private ToolboxSearch.Results found;
    private List<FacetView> facets = List.of();
    private String suggestion;
    private Map<String, Long> counts;
    private List<EntrySummary> results;
    private List<EntrySummary> newest;

    /** Runs once the URL parameters are set (f:viewAction). */
    public void load() {
        if (category != null && !ToolboxVocabulary.CATEGORIES.contains(category)) {
            category = null;
        }
        EntryKind entryKind = parseKind(kind);
        kind = entryKind == null ? null : entryKind.name();
        license = known(license, ToolboxVocabulary.LICENSE_KINDS);
        frenchUi = known(frenchUi, ToolboxVocabulary.FRENCH_UI);
        difficulty = known(difficulty, ToolboxVocabulary.DIFFICULTIES);
        if (query != null && query.length() > QueryText.MAX_LENGTH) {
            query = query.substring(0, QueryText.MAX_LENGTH);
        }
        counts = catalog.countsByCategory();
        if (isSearching()) {
            found = search.search(query, new ToolboxSearch.Filters(category, entryKind, license, frenchUi, difficulty),
                    0, SEARCH_HITS);
            facets = facetViews(found.facets());
            results = List.of();
            if (found.total() == 0) {
                if (!isNarrowed()) {
                    unmetNeeds.record(query);
                }
                suggestion = search.suggest(query).orElse(null);
            }
        } else {
            results = catalog.find(null, category, entryKind);
        }
        newest = isFiltered() ? List.of() : catalog.newest(5);
    }

    private static String known(String value, java.util.Set<String> vocabulary) {
        return value != null && vocabulary.contains(value) ? value : null;
    }

    /** A query, as opposed to browsing a category. */
    public boolean isSearching() {
        return query != null && !QueryText.of(query).isEmpty();
    }

    private boolean isNarrowed() {
        return category != null || kind != null || license != null || frenchUi != null || difficulty != null;
    }

    private List<FacetView> facetViews(Map<String, Map<String, Long>> counts) {
        List<FacetView> views = new ArrayList<>();
        for (String name : ToolboxSearch.FACETS) {
            Map<String, Long> values = counts.getOrDefault(name, Map.of());
            String current = currentValue(name);
            List<FacetValue> items = values.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new FacetValue(e.getKey(), e.getValue(), e.getKey().equals(current),
                            queryWith(name, e.getKey().equals(current) ? null : e.getKey())))
                    .toList();
            if (!items.isEmpty()) {
                views.add(new FacetView(name, LABELS.get(name), items));
            }
        }
        return views;
    }

    private static final Map<String, String> PARAMETERS = Map.of(ToolboxSearch.FACET_CATEGORY, "categorie",
            ToolboxSearch.FACET_KIND, "type", ToolboxSearch.FACET_LICENSE, "licence", ToolboxSearch.FACET_FRENCH_UI,
            "francais", ToolboxSearch.FACET_DIFFICULTY, "difficulte");
    private static final Map<String, String> LABELS = Map.of(ToolboxSearch.FACET_CATEGORY, "category.",
            ToolboxSearch.FACET_KIND, "toolbox.kind.", ToolboxSearch.FACET_LICENSE, "toolbox.license.",
            ToolboxSearch.FACET_FRENCH_UI, "toolbox.frenchUi.", ToolboxSearch.FACET_DIFFICULTY, "toolbox.difficulty.");

    private String currentValue(String facet) {
        return switch (facet) {
            case ToolboxSearch.FACET_CATEGORY -> category;
            case ToolboxSearch.FACET_KIND -> kind;
            case ToolboxSearch.FACET_LICENSE -> license;
            case ToolboxSearch.FACET_FRENCH_UI -> frenchUi;
            default -> difficulty;
        };
    }

    /** The page's query string with one facet set to {@code value} (or removed when null). */
    String queryWith(String facet, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query);
        for (String name : ToolboxSearch.FACETS) {
            parameters.put(PARAMETERS.get(name), name.equals(facet) ? value : currentValue(name));
        }
        StringBuilder out = new StringBuilder();
        parameters.forEach((key, v) -> {
            if (v != null && !v.isBlank()) {
                out.append(out.length() == 0 ? "" : "&").append(key).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    static EntryKind parseKind(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EntryKind.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isFiltered() {
        return (query != null && !query.isBlank()) || isNarrowed();
    }

    public ToolboxSearch.Results getFound() {
        return found;
    }

    public List<FacetView> getFacets() {
        return facets;
    }

    public String getSuggestion() {
        return suggestion;
    }

    public String getSuggestionQuery() {
        return suggestion == null ? null : "q=" + URLEncoder.encode(suggestion, StandardCharsets.UTF_8);
    }

    public String getLicense() {
        return license;
    }

    public void setLicense(String license) {
        this.license = license;
    }

    public String getFrenchUi() {
        return frenchUi;
    }

    public void setFrenchUi(String frenchUi) {
        this.frenchUi = frenchUi;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }

    public List<String> getCategories() {
        return ToolboxVocabulary.CATEGORIES;
    }

    public List<EntryKind> getKinds() {
        return List.of(EntryKind.values());
    }

    public Map<String, Long> getCounts() {
        return counts;
    }

    public List<EntrySummary> getResults() {
        return results;
    }

    public List<EntrySummary> getNewest() {
        return newest;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null ? null : query.strip();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category == null || category.isBlank() ? null : category;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }
}
