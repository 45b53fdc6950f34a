package org.metaverseatlas.store;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.store.json.DatasetFile;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded H2 store in a data folder. Opening it takes the folder's lock (a second instance is refused and
 * changes nothing), migrates the schema, and loads the bundled dataset in one transaction when the store does not
 * hold this version of it yet; the "loaded" marker is written last, so a load cut short is simply redone. A
 * database file that cannot be opened is moved aside to a timestamped backup and rebuilt. No network port is opened.
 */
public final class AtlasStore implements AutoCloseable {
    static final String DATABASE = "atlas";
    private static final String LOCK_FILE = "atlas.lock";
    private static final int DATABASE_ALREADY_OPEN = 90020;
    /** H2: "File corrupted while reading record". */
    private static final int FILE_CORRUPTED = 90030;
    private static final String BUNDLED_CHECKSUM = "bundled.checksum";
    private static final String BUNDLED_VERSION = "bundled.version";
    /** Imports of fewer initiatives leave little to give back when the store closes. */
    private static final int COMPACT_AFTER = 5_000;
    /** Imports of this many initiatives or more may build the indexes after their rows (see {@link #inBulk}). */
    private static final int BULK_AFTER = 5_000;
    /** Flyway reports every check at INFO; only its warnings are worth a user's attention. */
    private static final java.util.logging.Logger FLYWAY_LOG = quietFlyway();

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Connection connection;
    private final Gazetteer gazetteer;
    private final OpenReport report;
    /** See {@link #linkReader()}. */
    private Connection linkReader;
    /** Initiatives imported since the store was opened: after many, closing rewrites the file compactly. */
    private long imported;

    /** What happened while opening: whether the bundled data was (re)loaded, and where a damaged file was moved. */
    public record OpenReport(boolean bundledLoaded, String bundledVersion, Optional<Path> backup) {
    }

    private static java.util.logging.Logger quietFlyway() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.flywaydb");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private AtlasStore(Path directory, FileChannel lockChannel, FileLock lock, Connection connection,
                       Gazetteer gazetteer, OpenReport report) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.connection = connection;
        this.gazetteer = gazetteer;
        this.report = report;
    }

    /** Opens the store with the application's bundled dataset. */
    public static AtlasStore open(Path directory, LoadProgress progress) throws StoreException {
        return open(directory, BundledDataset.load(), GazetteerReader.bundled(), progress);
    }

    public static AtlasStore open(Path directory, BundledDataset bundled, Gazetteer gazetteer, LoadProgress progress)
            throws StoreException {
        return open(directory, bundled, gazetteer, progress, "");
    }

    /**
     * @param fileSystem an H2 file-system prefix ({@code "scheme:"}) the database file is opened through, or nothing:
     *                   tests put a wrapper there that runs out of space on demand
     */
    static AtlasStore open(Path directory, BundledDataset bundled, Gazetteer gazetteer, LoadProgress progress,
                           String fileSystem) throws StoreException {
        refuseSettingsInPath(directory);
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data folder " + directory + ": " + e.getMessage(), e);
        }
        FileChannel channel;
        FileLock lock;
        try {
            channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException("Cannot write in the data folder " + directory + ": " + e.getMessage(), e);
        }
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreLockedException(directory);
        }
        try {
            Path backup = null;
            Connection connection;
            progress.update("Opening the store", -1);
            boolean existed = Files.exists(directory.resolve(DATABASE + ".mv.db"));
            try {
                connection = connectAndMigrate(directory, fileSystem);
                if (existed && info(connection, BUNDLED_CHECKSUM).isEmpty()) {
                    // A first load that never finished: nothing in it is worth keeping, and starting from an empty
                    // file is safer than loading over whatever the interrupted transaction left behind.
                    connection.close();
                    Files.deleteIfExists(directory.resolve(DATABASE + ".mv.db"));
                    Files.deleteIfExists(directory.resolve(DATABASE + ".trace.db"));
                    connection = connectAndMigrate(directory, fileSystem);
                }
            } catch (StoreLockedException e) {
                throw e;
            } catch (FlywayValidateException e) {
                // A readable store whose schema this version does not know (a newer release wrote it): keep it.
                throw new StoreException("The store in " + directory + " was written by another version of Metaverse"
                        + " Atlas and was left as it is: " + e.getMessage() + " Use that version, or another --data-dir.", e);
            } catch (SQLException | FlywayException e) {
                backup = moveAside(directory, e);
                connection = connectAndMigrate(directory, fileSystem);
            }
            // An import stopped while its indexes were set aside left some missing.
            BulkIndexes.restore(connection);
            AtlasStore store = new AtlasStore(directory, channel, lock, connection, gazetteer, null);
            boolean loaded = store.ensureBundled(bundled, progress);
            String version = store.info(BUNDLED_VERSION).orElse(null);
            return new AtlasStore(directory, channel, lock, connection, gazetteer,
                    new OpenReport(loaded, version, Optional.ofNullable(backup)));
        } catch (StoreException e) {
            release(channel, lock);
            throw e;
        } catch (SQLException | IOException | RuntimeException e) {
            release(channel, lock);
            throw new StoreException("Cannot open the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * H2 reads everything after a ';' in its URL as settings (INIT=... runs SQL), and cannot escape one inside a file
     * name: a folder whose path holds one is refused before anything is created, rather than opened as settings.
     */
    private static void refuseSettingsInPath(Path directory) throws StoreException {
        String path = directory.toAbsolutePath().toString();
        if (path.indexOf(';') >= 0) {
            throw new StoreException("Cannot use " + path + " as the data folder: the embedded database cannot open"
                    + " a path that contains ';'. Choose a folder whose path has no ';'.");
        }
    }

    private static Connection connectAndMigrate(Path directory, String fileSystem) throws SQLException, StoreLockedException {
        String url = "jdbc:h2:file:" + fileSystem + directory.resolve(DATABASE).toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        Connection connection;
        try {
            connection = DriverManager.getConnection(url, "sa", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreLockedException(directory);
            }
            throw e;
        }
        try {
            Flyway.configure(AtlasStore.class.getClassLoader())
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    // Refuse a schema from a newer release instead of running on it half-understood.
                    .ignoreMigrationPatterns(new String[0])
                    .load()
                    .migrate();
            return connection;
        } catch (FlywayException e) {
            connection.close();
            throw e;
        }
    }

    /** Moves every file of the damaged database to a timestamped backup next to it; returns the main file's backup. */
    private static Path moveAside(Path directory, Exception cause) throws StoreException {
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path main = directory.resolve(DATABASE + ".mv.db");
        Path backup = directory.resolve(DATABASE + ".mv.db.damaged-" + stamp);
        try {
            if (Files.exists(main)) {
                Files.move(main, backup, StandardCopyOption.ATOMIC_MOVE);
            }
            Path trace = directory.resolve(DATABASE + ".trace.db");
            if (Files.exists(trace)) {
                Files.move(trace, directory.resolve(DATABASE + ".trace.db.damaged-" + stamp), StandardCopyOption.REPLACE_EXISTING);
            }
            return backup;
        } catch (IOException e) {
            throw new StoreException("The database " + main + " cannot be opened (" + cause.getMessage()
                    + ") and cannot be moved aside: " + e.getMessage(), e);
        }
    }

    private boolean ensureBundled(BundledDataset bundled, LoadProgress progress) throws SQLException, StoreException {
        if (bundled.checksum().equals(info(BUNDLED_CHECKSUM).orElse(null))) {
            return false;
        }
        progress.update("Loading the bundled dataset", 0);
        ResolvedDataset data;
        try {
            DatasetFile file = bundled.parse();
            data = new DatasetResolver(gazetteer, KnownRecords.NONE, Origin.BUNDLED)
                    .resolve(bundled.name(), file);
        } catch (DatasetException e) {
            throw new StoreException("The bundled dataset is damaged: " + e.getMessage(), e);
        }
        inTransaction(() -> {
            replaceBundled(data);
            new StoreWriter(connection, (m, f) -> progress.update("Loading the bundled dataset", f)).write(data, Origin.BUNDLED);
            putInfo(BUNDLED_VERSION, data.version() == null ? "unversioned" : data.version());
            putInfo(BUNDLED_CHECKSUM, bundled.checksum());
        });
        progress.update("Bundled dataset loaded", 1);
        return true;
    }

    /** Removes the bundled initiatives, and bundled records nothing imported refers to any more. */
    private void replaceBundled(ResolvedDataset data) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM initiative WHERE origin = 'BUNDLED'");
        }
        Set<String> kept = new HashSet<>();
        data.organizations().forEach(o -> kept.add(o.id()));
        deleteUnreferenced("organization", kept, "SELECT organization_id FROM initiative_organization"
                + " UNION SELECT organization_id FROM person_role WHERE organization_id IS NOT NULL");
        kept.clear();
        data.personRoles().forEach(p -> kept.add(p.personId()));
        deleteUnreferenced("person", kept, "SELECT person_id FROM initiative_person");
        kept.clear();
        data.sources().forEach(x -> kept.add(x.id()));
        deleteUnreferenced("source", kept, "SELECT source_id FROM initiative_source UNION SELECT source_id FROM"
                + " organization_source UNION SELECT source_id FROM organization_claim UNION SELECT source_id FROM person_role");
    }

    private void deleteUnreferenced(String table, Set<String> kept, String referenced) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE id = ?");
             Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM " + table + " WHERE origin = 'BUNDLED' AND id NOT IN (" + referenced + ")")) {
            while (r.next()) {
                if (!kept.contains(r.getString(1))) {
                    delete.setString(1, r.getString(1));
                    delete.addBatch();
                }
            }
            delete.executeBatch();
        }
    }

    /** Everything the store holds. */
    public Catalog catalog() throws StoreException {
        return read(null);
    }

    /** The initiatives that match a filter, chosen by SQL over the indexed columns, oldest first. */
    public Catalog find(FilterCriteria filter) throws StoreException {
        return read(filter);
    }

    private Catalog read(FilterCriteria filter) throws StoreException {
        try {
            return new CatalogReader(connection, linkReader()).read(filter);
        } catch (SQLException e) {
            if (isDamage(e)) {
                throw new StoreDamagedException("The store in " + directory + " is damaged: part of its file ("
                        + DATABASE + ".mv.db) cannot be read back.", e);
            }
            throw new StoreException("Cannot read the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * A second session on the database, opened at the first read, for the catalog's links: with two cores a catalog
     * is read in about half the time. Null (and the catalog read on one session) if it cannot be opened.
     */
    private Connection linkReader() {
        if (linkReader == null) {
            try {
                linkReader = DriverManager.getConnection(connection.getMetaData().getURL(), "sa", "");
            } catch (SQLException e) {
                return null;
            }
        }
        return linkReader;
    }

    /** Whether a failure comes from a damaged file rather than from a query. */
    static boolean isDamage(SQLException e) {
        if (e.getErrorCode() == FILE_CORRUPTED) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException") || message.contains("File corrupted")) {
                return true;
            }
        }
        return false;
    }

    /**
     * After a {@link StoreDamagedException}: closes this store, moves its files aside to a timestamped backup and
     * opens the folder again, rebuilt from the bundled dataset; the new store's report names the backup.
     */
    public AtlasStore rebuild(StoreDamagedException damage, LoadProgress progress) throws StoreException {
        close();
        Path backup = moveAside(directory, damage);
        AtlasStore rebuilt = open(directory, progress);
        OpenReport r = rebuilt.report;
        return new AtlasStore(rebuilt.directory, rebuilt.lockChannel, rebuilt.lock, rebuilt.connection,
                rebuilt.gazetteer, new OpenReport(r.bundledLoaded(), r.bundledVersion(), Optional.of(backup)));
    }

    /**
     * Validates a dataset file (JSON or CSV) against the gazetteer and the store, then adds all its records in one
     * transaction, or none. Returns the number of initiatives added.
     */
    public int importFile(Path file, LoadProgress progress) throws DatasetException, StoreException {
        ResolvedDataset data = checked(file, progress);
        boolean[] committed = {false};
        try {
            boolean bulk = inBulk(data.initiatives().size());
            withoutReferenceChecks(() -> {
                if (bulk) {
                    BulkIndexes.setAside(connection);
                }
                try {
                    inTransaction(() -> new StoreWriter(connection, progress).write(data, Origin.IMPORTED, recordBatch(file)));
                    if (bulk) {
                        // H2 writes a commit to the file a moment later: on the file before the indexes are built,
                        // so that a failure while building them cannot take the import with it unannounced.
                        try (Statement s = connection.createStatement()) {
                            s.execute("CHECKPOINT");
                        }
                    }
                    committed[0] = true;
                } catch (SQLException | RuntimeException e) {
                    if (bulk) {
                        try {
                            BulkIndexes.build(connection); // if this fails too, the next opening builds them
                        } catch (SQLException suppressed) {
                            e.addSuppressed(suppressed); // the first failure is the one to report
                        }
                    }
                    throw e;
                }
                if (bulk) {
                    progress.update("Indexing initiatives", -1);
                    BulkIndexes.build(connection);
                }
            });
        } catch (StoreWriter.Cancelled e) {
            throw cancelled(file);
        } catch (SQLException e) {
            if (committed[0]) {
                imported += data.initiatives().size();
                throw new StoreException("Imported " + data.initiatives().size() + " initiatives from " + file
                        + ", but the store's indexes could not be built again afterwards (" + e.getMessage()
                        + "); they are built when the store next opens.", e);
            }
            if (DiskSpace.ranOut(e, directory)) {
                throw new StoreException("Import of " + file + " stopped: the disk that holds the data folder "
                        + directory + " is full. Nothing was imported; the store is as it was before. Free some space"
                        + " on that disk and import again.", e);
            }
            throw new StoreException("Import of " + file + " failed and was undone; the store is unchanged: "
                    + e.getMessage(), e);
        }
        imported += data.initiatives().size();
        return data.initiatives().size();
    }

    /**
     * Whether an import is large enough, beside what the store holds, to write its rows without their secondary indexes
     * and build those afterwards in one pass over each table ({@link BulkIndexes}): that pass reads the whole table,
     * so a small import into a large store keeps them up to date row by row.
     */
    private boolean inBulk(int initiatives) throws SQLException {
        if (initiatives < BULK_AFTER) {
            return false;
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM initiative")) {
            r.next();
            return initiatives >= r.getLong(1) / 4;
        }
    }

    /**
     * Reads and checks a file against the store. The file's own records are let go on return, so that they no longer
     * take memory while the resolved ones are written.
     */
    private ResolvedDataset checked(Path file, LoadProgress progress) throws DatasetException, StoreException {
        progress.update("Reading " + file.getFileName(), -1);
        DatasetReader.Located read = DatasetReader.readLocated(file);
        stopIfCancelled(file, progress);
        progress.update("Checking " + read.file().initiatives().size() + " initiatives", -1);
        ResolvedDataset data;
        try {
            // Only the ids of the initiatives held: the file may not repeat them, and never refers to one.
            data = new DatasetResolver(gazetteer, new CatalogReader(connection).known(), Origin.IMPORTED)
                    .resolve(file.toString(), read.file(), read.lines());
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store in " + directory + ": " + e.getMessage(), e);
        }
        stopIfCancelled(file, progress);
        return data;
    }

    /** The tables that hold imported records, in the order removing them keeps every reference whole. */
    private static final java.util.List<String> IMPORTED_TABLES = java.util.List.of("initiative", "person",
            "organization", "source");

    /** Notes an import in the store, inside its transaction; returns its number, which its records carry. */
    private int recordBatch(Path file) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO import_batch (file_name, imported_at)"
                + " VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, file.toAbsolutePath().normalize().toString());
            p.setTimestamp(2, java.sql.Timestamp.valueOf(LocalDateTime.now().withNano(0)));
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getInt(1);
            }
        }
    }

    /** How many records the imports have added, for a confirmation before {@link #removeImported()}. */
    public ImportedRecords imported() throws StoreException {
        try {
            return countImported(null);
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The imported records of one import, or of all imports when {@code batch} is null. */
    private ImportedRecords countImported(Integer batch) throws SQLException {
        long[] counts = new long[IMPORTED_TABLES.size()];
        for (int t = 0; t < counts.length; t++) {
            try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM " + IMPORTED_TABLES.get(t)
                    + " WHERE origin = 'IMPORTED'" + (batch == null ? "" : " AND import_id = ?"))) {
                if (batch != null) {
                    p.setInt(1, batch);
                }
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    counts[t] = r.getLong(1);
                }
            }
        }
        return records(counts);
    }

    private static ImportedRecords records(long[] byTable) {
        return new ImportedRecords(byTable[0], byTable[2], byTable[1], byTable[3]);
    }

    /**
     * Removes every imported record (initiatives, people, organizations, sources) in one transaction, and leaves the
     * bundled ones. If anything fails, nothing is removed. Returns what was removed.
     */
    public ImportedRecords removeImported() throws StoreException {
        try {
            return removeImportedRecords(null);
        } catch (SQLException e) {
            throw new StoreException("The imported records could not be removed; the store is unchanged: "
                    + e.getMessage(), e);
        }
    }

    /**
     * The latest import the store has a record of, with what of it the store holds; empty when nothing was imported
     * since imports were recorded (records imported by an earlier version belong to no import).
     */
    public Optional<ImportBatch> lastImport() throws StoreException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, file_name, imported_at FROM import_batch ORDER BY id DESC LIMIT 1")) {
            if (!r.next()) {
                return Optional.empty();
            }
            int id = r.getInt(1);
            return Optional.of(new ImportBatch(id, r.getString(2), r.getTimestamp(3).toLocalDateTime(), countImported(id)));
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Undoes one import: removes the records it added, in one transaction, and forgets it. A record that a later
     * import or the bundled data still refers to stops the whole removal; then nothing is removed.
     */
    public ImportedRecords removeImport(int batch) throws StoreException {
        try {
            return removeImportedRecords(batch);
        } catch (SQLException e) {
            throw new StoreException("The import could not be undone; the store is unchanged: " + e.getMessage(), e);
        }
    }

    private ImportedRecords removeImportedRecords(Integer batch) throws SQLException {
        long[] removed = new long[IMPORTED_TABLES.size()];
        // Links to an initiative, person or organization go with it (ON DELETE CASCADE); a record that still
        // referred to one being removed stops the removal here, whole, rather than be left dangling.
        inTransaction(() -> {
            for (int t = 0; t < removed.length; t++) {
                try (PreparedStatement p = connection.prepareStatement("DELETE FROM " + IMPORTED_TABLES.get(t)
                        + " WHERE origin = 'IMPORTED'" + (batch == null ? "" : " AND import_id = ?"))) {
                    if (batch != null) {
                        p.setInt(1, batch);
                    }
                    removed[t] = p.executeUpdate();
                }
            }
            try (PreparedStatement p = connection.prepareStatement("DELETE FROM import_batch"
                    + (batch == null ? "" : " WHERE id = ?"))) {
                if (batch != null) {
                    p.setInt(1, batch);
                }
                p.executeUpdate();
            }
        });
        return records(removed);
    }

    private static void stopIfCancelled(Path file, LoadProgress progress) throws ImportCancelledException {
        if (progress.isCancelled()) {
            throw cancelled(file);
        }
    }

    private static ImportCancelledException cancelled(Path file) {
        return new ImportCancelledException("Import of " + file.getFileName() + " cancelled; nothing was added.");
    }

    public OpenReport report() {
        return report;
    }

    public Path directory() {
        return directory;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    Connection connection() {
        return connection;
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    /**
     * Runs bulk writes without H2's per-row foreign-key lookups: the resolver has already checked every reference
     * against the file and the store, and this process holds the folder's lock, so nothing else writes meanwhile.
     * The setting commits, so it is switched outside the write's own transaction.
     */
    private void withoutReferenceChecks(SqlWork work) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        try {
            work.run();
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
    }

    private void inTransaction(SqlWork work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    Optional<String> info(String name) throws SQLException {
        return info(connection, name);
    }

    private static Optional<String> info(Connection connection, String name) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT val FROM dataset_info WHERE name = ?")) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private void putInfo(String name, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("MERGE INTO dataset_info (name, val) KEY (name) VALUES (?, ?)")) {
            p.setString(1, name);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    /** The number of initiatives of each origin, for status lines. */
    public long count(Origin origin) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement("SELECT COUNT(*) FROM initiative WHERE origin = ?")) {
            p.setString(1, origin.name());
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Closes the store. After a large import the file is first rewritten compactly: written in one transaction, the
     * records leave the file several times the size of their data (H2 keeps the pages each save replaced), which a
     * rewrite gives back. It takes about as long as reading the store once more.
     */
    @Override
    public void close() {
        if (linkReader != null) {
            try {
                linkReader.close();
            } catch (SQLException ignored) {
                // The database closes it with the main session below.
            }
        }
        if (imported >= COMPACT_AFTER) {
            try (Statement s = connection.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            } catch (SQLException e) {
                // The file stays larger than it needs to be; the data in it is whole.
            }
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing is best effort: the lock below is what other instances wait for.
        }
        release(lockChannel, lock);
    }

    private static void release(FileChannel channel, FileLock lock) {
        try {
            lock.release();
        } catch (IOException ignored) {
            // The channel's close releases it as well.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to do.
        }
    }
}
