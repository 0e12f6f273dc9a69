package org.passerelle.toolbox.control;

import java.util.List;
import java.util.Set;

/** The controlled values of toolbox fields, as in the shared datasets; labels live in the bundles. */
public final class ToolboxVocabulary {
    public static final List<String> CATEGORIES = List.of("visioconference", "collaboration", "bureautique",
            "stockage-archivage", "courriel-agenda", "sondage-decision", "animation-en-ligne",
            "communication-medias-sociaux", "site-web", "securite-confidentialite", "gestion-membres-dons",
            "graphisme-video-audio", "accessibilite-fracture-numerique", "telephonie");
    public static final Set<String> LICENSE_KINDS = Set.of("libre", "gratuit", "freemium", "payant-rabais-osbl");
    public static final Set<String> HOSTING_OPTIONS = Set.of("infonuagique", "auto-hébergé", "les deux",
            "logiciel local");
    public static final Set<String> FRENCH_UI = Set.of("oui", "non", "partiel");
    public static final Set<String> DIFFICULTIES = Set.of("debutant", "intermediaire", "avance");
    static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    private ToolboxVocabulary() {
    }
}
