package org.metaverseatlas.model;

/** Whether a record came with the application or was imported by the user. */
public enum Origin {
    BUNDLED, IMPORTED
}
