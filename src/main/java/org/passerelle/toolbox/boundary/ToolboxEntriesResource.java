package org.passerelle.toolbox.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.platform.rest.JsonBuilders;
import org.passerelle.identity.control.CurrentMember;
import org.passerelle.identity.entity.Member;
import org.passerelle.platform.rest.Problems;
import org.passerelle.platform.web.MarkdownRenderer;
import org.passerelle.toolbox.control.ContributionProblem;
import org.passerelle.toolbox.control.ContributionViews;
import org.passerelle.toolbox.control.Contributions;
import org.passerelle.toolbox.control.Endorsements;
import org.passerelle.toolbox.control.EntryPage;
import org.passerelle.toolbox.control.ToolboxCatalog;
import org.passerelle.toolbox.control.ToolboxCatalog.EntrySummary;
import org.passerelle.toolbox.control.ToolboxVocabulary;
import org.passerelle.toolbox.entity.ContributionText;
import org.passerelle.toolbox.entity.EntryKind;
import org.passerelle.toolbox.entity.ToolCardDetails;

/**
 * The toolbox over HTTP. Published entries are readable by anyone; proposing one (POST) needs an
 * account (HTTP Basic) and creates a contribution for the moderators, never a published entry.
 * Errors are RFC 9457 problem details in the caller's language.
 */
@Path("v1/toolbox")
public class ToolboxEntriesResource {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @Inject
    ToolboxCatalog catalog;
    @Inject
    Contributions contributions;
    @Inject
    CurrentMember currentMember;
    @Inject
    MarkdownRenderer markdown;
    @Inject
    Endorsements endorsements;
    @Inject
    org.passerelle.toolbox.control.EntrySlugs slugs;
    @Inject
    org.passerelle.toolbox.control.OrganizationUses organizationUses;
    @Context
    HttpHeaders headers;
    @Context
    UriInfo uri;

    @GET
    @Path("entries")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published toolbox entries, filtered by category, kind (tool or guide) and text; paged")
    public Response list(@QueryParam("q") String q, @QueryParam("category") String category,
                         @QueryParam("kind") String kind, @QueryParam("page") String page,
                         @QueryParam("size") String size) {
        List<String> problems = new ArrayList<>();
        EntryKind entryKind = null;
        if (kind != null && !kind.isBlank()) {
            entryKind = kindOf(kind);
            if (entryKind == null) {
                problems.add("contrib.api.kind.invalid");
            }
        }
        String cat = category == null || category.isBlank() ? null : category.strip();
        if (cat != null && !ToolboxVocabulary.CATEGORIES.contains(cat)) {
            problems.add("contrib.api.category.invalid");
        }
        int pageNumber = number(page, 1);
        if (pageNumber < 1) {
            problems.add("contrib.api.page.invalid");
        }
        int pageSize = number(size, DEFAULT_SIZE);
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            problems.add("contrib.api.size.invalid");
        }
        if (q != null && q.length() > 200) {
            problems.add("contrib.api.q.length");
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        ToolboxCatalog.ResultPage result = catalog.find(q == null ? null : q.strip(), cat, entryKind,
                (pageNumber - 1) * pageSize, pageSize);
        JsonArrayBuilder items = JsonBuilders.array();
        result.items().forEach(e -> items.add(summary(e)));
        JsonObject body = JsonBuilders.object().add("total", result.total()).add("page", pageNumber)
                .add("size", pageSize).add("items", items).build();
        return Response.ok(body.toString(), Problems.JSON_UTF8).build();
    }

    @GET
    @Path("entries/{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published entry: every field, the body as Markdown and as sanitised HTML")
    public Response entry(@PathParam("slug") String slug) {
        EntryPage page = catalog.page(slug).orElse(null);
        String renamed = page == null ? slugs.currentSlugOf(slug).orElse(null) : null;
        if (renamed != null) {
            // a renamed entry: its old address moved for good (as on the web page)
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getBaseUriBuilder().path("v1/toolbox/entries/{slug}").build(renamed)).build();
        }
        if (page == null) {
            return Problems.of(Response.Status.NOT_FOUND, "not-found", List.of("contrib.api.entry.notFound"),
                    language());
        }
        JsonObjectBuilder json = summary(page.entry());
        add(json, "audience", page.audience());
        add(json, "bodyMarkdown", page.body());
        json.add("bodyHtml", markdown.toSafeHtml(page.body()));
        JsonArrayBuilder tags = JsonBuilders.array();
        page.tags().forEach(tags::add);
        json.add("tags", tags);
        if (page.entry().kind() == EntryKind.TOOL) {
            json.add("toolCard", card(page.details(), page.alternativeToNames()));
        }
        JsonArrayBuilder tools = JsonBuilders.array();
        page.tools().forEach(t -> tools.add(t.slug()));
        json.add("tools", tools);
        json.add("revision", page.revision());
        json.add("endorsements", endorsements.tally(page.entry().slug(), null).count());
        json.add("usedByOrganizations", organizationUses.tally(page.entry().slug(), null).count());
        add(json, "updatedAt", page.updatedAt());
        add(json, "lastReviewedAt", page.lastReviewedAt());
        return Response.ok(json.build().toString(), Problems.JSON_UTF8).build();
    }

    /**
     * Proposes a new entry, or an edit of the published entry named by {@code "entry"}: a
     * contribution in DRAFT, or SUBMITTED for review when {@code "submit": true}.
     */
    @POST
    @Path("entries")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a new entry or an edit (authenticated); creates a contribution, never publishes")
    public Response propose(String payload) {
        Member me = currentMember.get().orElse(null);
        if (me == null) {
            return Problems.of(Response.Status.UNAUTHORIZED, "unauthorized", List.of("contrib.api.login"), language());
        }
        // JSON only: a cross-site HTML form (text/plain, form-encoded) cannot ride on a session cookie
        MediaType type = headers.getMediaType();
        if (type == null || !type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return Problems.of(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    List.of("contrib.api.contentType"), language());
        }
        JsonObject input;
        try (JsonReader reader = JsonBuilders.provider().createReader(new StringReader(payload == null ? "" : payload))) {
            input = reader.readObject();
        } catch (JsonParsingException | IllegalStateException e) {
            return invalid(List.of("contrib.api.json.invalid"));
        } catch (JsonException e) {
            return invalid(List.of("contrib.api.json.invalid"));
        }
        List<String> problems = new ArrayList<>();
        String entrySlug = string(input, "entry", problems);
        String kindText = string(input, "kind", problems);
        ContributionText text = new ContributionText(string(input, "category", problems),
                string(input, "title", problems), string(input, "summary", problems),
                string(input, "body", problems), string(input, "changeSummary", problems));
        ToolCardDetails card = null;
        JsonValue cardValue = input.get("toolCard");
        if (cardValue != null && cardValue != JsonValue.NULL) {
            if (cardValue instanceof JsonObject c) {
                card = new ToolCardDetails(string(c, "license", problems), string(c, "costForNonprofits", problems),
                        string(c, "hosting", problems), string(c, "dataLocation", problems),
                        string(c, "frenchUi", problems), alternatives(c, problems), string(c, "website", problems),
                        string(c, "difficulty", problems));
            } else {
                problems.add("contrib.api.toolCard.invalid");
            }
        }
        text = new ContributionText(text.category(), text.title(), text.summary(), text.body(), text.changeSummary(),
                card);
        boolean submit = false;
        JsonValue submitValue = input.get("submit");
        if (submitValue != null && submitValue != JsonValue.NULL) {
            if (submitValue == JsonValue.TRUE || submitValue == JsonValue.FALSE) {
                submit = submitValue == JsonValue.TRUE;
            } else {
                problems.add("contrib.api.submit.invalid");
            }
        }
        EntryKind kind = kindText == null ? null : kindOf(kindText);
        if (entrySlug == null && kindText != null && kind == null) {
            problems.add("contrib.api.kind.invalid");
        }
        if (!problems.isEmpty()) {
            return invalid(problems.stream().distinct().toList());
        }
        try {
            long id = entrySlug == null
                    ? contributions.proposeNew(me.getLogin(), kind, text, submit)
                    : contributions.proposeEdit(me.getLogin(), entrySlug, text, submit);
            ContributionViews.Detail created = contributions.detail(me.getLogin(), id).orElseThrow();
            return Response.created(uri.getBaseUriBuilder().path("v1/toolbox/contributions/{id}").build(id))
                    .type(Problems.JSON_UTF8).entity(contribution(created).toString()).build();
        } catch (ContributionProblem problem) {
            if (problem.getKind() == ContributionProblem.Kind.NOT_FOUND) {
                return Problems.of(Response.Status.NOT_FOUND, "not-found", List.of("contrib.api.entry.notFound"),
                        language());
            }
            return invalid(problem.getKeys());
        }
    }

    @GET
    @Path("contributions/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my contributions (or, for moderators, a submitted one): its text and status")
    public Response contribution(@PathParam("id") String id) {
        Member me = currentMember.get().orElse(null);
        if (me == null) {
            return Problems.of(Response.Status.UNAUTHORIZED, "unauthorized", List.of("contrib.api.login"), language());
        }
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            number = -1;
        }
        return contributions.detail(me.getLogin(), number)
                .map(d -> Response.ok(contribution(d).toString(), Problems.JSON_UTF8).build())
                .orElseGet(() -> Problems.of(Response.Status.NOT_FOUND, "not-found", List.of("contrib.notFound"),
                        language()));
    }

    /** "alternativeTo": an array of names or one text with semicolons; stored as "A; B". */
    private static String alternatives(JsonObject card, List<String> problems) {
        JsonValue value = card.get("alternativeTo");
        if (value instanceof jakarta.json.JsonArray array) {
            List<String> names = new ArrayList<>();
            for (JsonValue item : array) {
                if (item instanceof JsonString name) {
                    names.add(name.getString().strip());
                } else {
                    problems.add("contrib.api.field.notText");
                    return null;
                }
            }
            return String.join("; ", names);
        }
        return string(card, "alternativeTo", problems);
    }

    private static JsonObject contribution(ContributionViews.Detail d) {
        JsonObjectBuilder json = JsonBuilders.object().add("id", d.id())
                .add("status", d.status().name())
                .add("kind", d.kind().name().toLowerCase(Locale.ROOT));
        add(json, "entry", d.entrySlug());
        if (d.baseRevision() != null) {
            json.add("baseRevision", d.baseRevision());
        }
        add(json, "category", d.text().category());
        add(json, "title", d.text().title());
        add(json, "summary", d.text().summary());
        add(json, "body", d.text().body());
        add(json, "changeSummary", d.text().changeSummary());
        if (d.text().details() != null) {
            json.add("toolCard", card(d.text().details(), List.of()));
        }
        add(json, "moderatorComment", d.moderatorComment());
        return json.build();
    }

    private static JsonObjectBuilder card(ToolCardDetails d, List<String> alternativeToNames) {
        JsonObjectBuilder details = JsonBuilders.object();
        add(details, "license", d.licenseKind());
        add(details, "costForNonprofits", d.costForNonprofits());
        add(details, "hosting", d.hostingOptions());
        add(details, "dataLocation", d.dataLocationNotes());
        add(details, "frenchUi", d.frenchUi());
        add(details, "website", d.website());
        add(details, "difficulty", d.difficulty());
        JsonArrayBuilder replaces = JsonBuilders.array();
        List<String> names = !alternativeToNames.isEmpty() || d.alternativeTo() == null ? alternativeToNames
                : java.util.Arrays.stream(d.alternativeTo().split(";")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
        names.forEach(replaces::add);
        details.add("alternativeTo", replaces);
        return details;
    }

    private static JsonObjectBuilder summary(EntrySummary e) {
        JsonObjectBuilder json = JsonBuilders.object().add("slug", e.slug()).add("title", e.title())
                .add("kind", e.kind().name().toLowerCase(Locale.ROOT)).add("category", e.category());
        add(json, "summary", e.summary());
        return json;
    }

    private static void add(JsonObjectBuilder json, String name, Object value) {
        if (value == null) {
            json.addNull(name);
        } else if (value instanceof Instant instant) {
            json.add(name, instant.toString());
        } else {
            json.add(name, value.toString());
        }
    }

    /** A string member, null when absent or null; a non-string is a problem. */
    private static String string(JsonObject input, String name, List<String> problems) {
        JsonValue value = input.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        problems.add("contrib.api.field.notText");
        return null;
    }

    static EntryKind kindOf(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "tool" -> EntryKind.TOOL;
            case "guide" -> EntryKind.GUIDE;
            default -> null;
        };
    }

    private static int number(String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Response invalid(List<String> keys) {
        return Problems.of(Response.Status.BAD_REQUEST, "invalid-input", keys, language());
    }

    private Locale language() {
        return Problems.language(headers.getAcceptableLanguages());
    }
}
