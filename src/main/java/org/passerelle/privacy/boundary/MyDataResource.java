package org.passerelle.privacy.boundary;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.platform.rest.Problems;
import org.passerelle.privacy.control.DataExport;

/** GET /api/v1/me/export: the caller's own data, the same JSON as "Mes données". */
@Path("v1/me/export")
public class MyDataResource {
    @Inject
    DataExport export;
    @Inject
    SecurityContext security;

    @GET
    @Produces(Problems.JSON_UTF8)
    @Operation(summary = "Everything Passerelle holds about the caller (Loi 25 portability), as JSON")
    public Response export() {
        if (security.getCallerPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        return Response.ok(export.of(security.getCallerPrincipal().getName()).toString())
                .header("Content-Disposition", "attachment; filename=\"mes-donnees-passerelle.json\"")
                .header("Cache-Control", "no-store").build();
    }
}
