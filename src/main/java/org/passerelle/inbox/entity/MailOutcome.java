package org.passerelle.inbox.entity;

/** What the intake did with a mail. */
public enum MailOutcome {
    /** A new request was opened for a known member. */
    REQUEST_OPENED,
    /** The mail was added to the request it answers. */
    REPLY_ADDED,
    /** Nobody could take it: it waits in the "à vérifier" list. */
    HELD,
    /** An auto-reply, a bounce or list mail: kept for audit, nothing else. */
    AUTOMATIC
}
