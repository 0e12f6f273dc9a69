package org.passerelle.toolbox.control;

import java.time.Instant;
import java.util.List;
import org.passerelle.toolbox.entity.ToolCardDetails;

/** Everything an entry page shows, detached from the persistence context. */
public record EntryPage(ToolboxCatalog.EntrySummary entry, String body, ToolCardDetails details,
                        List<String> alternativeToNames, List<ToolboxCatalog.EntrySummary> alternatives,
                        List<String> tags, List<ToolboxCatalog.EntrySummary> tools,
                        List<ToolboxCatalog.EntrySummary> usedInGuides, String audience, Instant lastReviewedAt,
                        int revision, Instant updatedAt) {
}
