package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolboxFacetsTest {

    @Test
    void theOneAggregationIsSplitIntoTheFiveFacetsInItsOrder() {
        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put("kind=TOOL", 7L);
        counted.put("category=visio", 5L);
        counted.put("kind=GUIDE", 3L);
        counted.put("licenseKind=libre=gratuit", 2L);
        counted.put("unknown=x", 1L);
        counted.put("no separator", 1L);
        Map<String, Map<String, Long>> facets = ToolboxSearch.facets(counted);
        assertEquals(ToolboxSearch.FACETS, List.copyOf(facets.keySet()));
        assertEquals(Map.of("visio", 5L), facets.get(ToolboxSearch.FACET_CATEGORY));
        assertEquals(List.of("TOOL", "GUIDE"), List.copyOf(facets.get(ToolboxSearch.FACET_KIND).keySet()));
        assertEquals(Map.of("libre=gratuit", 2L), facets.get(ToolboxSearch.FACET_LICENSE), "split at the first '='");
        assertEquals(Map.of(), facets.get(ToolboxSearch.FACET_DIFFICULTY));
    }
}
