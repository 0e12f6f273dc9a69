package org.passerelle.identity.entity;

/** What kind of member organization this is; labels live in the bundles (organization.kind.*). */
public enum OrganizationKind {
    CDC, TQ, TABLE_JEUNESSE, OC_CISSS, OTHER;

    /** Reads the labels used in shared data files ("CDC", "TQ", "Table jeunesse", "OC-CISSS"...). */
    public static OrganizationKind fromLabel(String label) {
        String normalized = label.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (normalized) {
            case "CDC" -> CDC;
            case "TQ", "TABLE_DE_QUARTIER" -> TQ;
            case "TABLE_JEUNESSE", "TJ" -> TABLE_JEUNESSE;
            case "OC", "OC_CISSS", "OC_CIUSSS" -> OC_CISSS;
            case "OTHER", "AUTRE", "ORGANISME_COMMUNAUTAIRE" -> OTHER;
            default -> throw new IllegalArgumentException("unknown organization kind: " + label);
        };
    }
}
