package org.passerelle.toolbox.entity;

import java.util.Set;

/**
 * Where a contribution stands. The author writes while it is {@link #DRAFT} or
 * {@link #CHANGES_REQUESTED}; a moderator decides on it while it is {@link #SUBMITTED};
 * {@link #APPROVED} and {@link #REJECTED} are final.
 */
public enum ContributionStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED;

    public static final Set<ContributionStatus> EDITABLE = Set.of(DRAFT, CHANGES_REQUESTED);

    public boolean isEditableByAuthor() {
        return EDITABLE.contains(this);
    }

    public boolean isFinal() {
        return this == APPROVED || this == REJECTED;
    }
}
