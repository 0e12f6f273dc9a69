package org.passerelle.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolboxFacetsTest {
    private static final String AND = org.passerelle.toolbox.entity.ToolboxEntry.FACETS_SEPARATOR;

    @Test
    void theCombinationsAreAddedUpPerFacetMostFrequentFirst() {
        Map<String, Long> counted = new LinkedHashMap<>();
        counted.put("category=visio" + AND + "kind=TOOL" + AND + "licenseKind=libre=gratuit", 2L);
        counted.put("category=visio" + AND + "kind=GUIDE", 3L);
        counted.put("category=courriel" + AND + "kind=TOOL" + AND + "difficulty=facile", 4L);
        counted.put("unknown=x" + AND + "no separator", 1L);
        Map<String, Map<String, Long>> facets = ToolboxSearch.facets(counted);
        assertEquals(ToolboxSearch.FACETS, List.copyOf(facets.keySet()));
        assertEquals(Map.of("visio", 5L, "courriel", 4L), facets.get(ToolboxSearch.FACET_CATEGORY));
        assertEquals(List.of("visio", "courriel"), List.copyOf(facets.get(ToolboxSearch.FACET_CATEGORY).keySet()));
        assertEquals(List.of("TOOL", "GUIDE"), List.copyOf(facets.get(ToolboxSearch.FACET_KIND).keySet()));
        assertEquals(Map.of("TOOL", 6L, "GUIDE", 3L), facets.get(ToolboxSearch.FACET_KIND));
        assertEquals(Map.of("libre=gratuit", 2L), facets.get(ToolboxSearch.FACET_LICENSE), "split at the first '='");
        assertEquals(Map.of("facile", 4L), facets.get(ToolboxSearch.FACET_DIFFICULTY));
        assertEquals(Map.of(), facets.get(ToolboxSearch.FACET_FRENCH_UI));
    }
}
