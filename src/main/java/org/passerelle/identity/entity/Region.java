package org.passerelle.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** One of Québec's 17 administrative regions (reference data, loaded by migration V2). */
@Entity
@NamedQuery(name = Region.ALL, query = "select r from Region r order by r.code")
public class Region {
    public static final String ALL = "Region.all";

    @Id
    private String code;
    private String name;

    protected Region() {
    }

    public Region(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
