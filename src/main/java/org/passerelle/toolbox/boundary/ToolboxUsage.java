package org.passerelle.toolbox.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.passerelle.toolbox.control.OrganizationUses;

/** "Utilisé par N organismes" in lists: every count read once per request, whatever the list's length. */
@Named
@RequestScoped
public class ToolboxUsage {
    @Inject
    OrganizationUses organizationUses;

    private Map<String, Long> counts;

    public long count(String slug) {
        if (counts == null) {
            counts = organizationUses.countsBySlug();
        }
        return counts.getOrDefault(slug, 0L);
    }
}
