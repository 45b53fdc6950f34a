package org.metaverseatlas.app;

/** The application's version, from the jar's manifest (or "development" when run from classes). */
public final class Version {
    private Version() {
    }

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
