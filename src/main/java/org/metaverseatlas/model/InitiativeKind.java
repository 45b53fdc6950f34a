package org.metaverseatlas.model;

/** What sort of initiative a record is. */
public enum InitiativeKind {
    COMMITTEE, ALLIANCE, RESEARCH_CENTRE, MEETING, CONFERENCE, FESTIVAL, LAUNCH, PLAN
}
