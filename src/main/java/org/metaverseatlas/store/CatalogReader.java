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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** Reads the store into a {@link Catalog}: everything, or only the initiatives a filter selects (by SQL). */
final class CatalogReader {
    private final Connection connection;
    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Province> provinces = new HashMap<>();
    private final Map<String, City> cities = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, PersonRole> persons = new HashMap<>();

    /** A second session on the same database, which reads the links while this one reads the initiatives; or null. */
    private final Connection links;

    CatalogReader(Connection connection) {
        this(connection, null);
    }

    CatalogReader(Connection connection, Connection links) {
        this.connection = connection;
        this.links = links;
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

    /** What an import checks its records against: every organization, person and source, and the initiatives' ids. */
    KnownRecords known() throws SQLException {
        sources();
        readPlaces();
        readOrganizations();
        readPeople();
        Set<String> ids = new HashSet<>();
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT id FROM initiative")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return new KnownRecords(organizations, persons, ids, sources);
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

    /**
     * One query per table, each read in storage order (H2 then walks its rows without a lookup per row, as an index
     * order would cost), joined by id in memory; the catalog puts the initiatives in time order. Records that many
     * initiatives share (a place in a city, an organization in a role, a single source) are made once.
     */
    private List<Initiative> readInitiatives(FilterCriteria filter) throws SQLException {
        // The links and the initiatives' own rows are read at once, on two sessions, where there are two; the rows
        // wait in a plain form until their links are in.
        java.util.concurrent.FutureTask<Links> linksRead = new java.util.concurrent.FutureTask<>(
                () -> readLinks(links == null ? connection : links));
        if (links != null) {
            Thread reader = new Thread(linksRead, "catalog-links");
            reader.setDaemon(true);
            reader.start();
        } else {
            linksRead.run();
        }
        Map<String, Place> places = new HashMap<>();
        List<Object> parameters = new ArrayList<>();
        String where = filter == null ? "" : where(filter, parameters);
        List<InitiativeRow> rows = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT id, title, kind, start_date, end_date,"
                + " date_precision, district, district_zh, venue, city_id, province_code, scope, summary, synthetic,"
                + " origin, search_text, title_zh, announced FROM initiative i" + where)) {
            for (int k = 0; k < parameters.size(); k++) {
                p.setObject(k + 1, parameters.get(k));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    EventDate date = new EventDate(r.getObject(4, LocalDate.class), r.getObject(5, LocalDate.class),
                            DatePrecision.valueOf(r.getString(6)));
                    rows.add(new InitiativeRow(r.getString(1), r.getString(2), r.getString(17),
                            InitiativeKind.valueOf(r.getString(3)), date, place(r, places), r.getString(13),
                            r.getBoolean(14), r.getBoolean(18), Origin.valueOf(r.getString(15)), r.getString(16)));
                }
            }
        }
        Links l = links(linksRead);
        Map<Source, List<Source>> singleSources = new HashMap<>();
        List<Initiative> result = new ArrayList<>(rows.size());
        for (InitiativeRow row : rows) {
            String id = row.id();
            List<Source> initiativeSources = l.sources().getOrDefault(id, List.of());
            if (initiativeSources.size() == 1) {
                initiativeSources = singleSources.computeIfAbsent(initiativeSources.get(0), List::of);
            }
            Source first = initiativeSources.isEmpty() ? null : initiativeSources.get(0);
            List<PersonRole> named = l.people().getOrDefault(id, List.of());
            if (!named.isEmpty()) {
                named = named.stream().map(x -> new PersonRole(x.personId(), x.name(), x.nameZh(), x.title(),
                        x.role(), null, first)).toList();
            }
            result.add(new Initiative(id, row.title(), row.titleZh(), row.kind(), row.date(), row.place(),
                    l.participants().getOrDefault(id, List.of()), named, row.summary(), initiativeSources,
                    row.synthetic(), row.announced(), row.origin(), row.searchText()));
        }
        return result;
    }

    /** An initiative's own columns, before its links are joined to it. */
    private record InitiativeRow(String id, String title, String titleZh, InitiativeKind kind, EventDate date,
                                 Place place, String summary, boolean synthetic, boolean announced, Origin origin,
                                 String searchText) {
    }

    /** The three link tables, by initiative. */
    private record Links(Map<String, List<Participation>> participants, Map<String, List<PersonRole>> people,
                         Map<String, List<Source>> sources) {
    }

    private Links readLinks(Connection session) throws SQLException {
        Map<String, Participation> participations = new HashMap<>();
        Map<String, List<Participation>> participants = linksByInitiative(session, "initiative_organization",
                "organization_id, role", r -> participations.computeIfAbsent(r.getString(3) + '\t' + r.getString(4),
                        k -> participation(k.substring(0, k.indexOf('\t')), k.substring(k.indexOf('\t') + 1))));
        Map<String, List<PersonRole>> people = linksByInitiative(session, "initiative_person", "person_id, role", r -> {
            PersonRole p = persons.get(r.getString(3));
            return new PersonRole(p.personId(), p.name(), p.nameZh(), p.title(), r.getString(4), null, null);
        });
        Map<String, List<Source>> refs = linksByInitiative(session, "initiative_source", "source_id",
                r -> sources.get(r.getString(3)));
        return new Links(participants, people, refs);
    }

    private static Links links(java.util.concurrent.FutureTask<Links> read) throws SQLException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while reading the catalog", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new SQLException(e.getCause());
        }
    }

    private Participation participation(String organizationId, String role) {
        Organization org = organizations.get(organizationId);
        return new Participation(org.id(), org.name(), org.nameZh(), org.type(), ParticipantRole.valueOf(role));
    }

    /** The place of the current row; the same object for every initiative in the same city or province. */
    private Place place(ResultSet r, Map<String, Place> shared) throws SQLException {
        String district = r.getString(7);
        String districtZh = r.getString(8);
        String venue = r.getString(9);
        String cityId = r.getString(10);
        String provinceCode = r.getString(11);
        String scope = r.getString(12);
        if (district != null || districtZh != null || venue != null) {
            return new Place(district, districtZh, cities.get(cityId), provinces.get(provinceCode), Scope.valueOf(scope), venue);
        }
        return shared.computeIfAbsent(cityId + '\t' + provinceCode + '\t' + scope,
                k -> new Place(null, null, cities.get(cityId), provinces.get(provinceCode), Scope.valueOf(scope), null));
    }

    private interface LinkRow<T> {
        /** The value of a row whose columns are initiative_id, position, then the table's own. */
        T of(ResultSet row) throws SQLException;
    }

    /**
     * A link table's rows by initiative, each initiative's in their positions. Storage order is the order they were
     * written in, and an initiative's links are written together, first to last; should a table ever hold them
     * otherwise, it is read again, sorted.
     */
    private static <T> Map<String, List<T>> linksByInitiative(Connection session, String table, String columns,
                                                               LinkRow<T> row) throws SQLException {
        String query = "SELECT initiative_id, position, " + columns + " FROM " + table;
        Map<String, List<T>> links = readLinks(session, query, row, true);
        return links != null ? links : readLinks(session, query + " ORDER BY initiative_id, position", row, false);
    }

    /**
     * The rows by initiative; with {@code written}, null as soon as a row is not the next position of its initiative
     * (positions as the writer gives them: 0, 1, 2 …).
     */
    private static <T> Map<String, List<T>> readLinks(Connection session, String query, LinkRow<T> row, boolean written)
            throws SQLException {
        Map<String, List<T>> links = new HashMap<>();
        try (Statement s = session.createStatement(); ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                List<T> list = links.computeIfAbsent(r.getString(1), k -> new ArrayList<>(2));
                if (written && r.getInt(2) != list.size()) {
                    return null;
                }
                list.add(row.of(r));
            }
        }
        return links;
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
        for (String term : f.searchTerms().terms()) {
            conditions.add("i.search_text LIKE ? ESCAPE '\\'");
            String escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.add("%" + escaped + "%");
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static String placeholders(Collection<String> values, List<Object> parameters) {
        parameters.addAll(values);
        return String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
    }
}
