package org.passerelle.admin.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.time.Instant;
import java.util.Objects;

/**
 * One administrative change: who, when, on what, which field, old and new value. Written in the
 * transaction of the change, never edited. The actor's name is copied so the entry stays readable
 * if the actor is later anonymised; {@code networkId} lets a coordinator read their network's.
 */
@Entity
@NamedQuery(name = AuditEntry.ALL, query = "select a from AuditEntry a order by a.at desc, a.id desc")
@NamedQuery(name = AuditEntry.OF_NETWORK, query = "select a from AuditEntry a where a.networkId = :network order by a.at desc, a.id desc")
public class AuditEntry {
    public static final String ALL = "AuditEntry.all";
    public static final String OF_NETWORK = "AuditEntry.ofNetwork";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long actorId;
    private String actorName;
    private Instant at;
    private String subjectType;
    private Long subjectId;
    private String subjectName;
    private String action;
    private String field;
    private String oldValue;
    private String newValue;
    private Long networkId;

    protected AuditEntry() {
    }

    public AuditEntry(Long actorId, String actorName, Instant at, String subjectType, Long subjectId,
                      String subjectName, String action, String field, String oldValue, String newValue,
                      Long networkId) {
        this.actorId = actorId;
        this.actorName = Objects.requireNonNull(actorName);
        this.at = Objects.requireNonNull(at);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = subjectId;
        this.subjectName = cut(Objects.requireNonNull(subjectName), 200);
        this.action = Objects.requireNonNull(action);
        this.field = field;
        this.oldValue = cut(oldValue, 500);
        this.newValue = cut(newValue, 500);
        this.networkId = networkId;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public Instant getAt() {
        return at;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public String getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public Long getNetworkId() {
        return networkId;
    }
}
