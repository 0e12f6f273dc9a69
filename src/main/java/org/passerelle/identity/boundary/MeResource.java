package org.passerelle.identity.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.passerelle.identity.control.CurrentMember;
import org.passerelle.identity.entity.Member;
import org.passerelle.identity.entity.Role;

/** Who am I: the caller's account as the API sees it (HTTP Basic with the usual login). */
@Path("v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentMember currentMember;

    public record Me(String login, String name, String email, String organization, List<String> roles) {
        static Me of(Member member) {
            return new Me(member.getLogin(), member.getDisplayName(), member.getEmail(),
                    member.getOrganization() == null ? null : member.getOrganization().getName(),
                    member.getRoles().stream().map(Role::roleName).sorted().toList());
        }
    }

    @GET
    @Operation(summary = "The authenticated caller's login, name, email, organization and roles")
    public Response me() {
        return currentMember.get()
                .map(m -> Response.ok(Me.of(m)).build())
                .orElseGet(() -> Response.status(Response.Status.UNAUTHORIZED).build());
    }
}
