package org.passerelle.search.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.platform.rest.JsonBuilders;
import org.passerelle.platform.rest.Problems;
import org.passerelle.search.control.IndexRebuild;
import org.passerelle.search.control.SearchIndex;

/**
 * Rebuilding the search index over HTTP, for administrators and deploy/reindex.sh:
 * {@code POST /api/v1/search/index} starts a rebuild (202, or 409 while one runs),
 * {@code GET /api/v1/search/index} tells how far it got, with the counts of toolbox entries and
 * requests in the database and in the index. Only the admin role (web.xml).
 */
@Path("v1/search/index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

    @Inject
    IndexRebuild rebuild;
    @Inject
    SearchIndex searchIndex;

    @GET
    @Operation(summary = "Progress of the last search index rebuild (admin)")
    public Response progress() {
        return Response.ok(json(rebuild.progress(), searchIndex.counts())).type(Problems.JSON_UTF8).build();
    }

    @POST
    @Operation(summary = "Rebuild the search index from the database, in the background (admin)")
    public Response start() {
        Response.Status status = rebuild.start() ? Response.Status.ACCEPTED : Response.Status.CONFLICT;
        return Response.status(status).entity(json(rebuild.progress(), searchIndex.counts())).type(Problems.JSON_UTF8).build();
    }

    static String json(IndexRebuild.Progress progress, SearchIndex.Counts counts) {
        JsonObjectBuilder body = JsonBuilders.object()
                .add("state", progress.state().name().toLowerCase(java.util.Locale.ROOT))
                .add("done", progress.done())
                .add("total", progress.total())
                .add("percent", progress.percent())
                .add("seconds", progress.seconds());
        body.add("database", JsonBuilders.object()
                .add("entries", counts.storedEntries()).add("tickets", counts.storedTickets()));
        body.add("index", JsonBuilders.object()
                .add("entries", counts.indexedEntries()).add("tickets", counts.indexedTickets()));
        if (progress.error() != null) {
            body.add("error", progress.error());
        }
        return body.build().toString();
    }
}
