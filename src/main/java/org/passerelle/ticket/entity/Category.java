package org.passerelle.ticket.entity;

import java.util.Locale;

/**
 * What a request is about: the needs found by the sector's field research (domain.md), the
 * toolbox categories, plus télétravail, formation and autre. Labels live in the bundles
 * (category.&lt;code&gt;).
 */
public enum Category {
    ACCES_MINIMUM("acces-minimum"),
    VISIOCONFERENCE("visioconference"),
    COLLABORATION("collaboration"),
    BUREAUTIQUE("bureautique"),
    STOCKAGE_ARCHIVAGE("stockage-archivage"),
    COURRIEL_AGENDA("courriel-agenda"),
    SONDAGE_DECISION("sondage-decision"),
    ANIMATION_EN_LIGNE("animation-en-ligne"),
    COMMUNICATION_MEDIAS_SOCIAUX("communication-medias-sociaux"),
    SITE_WEB("site-web"),
    SECURITE_CONFIDENTIALITE("securite-confidentialite"),
    GESTION_MEMBRES_DONS("gestion-membres-dons"),
    GRAPHISME_VIDEO_AUDIO("graphisme-video-audio"),
    ACCESSIBILITE_FRACTURE_NUMERIQUE("accessibilite-fracture-numerique"),
    TELEPHONIE("telephonie"),
    TELETRAVAIL("teletravail"),
    FORMATION("formation"),
    AUTRE("autre");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    /** The stable code used in data files, URLs and bundle keys. */
    public String code() {
        return code;
    }

    public static Category fromCode(String code) {
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Category category : values()) {
            if (category.code.equals(wanted)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category: " + code);
    }
}
