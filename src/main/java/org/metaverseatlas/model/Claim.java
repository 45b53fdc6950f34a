package org.metaverseatlas.model;

/** A "first of its kind" statement about an organization, with the source that makes it. */
public record Claim(String text, Source source) {
}
