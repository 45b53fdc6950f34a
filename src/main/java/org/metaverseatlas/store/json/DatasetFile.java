package org.metaverseatlas.store.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The dataset file format ({@code "format": "metaverse-atlas-dataset"}), as Jackson reads and writes it.
 * The README documents every field. Dates are ISO text: {@code YYYY-MM-DD}, or {@code YYYY-MM} for a
 * month-precision start.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = false)
public record DatasetFile(String format, String datasetVersion, String description, Boolean synthetic,
                          List<SourceJson> sources, List<OrganizationJson> organizations, List<PersonJson> people,
                          List<InitiativeJson> initiatives) {
    public static final String FORMAT = "metaverse-atlas-dataset";

    public DatasetFile {
        sources = sources == null ? List.of() : sources;
        organizations = organizations == null ? List.of() : organizations;
        people = people == null ? List.of() : people;
        initiatives = initiatives == null ? List.of() : initiatives;
    }

    public record SourceJson(String id, String title, String publisher, String published, String url,
                             String language) {
    }

    public record ClaimJson(String text, String source) {
    }

    public record OrganizationJson(String id, String name, String nameZh, String type, String city, String province,
                                   String description, List<ClaimJson> claims, List<String> sources) {
        public OrganizationJson {
            claims = claims == null ? List.of() : claims;
            sources = sources == null ? List.of() : sources;
        }
    }

    public record PersonRoleJson(String role, String organization, String source) {
    }

    public record PersonJson(String id, String name, String nameZh, String title, List<PersonRoleJson> roles) {
        public PersonJson {
            roles = roles == null ? List.of() : roles;
        }
    }

    public record PlaceJson(String district, String city, String province, String scope, String venue) {
    }

    public record ParticipantJson(String organization, String role) {
    }

    public record InitiativePersonJson(String person, String role) {
    }

    public record InitiativeJson(String id, String title, String titleZh, String kind, String start, String end,
                                 String precision, PlaceJson place, List<ParticipantJson> participants,
                                 List<InitiativePersonJson> people, String summary, List<String> sources,
                                 Boolean synthetic, Boolean announced) {
        public InitiativeJson {
            participants = participants == null ? List.of() : participants;
            people = people == null ? List.of() : people;
            sources = sources == null ? List.of() : sources;
        }
    }
}
