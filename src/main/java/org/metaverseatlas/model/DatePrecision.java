package org.metaverseatlas.model;

/** How exactly a source dates an initiative. */
public enum DatePrecision {
    /** A single known day. */
    DAY,
    /** Only the month is known; the date spans the whole month. */
    MONTH,
    /** A known first and last day. */
    RANGE,
    /** Undated in the source: known only to have happened by the source's publication date. */
    REPORTED_BY
}
