package org.metaverseatlas.store;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.ParticipantRole;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.model.Scope;
import org.metaverseatlas.model.Source;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the store into a {@link Catalog}: everything, or only the initiatives a filter selects (by SQL). */
final class CatalogReader {
    private final Connection connection;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Province> provinces = new HashMap<>();
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, PersonRole> persons = new HashMap<>();

    CatalogReader(Connection connection) {
        this.connection = connection;
    }

    Map<String, Source> sources() throws SQLException {
        if (sources.isEmpty()) {
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT id, title, publisher, published, url, language FROM source")) {
                while (r.next()) {
                    Date published = r.getDate(4);
                    sources.put(r.getString(1), new Source(r.getString(1), r.getString(2), r.getString(3),
                            published == null ? null : published.toLocalDate(), r.getString(5), r.getString(6)));
                }
            }
        }
        return sources;
    }

    Catalog read(FilterCriteria filter) throws SQLException {
        sources();
        readPlaces();
        readOrganizations();
        List<PersonRole> roles = readPeople();
        return new Catalog(readInitiatives(filter), new ArrayList<>(organizations.values()), roles);
    }

    private void readPlaces() throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT code, name_en, name_zh FROM province")) {
                while (r.next()) {
                    provinces.put(r.getString(1), new Province(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, name_en, name_zh, province_code, latitude, longitude FROM city")) {
                while (r.next()) {
                    cities.put(r.getString(1), new City(r.getString(1), r.getString(2), r.getString(3),
                            provinces.get(r.getString(4)), r.getDouble(5), r.getDouble(6)));
                }
            }
        }
    }

    private void readOrganizations() throws SQLException {
        Map<String, List<Claim>> claims = new HashMap<>();
        Map<String, List<Source>> refs = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT organization_id, text, source_id FROM organization_claim ORDER BY organization_id, position")) {
                while (r.next()) {
                    claims.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Claim(r.getString(2), sources.get(r.getString(3))));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT organization_id, source_id FROM organization_source ORDER BY organization_id, position")) {
                while (r.next()) {
                    refs.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(sources.get(r.getString(2)));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT id, name, org_type, city_id, province_code, description, origin, name_zh FROM organization")) {
                while (r.next()) {
                    String id = r.getString(1);
                    String type = r.getString(3);
                    organizations.put(id, new Organization(id, r.getString(2), r.getString(8),
                            type == null ? null : OrganizationType.valueOf(type), cities.get(r.getString(4)),
                            provinces.get(r.getString(5)), r.getString(6), claims.getOrDefault(id, List.of()),
                            refs.getOrDefault(id, List.of()), Origin.valueOf(r.getString(7))));
                }
            }
        }
    }

    private List<PersonRole> readPeople() throws SQLException {
        List<PersonRole> roles = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT p.id, p.name, p.title, pr.role, pr.organization_id, pr.source_id, p.name_zh"
                     + " FROM person p LEFT JOIN person_role pr ON pr.person_id = p.id ORDER BY p.name, pr.position")) {
            while (r.next()) {
                PersonRole role = new PersonRole(r.getString(1), r.getString(2), r.getString(7), r.getString(3), r.getString(4),
                        r.getString(5), sources.get(r.getString(6)));
                persons.putIfAbsent(role.personId(), role);
                if (role.role() != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    private List<Initiative> readInitiatives(FilterCriteria filter) throws SQLException {
        Map<String, List<Participation>> participants = new HashMap<>();
        Map<String, List<PersonRole>> people = new HashMap<>();
        Map<String, List<Source>> refs = new HashMap<>();
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT initiative_id, organization_id, role FROM initiative_organization ORDER BY initiative_id, position")) {
                while (r.next()) {
                    Organization org = organizations.get(r.getString(2));
                    participants.computeIfAbsent(r.getString(1), k -> new ArrayList<>(3)).add(new Participation(
                            org.id(), org.name(), org.nameZh(), org.type(), ParticipantRole.valueOf(r.getString(3))));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT initiative_id, person_id, role FROM initiative_person ORDER BY initiative_id, position")) {
                while (r.next()) {
                    PersonRole p = persons.get(r.getString(2));
                    people.computeIfAbsent(r.getString(1), k -> new ArrayList<>(1)).add(
                            new PersonRole(p.personId(), p.name(), p.nameZh(), p.title(), r.getString(3), null, null));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT initiative_id, source_id FROM initiative_source ORDER BY initiative_id, position")) {
                while (r.next()) {
                    refs.computeIfAbsent(r.getString(1), k -> new ArrayList<>(1)).add(sources.get(r.getString(2)));
                }
            }
        }
        List<Object> parameters = new ArrayList<>();
        String where = filter == null ? "" : where(filter, parameters);
        List<Initiative> result = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id, title, kind, start_date, end_date,"
                + " date_precision, district, district_zh, venue, city_id, province_code, scope, summary, synthetic,"
                + " origin, search_text, title_zh, announced FROM initiative i" + where + " ORDER BY start_date, end_date, title, id")) {
            for (int k = 0; k < parameters.size(); k++) {
                p.setObject(k + 1, parameters.get(k));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    List<Source> initiativeSources = refs.getOrDefault(id, List.of());
                    Source first = initiativeSources.isEmpty() ? null : initiativeSources.get(0);
                    List<PersonRole> named = people.getOrDefault(id, List.of()).stream()
                            .map(x -> new PersonRole(x.personId(), x.name(), x.nameZh(), x.title(), x.role(), null, first)).toList();
                    EventDate date = new EventDate(r.getDate(4).toLocalDate(), r.getDate(5).toLocalDate(),
                            DatePrecision.valueOf(r.getString(6)));
                    Place place = new Place(r.getString(7), r.getString(8), cities.get(r.getString(10)),
                            provinces.get(r.getString(11)), Scope.valueOf(r.getString(12)), r.getString(9));
                    result.add(new Initiative(id, r.getString(2), r.getString(17), InitiativeKind.valueOf(r.getString(3)),
                            date, place, participants.getOrDefault(id, List.of()), named, r.getString(13),
                            initiativeSources, r.getBoolean(14), r.getBoolean(18), Origin.valueOf(r.getString(15)),
                            r.getString(16)));
                }
            }
        }
        return result;
    }

    /** The WHERE clause of a filter, with its parameters; the same meaning as {@link FilterCriteria#matches}. */
    static String where(FilterCriteria f, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        List<String> place = new ArrayList<>();
        if (!f.cityIds().isEmpty()) {
            place.add("i.city_id IN (" + placeholders(f.cityIds(), parameters) + ")");
        }
        if (!f.provinceCodes().isEmpty()) {
            place.add("i.province_code IN (" + placeholders(f.provinceCodes(), parameters) + ")");
        }
        if (!place.isEmpty()) {
            conditions.add("(" + String.join(" OR ", place) + ")");
        }
        if (!f.kinds().isEmpty()) {
            conditions.add("i.kind IN (" + placeholders(f.kinds().stream().map(Enum::name).toList(), parameters) + ")");
        }
        if (!f.organizationTypes().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM initiative_organization io JOIN organization o ON o.id = io.organization_id"
                    + " WHERE io.initiative_id = i.id AND o.org_type IN ("
                    + placeholders(f.organizationTypes().stream().map(Enum::name).toList(), parameters) + "))");
        }
        if (!f.sourceIds().isEmpty()) {
            conditions.add("EXISTS (SELECT 1 FROM initiative_source s WHERE s.initiative_id = i.id AND s.source_id IN ("
                    + placeholders(f.sourceIds(), parameters) + "))");
        }
        if (f.from() != null) {
            conditions.add("i.end_date >= ?");
            parameters.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            conditions.add("i.start_date <= ?");
            parameters.add(Date.valueOf(f.to()));
        }
        if (!f.text().isEmpty()) {
            conditions.add("i.search_text LIKE ? ESCAPE '\\'");
            String escaped = f.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.add("%" + escaped + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String placeholders(Collection<String> values, List<Object> parameters) {
        parameters.addAll(values);
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }
}
