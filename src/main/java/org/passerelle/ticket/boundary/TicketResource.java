package org.passerelle.ticket.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.passerelle.ticket.control.DeskReply;
import org.passerelle.ticket.control.DeskViews;
import org.passerelle.ticket.control.HelpRequests;
import org.passerelle.ticket.control.NewRequest;
import org.passerelle.ticket.control.QueueFilter;
import org.passerelle.ticket.control.RequestProblem;
import org.passerelle.ticket.control.RequestViews;
import org.passerelle.ticket.control.SupportDesk;
import org.passerelle.ticket.control.Triage;
import org.passerelle.ticket.entity.Category;
import org.passerelle.ticket.entity.PreferredContact;
import org.passerelle.ticket.entity.RequestView;
import org.passerelle.ticket.entity.Status;
import org.passerelle.ticket.entity.Urgency;

/**
 * Help requests over HTTP, with the same accounts and the same rules as the web pages: members
 * see their own requests (public messages only), the support side the requests it handles.
 * Categories, urgencies and statuses are their codes ("visioconference", "haute", "en-attente").
 * Changes name the version they start from ({@code If-Match} or {@code version}), so that two
 * callers never silently overwrite each other.
 */
@Path("v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Demandes", description = "Help requests")
public class TicketResource {
    static final int PAGE_SIZE_MAX = 200;

    @Inject
    HelpRequests requests;
    @Inject
    SupportDesk desk;
    @Context
    SecurityContext security;
    @Context
    UriInfo uri;

    public record NewTicket(String category, String subject, String description, String urgency, String contact,
                            String phone, Boolean reuseConsent, String requester) {
    }

    public record NewMessage(String body, Boolean internal, String status, Long version) {
    }

    public record TicketChange(String status, String assignee, String urgency, String category, String tags,
                               Long version) {
    }

    public record Summary(String number, String subject, String status, String urgency, String category,
                          String organization, String assignee, Instant createdAt, Instant updatedAt, Instant dueAt,
                          boolean overdue) {
    }

    public record Page(long total, int page, int size, List<Summary> items) {
    }

    public record Message(String author, boolean fromSupport, boolean internal, String body, Instant at) {
    }

    public record Ticket(String number, String subject, String body, String status, String urgency, String category,
                         String requester, String organization, String assignee, Instant createdAt,
                         Instant updatedAt, Instant firstResponseDueAt, Instant resolutionDueAt, boolean overdue,
                         List<String> tags, List<Message> messages, long version) {
    }

    @POST
    @Operation(summary = "Open a request (as yourself, or as an agent for a member who called)")
    public Response open(NewTicket body) {
        if (body == null) {
            throw new RequestProblem("api.body.missing");
        }
        NewRequest request = new NewRequest(
                body.category() == null ? null : code(body.category(), Category::fromCode, "api.category.unknown"),
                body.subject(), body.description(),
                body.urgency() == null ? Urgency.NORMAL : code(body.urgency(), Urgency::fromCode, "api.urgency.unknown"),
                body.contact() == null ? PreferredContact.EMAIL
                        : code(body.contact(), c -> PreferredContact.valueOf(c.toUpperCase(java.util.Locale.ROOT)),
                        "api.contact.unknown"),
                body.phone(), Boolean.TRUE.equals(body.reuseConsent()));
        boolean forMyself = body.requester() == null || body.requester().equals(login());
        Ticket created;
        if (forMyself && !isSupport()) {
            // a member only ever gets the member's view of their request: no need to read it back
            created = ofMember(requests.openAndShow(login(), request));
        } else {
            String number = forMyself ? requests.open(login(), request)
                    : desk.openOnBehalf(login(), body.requester(), request);
            created = find(number);
        }
        return Response.created(uri.getBaseUriBuilder().path("v1/tickets").path(created.number()).build())
                .entity(created).build();
    }

    @GET
    @Operation(summary = "List the requests you may see: filters, sorting, paging")
    public Page list(@QueryParam("status") List<String> statuses, @QueryParam("category") String category,
                     @QueryParam("urgency") String urgency, @QueryParam("assignee") String assignee,
                     @QueryParam("region") String region, @QueryParam("overdue") boolean overdue,
                     @QueryParam("sort") @DefaultValue("UPDATED") String sort,
                     @QueryParam("ascending") boolean ascending,
                     @QueryParam("page") @DefaultValue("0") int page,
                     @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > PAGE_SIZE_MAX) {
            throw new RequestProblem("api.paging.invalid", PAGE_SIZE_MAX);
        }
        Set<Status> wanted = statuses.stream().map(s -> code(s, Status::fromCode, "api.status.unknown"))
                .collect(java.util.stream.Collectors.toSet());
        if (!isSupport()) {
            List<RequestViews.Row> mine = requests.mine(login()).stream()
                    .filter(r -> wanted.isEmpty() || wanted.contains(r.status())).toList();
            List<Summary> items = mine.stream().skip((long) page * size).limit(size)
                    .map(r -> new Summary(r.number(), r.subject(), r.status().code(), null, null, null, null, null,
                            r.lastActivity(), null, false))
                    .toList();
            return new Page(mine.size(), page, size, items);
        }
        QueueFilter filter = new QueueFilter(wanted,
                category == null ? null : code(category, Category::fromCode, "api.category.unknown"),
                region, null, null, assignee,
                urgency == null ? null : code(urgency, Urgency::fromCode, "api.urgency.unknown"), overdue);
        QueueFilter.Sort order = code(sort, s -> QueueFilter.Sort.valueOf(s.toUpperCase(java.util.Locale.ROOT)),
                "api.sort.unknown");
        DeskViews.QueuePage result = desk.queue(login(), filter, order, ascending, page * size, size);
        List<Summary> items = result.rows().stream()
                .map(r -> new Summary(r.number(), r.subject(), r.status().code(), r.urgency().code(),
                        r.category().code(), r.organizationName(), r.assigneeName(), r.createdAt(), r.updatedAt(),
                        r.dueAt(), r.overdue()))
                .toList();
        return new Page(result.total(), page, size, items);
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One request: the support side sees internal notes, a member public messages only")
    public Response get(@PathParam("number") String number) {
        // the support side's read is written to the access log; a member reading theirs is not
        Ticket ticket = desk.view(login(), number, RequestView.Channel.API).map(TicketResource::ofDesk)
                .orElseGet(() -> find(number));
        return Response.ok(ticket).tag(String.valueOf(ticket.version())).build();
    }

    @POST
    @Path("{number}/messages")
    @Operation(summary = "Add a public reply or, for the support side, an internal note")
    public Response post(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                         NewMessage body) {
        if (body == null) {
            throw new RequestProblem("api.body.missing");
        }
        Ticket current = find(number);
        long version = version(ifMatch, body.version(), current.version());
        Status then = body.status() == null ? null : code(body.status(), Status::fromCode, "api.status.unknown");
        boolean internal = Boolean.TRUE.equals(body.internal());
        if (desk.detail(login(), current.number()).isPresent()) {
            desk.reply(login(), current.number(), new DeskReply(body.body(), internal, then, Set.of()), version);
        } else if (internal || then != null) {
            throw new RequestProblem("desk.note.staffOnly");
        } else {
            requests.reply(login(), current.number(), body.body(), version);
        }
        return Response.status(Response.Status.CREATED).entity(find(number)).build();
    }

    @PATCH
    @Path("{number}")
    @Operation(summary = "Change status, assignee, urgency, category or tags; needs the version you read")
    public Response change(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           TicketChange body) {
        if (body == null) {
            throw new RequestProblem("api.body.missing");
        }
        Ticket current = find(number);
        if (ifMatch == null && body.version() == null) {
            throw new RequestProblem("api.version.required");
        }
        long version = version(ifMatch, body.version(), current.version());
        Status status = body.status() == null ? null : code(body.status(), Status::fromCode, "api.status.unknown");
        if (desk.detail(login(), current.number()).isEmpty()) {
            if (status != Status.RESOLVED || body.assignee() != null || body.urgency() != null
                    || body.category() != null || body.tags() != null) {
                throw new RequestProblem("api.change.membersResolveOnly");
            }
            requests.markResolved(login(), current.number(), version);
        } else {
            String assignee = body.assignee() == null ? current.assignee() : body.assignee();
            desk.triage(login(), current.number(), new Triage(assignee, status,
                    body.urgency() == null ? null : code(body.urgency(), Urgency::fromCode, "api.urgency.unknown"),
                    body.category() == null ? null : code(body.category(), Category::fromCode, "api.category.unknown"),
                    body.tags() == null ? String.join(",", current.tags()) : body.tags()), version);
        }
        Ticket changed = find(number);
        return Response.ok(changed).tag(String.valueOf(changed.version())).build();
    }

    private Ticket find(String number) {
        return desk.detail(login(), number).map(TicketResource::ofDesk)
                .or(() -> requests.detail(login(), number).map(TicketResource::ofMember))
                .orElseThrow(() -> new RequestProblem("request.notFound"));
    }

    private static Ticket ofDesk(DeskViews.Detail d) {
        List<Message> messages = d.messages().stream()
                .map(m -> new Message(m.authorName(), m.fromSupport(), m.internal(), m.body(), m.at())).toList();
        return new Ticket(d.number(), d.subject(), d.body(), d.status().code(), d.urgency().code(),
                d.category().code(), d.requesterName(), d.organizationName(), d.assigneeLogin(), d.createdAt(),
                d.updatedAt(), d.firstResponseDueAt(), d.resolutionDueAt(), d.overdue(), d.tags(), messages,
                d.version());
    }

    private static Ticket ofMember(RequestViews.Detail d) {
        List<Message> messages = new ArrayList<>();
        d.messages().forEach(m -> messages.add(new Message(m.authorName(), m.fromSupport(), false, m.body(), m.at())));
        return new Ticket(d.number(), d.subject(), d.body(), d.status().code(), d.urgency().code(),
                d.category().code(), d.requesterName(), d.organizationName(), null, d.createdAt(), d.lastActivity(),
                null, null, false, List.of(), messages, d.version());
    }

    private static long version(String ifMatch, Long bodyVersion, long current) {
        if (ifMatch != null) {
            try {
                return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
            } catch (NumberFormatException e) {
                throw new RequestProblem("api.version.invalid");
            }
        }
        return bodyVersion != null ? bodyVersion : current;
    }

    private static <T> T code(String value, Function<String, T> parse, String problemKey) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new RequestProblem(problemKey, value);
        }
    }

    private boolean isSupport() {
        return security.isUserInRole("agent") || security.isUserInRole("pool-lead")
                || security.isUserInRole("peer-helper");
    }

    private String login() {
        return security.getUserPrincipal().getName();
    }
}
