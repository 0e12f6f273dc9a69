package org.passerelle.search.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A toolbox search that found nothing: what was asked and on which day, never who asked. The
 * list tells coordinators which entries are missing.
 */
@Entity
@Table(name = "search_unmet_need")
public class UnmetNeed {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String queryText;
    private LocalDate searchedOn;

    protected UnmetNeed() {
    }

    public UnmetNeed(String queryText, LocalDate searchedOn) {
        this.queryText = Objects.requireNonNull(queryText);
        this.searchedOn = Objects.requireNonNull(searchedOn);
    }

    public Long getId() {
        return id;
    }

    public String getQueryText() {
        return queryText;
    }

    public LocalDate getSearchedOn() {
        return searchedOn;
    }
}
