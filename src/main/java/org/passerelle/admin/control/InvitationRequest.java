package org.passerelle.admin.control;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.identity.entity.Role;

/** One person to invite: their name, email, organization (by id) and role. */
public record InvitationRequest(
        @NotBlank(message = "{admin.invite.name.required}") @Size(max = 200, message = "{admin.invite.name.required}") String name,
        @NotBlank(message = "{admin.invite.email.invalid}") @Email(message = "{admin.invite.email.invalid}") @Size(max = 254, message = "{admin.invite.email.invalid}") String email,
        Long organizationId,
        @NotNull(message = "{admin.invite.role.invalid}") Role role,
        String language) {
}
