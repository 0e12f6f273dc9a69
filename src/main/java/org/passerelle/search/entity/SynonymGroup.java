package org.passerelle.search.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** Terms that mean the same thing to the people who search ("AGA; assemblée générale annuelle"). */
@Entity
@Table(name = "search_synonym")
@NamedQuery(name = SynonymGroup.ALL_TERMS, query = "select s.terms from SynonymGroup s order by s.id")
public class SynonymGroup {
    public static final String ALL_TERMS = "SynonymGroup.allTerms";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** The terms, separated by ";". */
    private String terms;

    protected SynonymGroup() {
    }

    public SynonymGroup(String terms) {
        this.terms = Objects.requireNonNull(terms);
    }

    public Long getId() {
        return id;
    }

    public String getTerms() {
        return terms;
    }
}
