package org.metaverseatlas.store;

import org.metaverseatlas.model.City;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.model.Source;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes resolved records in batches, inside the caller's transaction. */
final class StoreWriter {
    private static final int BATCH = 1000;

    private final Connection connection;
    private final LoadProgress progress;
    private Integer importBatch;

    StoreWriter(Connection connection, LoadProgress progress) {
        this.connection = connection;
        this.progress = progress;
    }

    void write(ResolvedDataset data, Origin origin) throws SQLException {
        write(data, origin, null);
    }

    /** @param importBatch the import these records come from (null for the bundled dataset) */
    void write(ResolvedDataset data, Origin origin, Integer importBatch) throws SQLException {
        this.importBatch = importBatch;
        writePlaces(data);
        writeSources(data.sources(), origin);
        writeOrganizations(data.organizations(), origin);
        writePeople(data, origin);
        writeInitiatives(data.initiatives(), origin);
    }

    private void setBatch(PreparedStatement statement, int index) throws SQLException {
        if (importBatch == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, importBatch);
        }
    }

    private void writePlaces(ResolvedDataset data) throws SQLException {
        Map<String, Province> provinces = new LinkedHashMap<>();
        Map<String, City> cities = new LinkedHashMap<>();
        for (Organization o : data.organizations()) {
            collect(o.city(), o.province(), provinces, cities);
        }
        for (Initiative i : data.initiatives()) {
            collect(i.place().city(), i.place().province(), provinces, cities);
        }
        try (PreparedStatement p = connection.prepareStatement(
                "MERGE INTO province (code, name_en, name_zh) KEY (code) VALUES (?, ?, ?)")) {
            for (Province province : provinces.values()) {
                p.setString(1, province.code());
                p.setString(2, province.nameEn());
                p.setString(3, province.nameZh());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement c = connection.prepareStatement("MERGE INTO city (id, name_en, name_zh, province_code,"
                + " latitude, longitude) KEY (id) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (City city : cities.values()) {
                c.setString(1, city.id());
                c.setString(2, city.nameEn());
                c.setString(3, city.nameZh());
                c.setString(4, city.province().code());
                c.setDouble(5, city.latitude());
                c.setDouble(6, city.longitude());
                c.addBatch();
            }
            c.executeBatch();
        }
    }

    private static void collect(City city, Province province, Map<String, Province> provinces, Map<String, City> cities) {
        if (city != null) {
            cities.putIfAbsent(city.id(), city);
            provinces.putIfAbsent(city.province().code(), city.province());
        }
        if (province != null) {
            provinces.putIfAbsent(province.code(), province);
        }
    }

    private void writeSources(List<Source> sources, Origin origin) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("MERGE INTO source (id, title, publisher, published,"
                + " url, origin, language, import_id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Source source : sources) {
                s.setString(1, source.id());
                s.setString(2, source.title());
                s.setString(3, source.publisher());
                setDate(s, 4, source.published());
                s.setString(5, source.url());
                s.setString(6, origin.name());
                s.setString(7, source.language());
                setBatch(s, 8);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void writeOrganizations(List<Organization> organizations, Origin origin) throws SQLException {
        try (PreparedStatement o = connection.prepareStatement("MERGE INTO organization (id, name, org_type, city_id,"
                + " province_code, description, origin, name_zh, import_id) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement clearClaims = connection.prepareStatement("DELETE FROM organization_claim WHERE organization_id = ?");
             PreparedStatement clearSources = connection.prepareStatement("DELETE FROM organization_source WHERE organization_id = ?");
             PreparedStatement claim = connection.prepareStatement("INSERT INTO organization_claim (organization_id,"
                     + " position, text, source_id) VALUES (?, ?, ?, ?)");
             PreparedStatement source = connection.prepareStatement("INSERT INTO organization_source (organization_id,"
                     + " position, source_id) VALUES (?, ?, ?)")) {
            int n = 0;
            for (Organization org : organizations) {
                o.setString(1, org.id());
                o.setString(2, org.name());
                o.setString(3, org.type() == null ? null : org.type().name());
                o.setString(4, org.city() == null ? null : org.city().id());
                o.setString(5, org.province() == null ? null : org.province().code());
                o.setString(6, org.description());
                o.setString(7, origin.name());
                o.setString(8, org.nameZh());
                setBatch(o, 9);
                o.addBatch();
                clearClaims.setString(1, org.id());
                clearClaims.addBatch();
                clearSources.setString(1, org.id());
                clearSources.addBatch();
                int position = 0;
                for (Claim c : org.claims()) {
                    claim.setString(1, org.id());
                    claim.setInt(2, position++);
                    claim.setString(3, c.text());
                    claim.setString(4, c.source().id());
                    claim.addBatch();
                }
                position = 0;
                for (Source s : org.sources()) {
                    source.setString(1, org.id());
                    source.setInt(2, position++);
                    source.setString(3, s.id());
                    source.addBatch();
                }
                if (++n % BATCH == 0) {
                    execute(o, clearClaims, clearSources, claim, source);
                }
            }
            execute(o, clearClaims, clearSources, claim, source);
        }
    }

    private void writePeople(ResolvedDataset data, Origin origin) throws SQLException {
        Map<String, PersonRole> persons = new LinkedHashMap<>();
        data.personRoles().forEach(r -> persons.putIfAbsent(r.personId(), r));
        try (PreparedStatement p = connection.prepareStatement(
                "MERGE INTO person (id, name, title, origin, name_zh, import_id) KEY (id) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement clear = connection.prepareStatement("DELETE FROM person_role WHERE person_id = ?");
             PreparedStatement role = connection.prepareStatement("INSERT INTO person_role (person_id, position, role,"
                     + " organization_id, source_id) VALUES (?, ?, ?, ?, ?)")) {
            for (PersonRole person : persons.values()) {
                p.setString(1, person.personId());
                p.setString(2, person.name());
                p.setString(3, person.title());
                p.setString(4, origin.name());
                p.setString(5, person.nameZh());
                setBatch(p, 6);
                p.addBatch();
                clear.setString(1, person.personId());
                clear.addBatch();
            }
            p.executeBatch();
            clear.executeBatch();
            Map<String, Integer> positions = new LinkedHashMap<>();
            for (PersonRole r : data.personRoles()) {
                role.setString(1, r.personId());
                role.setInt(2, positions.merge(r.personId(), 1, Integer::sum) - 1);
                role.setString(3, r.role());
                role.setString(4, r.organizationId());
                role.setString(5, r.source().id());
                role.addBatch();
            }
            role.executeBatch();
        }
    }

    private void writeInitiatives(List<Initiative> initiatives, Origin origin) throws SQLException {
        try (PreparedStatement i = connection.prepareStatement("INSERT INTO initiative (id, title, kind, start_date,"
                + " end_date, date_precision, district, district_zh, venue, city_id, province_code, scope, summary,"
                + " synthetic, origin, search_text, title_zh, announced, import_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement org = connection.prepareStatement("INSERT INTO initiative_organization (initiative_id,"
                     + " position, organization_id, role) VALUES (?, ?, ?, ?)");
             PreparedStatement person = connection.prepareStatement("INSERT INTO initiative_person (initiative_id,"
                     + " position, person_id, role) VALUES (?, ?, ?, ?)");
             PreparedStatement source = connection.prepareStatement("INSERT INTO initiative_source (initiative_id,"
                     + " position, source_id) VALUES (?, ?, ?)")) {
            int n = 0;
            for (Initiative initiative : initiatives) {
                i.setString(1, initiative.id());
                i.setString(2, initiative.title());
                i.setString(3, initiative.kind().name());
                setDate(i, 4, initiative.date().start());
                setDate(i, 5, initiative.date().end());
                i.setString(6, initiative.date().precision().name());
                i.setString(7, initiative.place().district());
                i.setString(8, initiative.place().districtZh());
                i.setString(9, initiative.place().venue());
                i.setString(10, initiative.place().cityId());
                i.setString(11, initiative.place().provinceCode());
                i.setString(12, initiative.place().scope().name());
                i.setString(13, initiative.summary());
                i.setBoolean(14, initiative.synthetic());
                i.setString(15, origin.name());
                i.setString(16, initiative.searchText());
                i.setString(17, initiative.titleZh());
                i.setBoolean(18, initiative.announced());
                setBatch(i, 19);
                i.addBatch();
                int position = 0;
                for (Participation p : initiative.participants()) {
                    org.setString(1, initiative.id());
                    org.setInt(2, position++);
                    org.setString(3, p.organizationId());
                    org.setString(4, p.role().name());
                    org.addBatch();
                }
                position = 0;
                for (PersonRole p : initiative.people()) {
                    person.setString(1, initiative.id());
                    person.setInt(2, position++);
                    person.setString(3, p.personId());
                    person.setString(4, p.role());
                    person.addBatch();
                }
                position = 0;
                for (Source s : initiative.sources()) {
                    source.setString(1, initiative.id());
                    source.setInt(2, position++);
                    source.setString(3, s.id());
                    source.addBatch();
                }
                if (++n % BATCH == 0) {
                    execute(i, org, person, source);
                    progress.update("Writing initiatives", (double) n / initiatives.size());
                    if (progress.isCancelled()) {
                        throw new Cancelled(); // the transaction around the writer is rolled back
                    }
                }
            }
            execute(i, org, person, source);
            progress.update("Writing initiatives", 1.0);
        }
    }

    private static void execute(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
    }

    private static void setDate(PreparedStatement statement, int index, java.time.LocalDate date) throws SQLException {
        if (date == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setDate(index, Date.valueOf(date));
        }
    }

    /** Thrown out of the writing when the progress says to stop, so that the transaction around it rolls back. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }
}
