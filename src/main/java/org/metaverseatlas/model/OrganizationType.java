package org.metaverseatlas.model;

/** What sort of body an organization is. */
public enum OrganizationType {
    GOVERNMENT, ENTERPRISE, UNIVERSITY, ASSOCIATION, COMMITTEE, ALLIANCE, RESEARCH_CENTRE, FUND, DEVELOPMENT_ZONE
}
