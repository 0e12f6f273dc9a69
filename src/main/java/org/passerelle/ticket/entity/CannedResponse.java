package org.passerelle.ticket.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** A réponse type: an answer agents reuse, with placeholders filled for each request. */
@Entity
@NamedQuery(name = CannedResponse.ALL, query = "select c from CannedResponse c order by c.title")
public class CannedResponse {
    public static final String ALL = "CannedResponse.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private String body;
    private Instant createdAt;
    @Version
    private long version;

    protected CannedResponse() {
    }

    public CannedResponse(String title, String body, Instant createdAt) {
        this.title = Objects.requireNonNull(title);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public long getVersion() {
        return version;
    }
}
