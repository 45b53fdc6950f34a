package org.metaverseatlas.model;

/** An organization's part in an initiative. {@code organizationType} is null where the sources do not say. */
public record Participation(String organizationId, String organizationName, OrganizationType organizationType,
                            ParticipantRole role) {
}
