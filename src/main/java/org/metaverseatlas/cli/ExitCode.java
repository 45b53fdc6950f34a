package org.metaverseatlas.cli;

/** Exit statuses of the command line; the README lists them. */
public final class ExitCode {
    public static final int OK = 0;
    /** The store or a file could not be read or written. */
    public static final int FAILURE = 1;
    /** Invalid arguments: an unknown option, city, province, kind or a malformed date. */
    public static final int USAGE = 2;
    /** An import file is invalid; nothing was imported. */
    public static final int INVALID_DATA = 3;
    /** The data folder is in use by another instance; nothing was changed. */
    public static final int LOCKED = 4;
    /** The user cancelled a long task. */
    public static final int CANCELLED = 5;

    private ExitCode() {
    }
}
