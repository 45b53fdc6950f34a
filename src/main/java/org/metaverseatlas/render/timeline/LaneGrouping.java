package org.metaverseatlas.render.timeline;

/** What the timeline's lanes stand for. */
public enum LaneGrouping {
    CITY, PROVINCE, KIND, ORGANIZATION_TYPE
}
