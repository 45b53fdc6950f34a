package org.metaverseatlas.model;

/** The part an organization played in an initiative. */
public enum ParticipantRole {
    /** The body the initiative founded, opened or planned. */
    SUBJECT,
    /** The body under which the subject was set up. */
    PARENT_BODY,
    ORGANIZER, HOST, SPONSOR, GUIDE, INITIATOR, FOUNDER, CREATOR, MEMBER, PARTNER,
    /** Named by the source as part of the initiative, without saying what part it plays. */
    NAMED
}
