package org.metaverseatlas.model;

/**
 * An organization's part in an initiative. {@code organizationType} is null where the sources do not say,
 * {@code organizationNameZh} where no source gives a Chinese name.
 */
public record Participation(String organizationId, String organizationName, String organizationNameZh,
                            OrganizationType organizationType,
                            ParticipantRole role) {
}
