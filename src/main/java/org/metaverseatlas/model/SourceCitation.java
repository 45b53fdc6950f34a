package org.metaverseatlas.model;

/** A source with the number of initiatives of the catalog that cite it. */
public record SourceCitation(Source source, int initiatives) {
}
