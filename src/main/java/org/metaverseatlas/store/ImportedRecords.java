package org.metaverseatlas.store;

/** How many records of each kind came from imports (rather than with the application). */
public record ImportedRecords(long initiatives, long organizations, long people, long sources) {
    public static final ImportedRecords NONE = new ImportedRecords(0, 0, 0, 0);

    public boolean isEmpty() {
        return initiatives == 0 && organizations == 0 && people == 0 && sources == 0;
    }
}
