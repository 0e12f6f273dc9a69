package org.passerelle.toolbox.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.util.Objects;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.passerelle.search.control.Analyzers;

/** A free-form keyword shared by toolbox entries ("visio", "AGA", "sans compte"). */
@Entity
@NamedQuery(name = Tag.BY_NAME, query = "select t from Tag t where t.name = :name")
public class Tag {
    public static final String BY_NAME = "Tag.byName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @FullTextField(analyzer = Analyzers.FRENCH)
    @FullTextField(name = "name_plain", analyzer = Analyzers.FRENCH_PLAIN)
    @KeywordField(name = "keyword", aggregable = Aggregable.YES, normalizer = Analyzers.SORT)
    private String name;

    protected Tag() {
    }

    public Tag(String name) {
        this.name = Objects.requireNonNull(name).trim();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
