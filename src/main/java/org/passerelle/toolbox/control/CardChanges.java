package org.passerelle.toolbox.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.passerelle.toolbox.entity.ToolCardDetails;

/** The tool card fields that differ between two states of a card, for the comparison pages. */
public final class CardChanges {

    /**
     * One changed field: its label's bundle key, and the values before and after. When
     * {@code valuePrefix} is set the values are vocabulary codes whose label is
     * {@code valuePrefix + code} in the bundles.
     */
    public record Change(String labelKey, String valuePrefix, String before, String after) {
    }

    private record Field(String labelKey, String valuePrefix, Function<ToolCardDetails, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("toolbox.field.license", "toolbox.license.", ToolCardDetails::licenseKind),
            new Field("toolbox.field.cost", null, ToolCardDetails::costForNonprofits),
            new Field("toolbox.field.hosting", "toolbox.hosting.",
                    d -> d.hostingOptions() == null ? null : d.hostingOptions().replace(' ', '-')),
            new Field("toolbox.field.data", null, ToolCardDetails::dataLocationNotes),
            new Field("toolbox.field.frenchUi", "toolbox.frenchUi.", ToolCardDetails::frenchUi),
            new Field("toolbox.field.difficulty", "toolbox.difficulty.", ToolCardDetails::difficulty),
            new Field("toolbox.field.alternativeTo", null, ToolCardDetails::alternativeTo),
            new Field("toolbox.field.website", null, ToolCardDetails::website));

    private CardChanges() {
    }

    /** Changed fields, in the card's order; none when either side is not a card. */
    public static List<Change> between(ToolCardDetails before, ToolCardDetails after) {
        if (before == null || after == null) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>();
        for (Field field : FIELDS) {
            String left = field.value().apply(before);
            String right = field.value().apply(after);
            if (!Objects.equals(left, right)) {
                changes.add(new Change(field.labelKey(), field.valuePrefix(), left, right));
            }
        }
        return changes;
    }
}
