package org.passerelle.toolbox.entity;

/** A toolbox entry is either a tool card (fiche outil) or a practical guide (fiche pratique). */
public enum EntryKind {
    TOOL, GUIDE
}
