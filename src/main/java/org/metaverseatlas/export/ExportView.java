package org.metaverseatlas.export;

/** What a PDF shows. */
public enum ExportView {
    /** The timeline at its current zoom and filter. */
    TIMELINE,
    /** The map at its current view and filter. */
    MAP,
    /** A title page with the filters and counts, the map of China whole, the timeline over all the filtered
     * initiatives' time, a table of every filtered initiative, and every organization involved. */
    REPORT,
    /** One organization's page. */
    ORGANIZATION,
    /** One initiative's page. */
    INITIATIVE,
    /** The network of organizations of the filtered initiatives (or one organization's neighbours). */
    NETWORK,
    /** Counts of the filtered initiatives by year, kind, type, province and city, and the first movers. */
    STATISTICS
}
