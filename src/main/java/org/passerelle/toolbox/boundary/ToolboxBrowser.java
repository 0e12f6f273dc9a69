package org.passerelle.toolbox.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.passerelle.toolbox.control.ToolboxCatalog;
import org.passerelle.toolbox.control.ToolboxCatalog.EntrySummary;
import org.passerelle.toolbox.control.ToolboxVocabulary;
import org.passerelle.toolbox.entity.EntryKind;

/** The toolbox home: categories with counts, filters, a search box and the matching entries. */
@Named
@ViewScoped
public class ToolboxBrowser implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ToolboxCatalog catalog;

    private String query;
    private String category;
    private String kind;
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
        counts = catalog.countsByCategory();
        results = catalog.find(query, category, entryKind);
        newest = isFiltered() ? List.of() : catalog.newest(5);
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
        return (query != null && !query.isBlank()) || category != null || kind != null;
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
