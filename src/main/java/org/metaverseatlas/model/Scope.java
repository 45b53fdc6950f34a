package org.metaverseatlas.model;

/** How far an initiative's place is known: a city, only a province, the whole country, or not at all. */
public enum Scope {
    CITY, PROVINCE, NATIONAL, UNKNOWN
}
