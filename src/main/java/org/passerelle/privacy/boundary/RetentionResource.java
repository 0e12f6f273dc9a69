package org.passerelle.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.platform.rest.JsonBuilders;
import org.passerelle.identity.control.AccountProblem;
import org.passerelle.platform.rest.Problems;
import org.passerelle.privacy.control.Retention;

/**
 * The retention of closed requests over HTTP, administrators only (web.xml, and the service checks
 * again): {@code GET /api/v1/privacy/retention?dryRun=true} says what the next run would change,
 * {@code POST /api/v1/privacy/retention} runs it now. A GET never changes anything, so
 * {@code dryRun=false} is refused there.
 */
@Path("v1/privacy/retention")
public class RetentionResource {
    @Inject
    Retention retention;
    @Inject
    SecurityContext security;
    @Context
    HttpHeaders headers;

    @GET
    @Produces(Problems.JSON_UTF8)
    @Operation(summary = "What the next retention run would anonymise, without changing anything (admin)")
    public Response preview(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun) {
        if (!dryRun) {
            return Problems.of(Response.Status.BAD_REQUEST, "invalid-input", List.of("retention.api.dryRunOnly"),
                    Problems.language(headers.getAcceptableLanguages()));
        }
        return asAdmin(() -> Response.ok(json(retention.preview(login())).build().toString()).build());
    }

    @POST
    @Produces(Problems.JSON_UTF8)
    @Operation(summary = "Anonymise now the requests closed for longer than the retention period (admin)")
    public Response run() {
        return asAdmin(() -> {
            Retention.Outcome outcome = retention.runNow(login());
            JsonArrayBuilder numbers = JsonBuilders.array();
            outcome.anonymised().forEach(numbers::add);
            return Response.ok(JsonBuilders.object().add("cutOff", outcome.cutOff().toString())
                    .add("anonymised", outcome.count()).add("numbers", numbers).build().toString()).build();
        });
    }

    static JsonObjectBuilder json(Retention.Preview preview) {
        JsonArrayBuilder requests = JsonBuilders.array();
        preview.candidates().forEach(c -> requests.add(JsonBuilders.object().add("number", c.number())
                .add("closedAt", c.closedAt().toString()).add("reuseConsent", c.reuseConsent())));
        return JsonBuilders.object()
                .add("dryRun", true)
                .add("retentionMonths", preview.retentionMonths())
                .add("retentionFixedByOperator", preview.retentionFixed())
                .add("cutOff", preview.cutOff().toString())
                .add("requests", preview.requests())
                .add("withConsent", preview.withConsent())
                .add("withoutConsent", preview.withoutConsent())
                .add("attachments", preview.attachments())
                .add("attachmentBytes", preview.attachmentBytes())
                .add("listed", Retention.LISTED)
                .add("items", requests);
    }

    private Response asAdmin(Supplier<Response> action) {
        if (security.getCallerPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        try {
            return action.get();
        } catch (AccountProblem e) {
            return Problems.of(Response.Status.FORBIDDEN, "forbidden", e.keys(),
                    Problems.language(headers.getAcceptableLanguages()));
        }
    }

    private String login() {
        return security.getCallerPrincipal().getName();
    }
}
