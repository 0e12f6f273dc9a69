package org.passerelle.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.platform.rest.JsonBuilders;
import org.passerelle.identity.control.CurrentMember;
import org.passerelle.platform.rest.Problems;
import org.passerelle.search.control.QueryText;
import org.passerelle.search.control.TicketSearch;
import org.passerelle.search.control.ToolboxSearch;
import org.passerelle.search.control.UnmetNeeds;
import org.passerelle.ticket.control.QueueFilter;

/**
 * One search over HTTP: {@code GET /api/v1/search?q=...&type=toolbox|tickets}. The toolbox is
 * public; requests need an account (HTTP Basic) and only show what the caller may handle. Any
 * text is searched as plain words; only a query longer than 200 characters is refused.
 */
@Path("v1/search")
public class SearchResource {
    static final int HITS = 20;

    @Inject
    ToolboxSearch toolbox;
    @Inject
    TicketSearch tickets;
    @Inject
    UnmetNeeds unmetNeeds;
    @Inject
    CurrentMember currentMember;
    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the toolbox (public) or the requests the caller handles (type=tickets, HTTP Basic)")
    public Response search(@QueryParam("q") String q, @QueryParam("type") String type) {
        Locale locale = Problems.language(headers.getAcceptableLanguages());
        String kind = type == null || type.isBlank() ? "toolbox" : type.strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("toolbox") && !kind.equals("tickets")) {
            return Problems.of(Response.Status.BAD_REQUEST, "invalid-input", List.of("search.api.type.invalid"), locale);
        }
        if (q != null && q.length() > QueryText.MAX_LENGTH) {
            return Problems.of(Response.Status.BAD_REQUEST, "invalid-input", List.of("search.api.q.length"), locale);
        }
        if (kind.equals("tickets")) {
            if (!currentMember.isLoggedIn()) {
                Response problem = Problems.of(Response.Status.UNAUTHORIZED, "unauthorized",
                        List.of("search.api.login"), locale);
                return Response.fromResponse(problem)
                        .header("WWW-Authenticate", "Basic realm=\"Passerelle\", charset=\"UTF-8\"").build();
            }
            return ticketsFor(currentMember.get().map(m -> m.getLogin()).orElse(""), q);
        }
        return toolboxFor(q);
    }

    private Response toolboxFor(String q) {
        ToolboxSearch.Results results = toolbox.search(q, ToolboxSearch.Filters.none(), 0, HITS);
        if (results.total() == 0) {
            unmetNeeds.record(q);
        }
        JsonArrayBuilder hits = JsonBuilders.array();
        results.hits().forEach(h -> hits.add(JsonBuilders.object()
                .add("kind", h.kind().name().toLowerCase(Locale.ROOT))
                .add("slug", h.slug())
                .add("title", h.title())
                .add("snippet", h.snippet())
                .add("score", h.score())));
        return ok(results.total(), hits, results.facets());
    }

    private Response ticketsFor(String login, String q) {
        TicketSearch.Results results = tickets.search(login, q, QueueFilter.any(), HITS);
        JsonArrayBuilder hits = JsonBuilders.array();
        results.hits().forEach(h -> hits.add(JsonBuilders.object()
                .add("kind", "ticket")
                .add("number", h.number())
                .add("title", h.subject())
                .add("snippet", h.snippet())
                .add("score", h.score())));
        return ok(results.total(), hits, results.facets());
    }

    private static Response ok(long total, JsonArrayBuilder hits, Map<String, Map<String, Long>> facets) {
        JsonObjectBuilder byFacet = JsonBuilders.object();
        facets.forEach((name, counts) -> {
            JsonObjectBuilder values = JsonBuilders.object();
            counts.forEach(values::add);
            byFacet.add(name, values);
        });
        String body = JsonBuilders.object().add("total", total).add("hits", hits).add("facets", byFacet).build()
                .toString();
        return Response.ok(body, Problems.JSON_UTF8).build();
    }
}
