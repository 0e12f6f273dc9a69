package org.passerelle.identity.control;

/**
 * Fired (CDI event) inside the transaction of an administrative change to the directory:
 * organizations, networks, regions, support pools, members' roles or status. Views that keep a
 * copy of those lists observe it after the commit and drop the copy.
 */
public record DirectoryChanged(String subjectType) {
}
