package org.metaverseatlas.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The secondary indexes and foreign keys of the initiatives and their links, which a large import sets aside and
 * builds again once its rows are in. H2 keeps an index up to date row by row, each new entry copying the pages it
 * lands in, and in one transaction does it twice (once to write, once to commit): for 100,000 initiatives, about
 * 1.2 million entries cost most of an import. Built afterwards, each index is one sorted pass over its table.
 *
 * <p>Setting aside and building again are statements of their own (H2 commits around a change of schema), so a
 * process stopped in between leaves the rows as the import's transaction left them (all or none) but some of these
 * indexes missing: {@link #restore} runs at every opening and builds whatever is missing, under these names. It also
 * turns a store from before they had names (H2 named them itself) into this layout once.
 */
final class BulkIndexes {
    private record Index(String name, String table, String column) {
        String create() {
            return "CREATE INDEX IF NOT EXISTS " + name + " ON " + table + " (" + column + ")";
        }
    }

    private record ForeignKey(String name, String table, String column, String referenced, boolean cascade) {
        /** NOCHECK: the rows were checked against every reference before they were written. */
        String create() {
            return "ALTER TABLE " + table + " ADD CONSTRAINT IF NOT EXISTS " + name + " FOREIGN KEY (" + column
                    + ") REFERENCES " + referenced + (cascade ? " ON DELETE CASCADE" : "") + " NOCHECK";
        }
    }

    private record PrimaryKey(String table, String columns) {
    }

    /** The tables whose primary keys, secondary indexes and foreign keys are all listed here. */
    private static final List<PrimaryKey> PRIMARY_KEYS = List.of(new PrimaryKey("INITIATIVE", "id"),
            new PrimaryKey("INITIATIVE_ORGANIZATION", "initiative_id, position"),
            new PrimaryKey("INITIATIVE_PERSON", "initiative_id, position"),
            new PrimaryKey("INITIATIVE_SOURCE", "initiative_id, position"));
    private static final List<String> TABLES = PRIMARY_KEYS.stream().map(PrimaryKey::table).toList();

    /**
     * Every foreign key below has an index of its own column, which H2 then uses instead of making its own (it does
     * not use a link's primary key for its first column).
     */
    private static final List<Index> INDEXES = List.of(
            new Index("initiative_city", "initiative", "city_id"),
            new Index("initiative_province", "initiative", "province_code"),
            new Index("initiative_start", "initiative", "start_date"),
            new Index("initiative_import", "initiative", "import_id"),
            new Index("initiative_organization_initiative", "initiative_organization", "initiative_id"),
            new Index("initiative_organization_org", "initiative_organization", "organization_id"),
            new Index("initiative_person_initiative", "initiative_person", "initiative_id"),
            new Index("initiative_person_person", "initiative_person", "person_id"),
            new Index("initiative_source_initiative", "initiative_source", "initiative_id"),
            new Index("initiative_source_source", "initiative_source", "source_id"));

    private static final List<ForeignKey> FOREIGN_KEYS = List.of(
            new ForeignKey("initiative_city_fk", "initiative", "city_id", "city (id)", false),
            new ForeignKey("initiative_province_fk", "initiative", "province_code", "province (code)", false),
            new ForeignKey("initiative_organization_initiative_fk", "initiative_organization", "initiative_id",
                    "initiative (id)", true),
            new ForeignKey("initiative_organization_org_fk", "initiative_organization", "organization_id",
                    "organization (id)", false),
            new ForeignKey("initiative_person_initiative_fk", "initiative_person", "initiative_id", "initiative (id)",
                    true),
            new ForeignKey("initiative_person_person_fk", "initiative_person", "person_id", "person (id)", false),
            new ForeignKey("initiative_source_initiative_fk", "initiative_source", "initiative_id", "initiative (id)",
                    true),
            new ForeignKey("initiative_source_source_fk", "initiative_source", "source_id", "source (id)", false));

    private BulkIndexes() {
    }

    /**
     * Drops the foreign keys, then the indexes and the primary keys (the file's ids were checked against each other
     * and the store's, and building them again checks once more); each statement commits.
     */
    static void setAside(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (ForeignKey fk : FOREIGN_KEYS) {
                s.execute("ALTER TABLE " + fk.table() + " DROP CONSTRAINT IF EXISTS " + fk.name());
            }
            for (Index index : INDEXES) {
                s.execute("DROP INDEX IF EXISTS " + index.name());
            }
            for (PrimaryKey pk : PRIMARY_KEYS) {
                s.execute("ALTER TABLE " + pk.table() + " DROP PRIMARY KEY");
            }
        }
    }

    /**
     * Builds whatever of the indexes, then the foreign keys, is missing, and drops any other secondary index or
     * foreign key of these tables (those H2 named itself before these had names). Does nothing on a store that has
     * them all, which is one query.
     */
    static void restore(Connection connection) throws SQLException {
        Set<String> expected = new HashSet<>();
        INDEXES.forEach(i -> expected.add(i.name().toUpperCase(Locale.ROOT)));
        FOREIGN_KEYS.forEach(f -> expected.add(f.name().toUpperCase(Locale.ROOT)));
        Set<String> present = new HashSet<>();
        Set<String> keyed = new HashSet<>();
        List<String[]> strayConstraints = new ArrayList<>();
        List<String> strayIndexes = new ArrayList<>();
        String tables = "('" + String.join("', '", TABLES) + "')";
        try (Statement s = connection.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME, CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE = 'FOREIGN KEY' AND TABLE_NAME IN " + tables)) {
                while (r.next()) {
                    if (!present.add(r.getString(2)) || !expected.contains(r.getString(2))) {
                        strayConstraints.add(new String[] {r.getString(1), r.getString(2)});
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE"
                    + " TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE = 'PRIMARY KEY' AND TABLE_NAME IN " + tables)) {
                while (r.next()) {
                    keyed.add(r.getString(1));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA ="
                    + " 'PUBLIC' AND INDEX_TYPE_NAME = 'INDEX' AND TABLE_NAME IN " + tables)) {
                while (r.next()) {
                    if (expected.contains(r.getString(1))) {
                        present.add(r.getString(1));
                    } else if (!r.getString(1).startsWith("CONSTRAINT_INDEX")) {
                        strayIndexes.add(r.getString(1)); // a constraint's own index goes with its constraint
                    }
                }
            }
            if (keyed.containsAll(TABLES) && present.containsAll(expected) && strayConstraints.isEmpty() && strayIndexes.isEmpty()) {
                return;
            }
            for (String[] c : strayConstraints) {
                s.execute("ALTER TABLE " + c[0] + " DROP CONSTRAINT IF EXISTS " + c[1]);
            }
            for (String index : strayIndexes) {
                s.execute("DROP INDEX IF EXISTS " + index);
            }
            build(s);
        }
    }

    /** Builds the primary keys, the indexes, then the foreign keys (on them), where missing. */
    static void build(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            build(s);
        }
    }

    private static void build(Statement s) throws SQLException {
        for (PrimaryKey pk : PRIMARY_KEYS) {
            boolean keyed;
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE"
                    + " TABLE_SCHEMA = 'PUBLIC' AND CONSTRAINT_TYPE = 'PRIMARY KEY' AND TABLE_NAME = '" + pk.table() + "'")) {
                r.next();
                keyed = r.getInt(1) > 0;
            }
            if (!keyed) {
                s.execute("ALTER TABLE " + pk.table() + " ADD PRIMARY KEY (" + pk.columns() + ")");
            }
        }
        for (Index index : INDEXES) {
            s.execute(index.create());
        }
        for (ForeignKey fk : FOREIGN_KEYS) {
            s.execute(fk.create());
        }
    }
}
