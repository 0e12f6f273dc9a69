package org.passerelle.admin.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.passerelle.identity.entity.OrganizationKind;

/** What an administrator types for an organization; {@code networkId} may be null (no network). */
public record OrganizationForm(
        @NotBlank(message = "{admin.organization.name.required}") @Size(max = 200, message = "{admin.organization.name.required}") String name,
        @NotNull(message = "{admin.organization.kind.required}") OrganizationKind kind,
        @NotBlank(message = "{admin.organization.region.required}") String regionCode,
        Long networkId,
        boolean colleaguesSeeRequests) {
}
