package org.metaverseatlas.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.store.json.DatasetFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtlasStoreTest {
    @TempDir
    Path directory;

    @Test
    void firstOpenLoadsTheBundledDatasetAndRecordsItsVersion() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory, LoadProgress.NONE)) {
            assertThat(store.report().bundledLoaded()).isTrue();
            assertThat(store.report().bundledVersion()).isEqualTo("2026.12.1");
            assertThat(store.catalog().initiatives()).hasSize(23);
            assertThat(store.catalog().organizations()).hasSize(28);
        }
    }

    @Test
    void laterOpensReuseTheStoreWithoutReloading() throws Exception {
        AtlasStore.open(directory, LoadProgress.NONE).close();
        List<String> messages = new ArrayList<>();
        try (AtlasStore store = AtlasStore.open(directory, (m, f) -> messages.add(m))) {
            assertThat(store.report().bundledLoaded()).isFalse();
            assertThat(messages).doesNotContain("Loading the bundled dataset");
            assertThat(store.catalog().initiatives()).hasSize(23);
        }
    }

    @Test
    void aFirstLoadKilledHalfWayIsRedoneAtTheNextOpen() throws Exception {
        int count = 6000;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), InterruptedLoad.class.getName(),
                directory.toString(), String.valueOf(count), "3")
                .redirectErrorStream(true).redirectOutput(directory.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(directory.resolve("child.log"))).isEqualTo(137);

        BundledDataset same = TestDatasets.bundled(TestDatasets.synthetic(count, 3));
        try (AtlasStore store = AtlasStore.open(directory, same, GazetteerReader.bundled(), LoadProgress.NONE)) {
            assertThat(store.report().bundledLoaded()).isTrue();
            assertThat(store.count(Origin.BUNDLED)).isEqualTo(count);
        }
        try (AtlasStore store = AtlasStore.open(directory, same, GazetteerReader.bundled(), LoadProgress.NONE)) {
            assertThat(store.report().bundledLoaded()).isFalse();
            assertThat(store.count(Origin.BUNDLED)).isEqualTo(count);
        }
    }

    @Test
    void aLargeImportKilledHalfWayLeavesTheStoreAsItWasWithItsIndexesAndReferencesWhole() throws Exception {
        Path file = directory.resolve("large.json");
        DatasetWriter.write(TestDatasets.synthetic(6000, 5), file);
        Path data = directory.resolve("data");
        Set<String> schema;
        try (AtlasStore store = AtlasStore.open(data, LoadProgress.NONE)) {
            schema = indexesAndKeys(store);
        }
        // The child opens the store with the same bundled dataset as this test run, or it would load its own.
        String bundled = System.getProperty(BundledDataset.RESOURCE_PROPERTY, BundledDataset.RESOURCE);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-D" + BundledDataset.RESOURCE_PROPERTY + "=" + bundled,
                "-cp", System.getProperty("java.class.path"), InterruptedImport.class.getName(),
                data.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(Files.readString(directory.resolve("child.log"))).isEqualTo(137);

        try (AtlasStore store = AtlasStore.open(data, LoadProgress.NONE)) {
            assertThat(store.report().bundledLoaded()).isFalse();
            assertThat(store.count(Origin.IMPORTED)).isZero();
            assertThat(store.catalog().initiatives()).hasSize(23);
            assertThat(indexesAndKeys(store)).isEqualTo(schema);

            assertThat(store.importFile(file, LoadProgress.NONE)).isEqualTo(6000);
            assertThat(indexesAndKeys(store)).isEqualTo(schema);
            // The links go with their initiatives (ON DELETE CASCADE), and an organization still named is refused.
            assertThat(store.removeImport(store.lastImport().orElseThrow().id()).initiatives()).isEqualTo(6000);
            assertThat(count(store, "SELECT COUNT(*) FROM initiative_organization")).isEqualTo(
                    count(store, "SELECT COUNT(*) FROM initiative_organization io JOIN initiative i ON i.id = io.initiative_id"));
            assertThatThrownBy(() -> store.connection().createStatement().executeUpdate(
                    "DELETE FROM organization WHERE id IN (SELECT organization_id FROM initiative_organization)"))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(store.catalog().initiatives()).hasSize(23);
        }
    }

    @Test
    void aLargeImportCancelledHalfWayPutsItsIndexesAndReferencesBackAtOnce() throws Exception {
        Path file = directory.resolve("large.json");
        DatasetWriter.write(TestDatasets.synthetic(6000, 6), file);
        LoadProgress stopHalfWay = new LoadProgress() {
            private double written;

            @Override
            public void update(String message, double fraction) {
                if (message.startsWith("Writing")) {
                    written = fraction;
                }
            }

            @Override
            public boolean isCancelled() {
                return written >= 0.5;
            }
        };
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            Set<String> schema = indexesAndKeys(store);
            assertThatThrownBy(() -> store.importFile(file, stopHalfWay))
                    .isInstanceOf(ImportCancelledException.class).hasMessageContaining("nothing was added");
            assertThat(store.count(Origin.IMPORTED)).isZero();
            assertThat(indexesAndKeys(store)).isEqualTo(schema);
            assertThat(store.catalog().initiatives()).hasSize(23);
        }
    }

    /** The store's primary keys, indexes and foreign keys, each with its table and columns. */
    private static Set<String> indexesAndKeys(AtlasStore store) throws Exception {
        Set<String> found = new java.util.TreeSet<>();
        try (var s = store.connection().createStatement();
             var r = s.executeQuery("SELECT i.TABLE_NAME, i.INDEX_TYPE_NAME, LISTAGG(c.COLUMN_NAME, ',')"
                     + " WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) FROM INFORMATION_SCHEMA.INDEXES i"
                     + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                     + " WHERE i.TABLE_SCHEMA = 'PUBLIC' GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME")) {
            while (r.next()) {
                found.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        try (var s = store.connection().createStatement();
             var r = s.executeQuery("SELECT TABLE_NAME, CONSTRAINT_TYPE, COUNT(*) FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' GROUP BY TABLE_NAME, CONSTRAINT_TYPE")) {
            while (r.next()) {
                found.add(r.getString(1) + " " + r.getString(2) + " x" + r.getInt(3));
            }
        }
        return found;
    }

    private static long count(AtlasStore store, String query) throws Exception {
        try (var s = store.connection().createStatement(); var r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aSecondInstanceOnTheSameFolderIsRefusedAndChangesNothing() throws Exception {
        try (AtlasStore first = AtlasStore.open(directory, LoadProgress.NONE)) {
            assertThatThrownBy(() -> AtlasStore.open(directory, LoadProgress.NONE))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(directory.toString())
                    .hasMessageContaining("in use");
            assertThat(first.catalog().initiatives()).hasSize(23);
        }
        try (AtlasStore again = AtlasStore.open(directory, LoadProgress.NONE)) {
            assertThat(again.report().bundledLoaded()).isFalse();
        }
    }

    @Test
    void anUnreadableDatabaseIsMovedAsideToATimestampedBackupAndRebuilt() throws Exception {
        AtlasStore.open(directory, LoadProgress.NONE).close();
        Path database = directory.resolve("atlas.mv.db");
        byte[] garbage = "this is not an H2 database, just text that replaced it".repeat(200).getBytes();
        Files.write(database, garbage);

        try (AtlasStore store = AtlasStore.open(directory, LoadProgress.NONE)) {
            Path backup = store.report().backup().orElseThrow();
            assertThat(backup.getFileName().toString()).startsWith("atlas.mv.db.damaged-");
            assertThat(Files.readAllBytes(backup)).isEqualTo(garbage);
            assertThat(store.report().bundledLoaded()).isTrue();
            assertThat(store.catalog().initiatives()).hasSize(23);
        }
    }

    @Test
    void anImportAddsAllRecordsOfAValidFile() throws Exception {
        Path file = TestDatasets.write(directory, "one.json", TestDatasets.oneImportedInitiative("user-1", "Hangzhou"));
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThat(store.importFile(file, LoadProgress.NONE)).isEqualTo(1);
            Initiative imported = store.catalog().initiative("user-1").orElseThrow();
            assertThat(imported.origin()).isEqualTo(Origin.IMPORTED);
            assertThat(imported.organizationNames()).containsExactly("Hangzhou Normal University");
        }
    }

    @Test
    void anImportWithOneBadRecordNamesItAndLeavesTheStoreUnchanged() throws Exception {
        DatasetFile synthetic = TestDatasets.synthetic(50, 11);
        List<DatasetFile.InitiativeJson> initiatives = new ArrayList<>(synthetic.initiatives());
        DatasetFile.InitiativeJson good = initiatives.get(30);
        initiatives.set(30, new DatasetFile.InitiativeJson(good.id(), good.title(), null, good.kind(), good.start(), good.end(),
                good.precision(), new DatasetFile.PlaceJson(null, "Guangzou", null, null, null), good.participants(),
                good.people(), good.summary(), good.sources(), good.synthetic(), null));
        Path file = directory.resolve("bad.json");
        DatasetWriter.write(new DatasetFile(synthetic.format(), synthetic.datasetVersion(), null, true,
                synthetic.sources(), synthetic.organizations(), synthetic.people(), initiatives), file);

        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThatThrownBy(() -> store.importFile(file, LoadProgress.NONE))
                    .isInstanceOf(DatasetException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("initiative '" + good.id() + "'")
                    .hasMessageContaining("place.city")
                    .hasMessageContaining("Guangzhou");
            assertThat(store.count(Origin.IMPORTED)).isZero();
            assertThat(store.catalog().organizations()).hasSize(28);
        }
    }

    @Test
    void aStoreFoundDamagedWhileReadingIsKeptAsideAndRebuiltFromTheBundledDataset() throws Exception {
        Path file = TestDatasets.write(directory, "one.json", TestDatasets.oneImportedInitiative("user-1", "Hangzhou"));
        Path data = directory.resolve("data");
        AtlasStore store = AtlasStore.open(data, LoadProgress.NONE);
        store.importFile(file, LoadProgress.NONE);
        assertThat(store.count(Origin.IMPORTED)).isEqualTo(1);

        AtlasStore rebuilt = store.rebuild(new StoreDamagedException("damaged", null), LoadProgress.NONE);
        try {
            assertThat(rebuilt.count(Origin.IMPORTED)).isZero();
            assertThat(rebuilt.catalog().initiatives()).hasSize(23);
            Path backup = rebuilt.report().backup().orElseThrow();
            assertThat(backup).exists().hasParent(data);
            assertThat(backup.getFileName().toString()).startsWith("atlas.mv.db.damaged-");
        } finally {
            rebuilt.close();
        }
    }

    @Test
    void aFileThatDoesNotReadBackCountsAsDamageAndAQueryErrorDoesNot() {
        assertThat(AtlasStore.isDamage(new java.sql.SQLException("File corrupted while reading record", "XX000", 90030)))
                .isTrue();
        assertThat(AtlasStore.isDamage(new java.sql.SQLException("General error", "HY000", 50000,
                new IllegalStateException("File corrupted in chunk 370, expected page length 4..1024")))).isTrue();
        assertThat(AtlasStore.isDamage(new java.sql.SQLException("Column \"X\" not found", "42S22", 42122)))
                .isFalse();
    }

    @Test
    void aFileImportedAgainWithABadRecordPutsTheBadRecordBeforeTheIdsSeenBefore() throws Exception {
        DatasetFile synthetic = TestDatasets.synthetic(30, 5);
        Path first = directory.resolve("first.json");
        DatasetWriter.write(synthetic, first);
        List<DatasetFile.InitiativeJson> initiatives = new ArrayList<>(synthetic.initiatives());
        DatasetFile.InitiativeJson last = initiatives.get(29);
        initiatives.add(new DatasetFile.InitiativeJson("new-one", last.title(), null, "BOGUS_KIND", last.start(), null,
                last.precision(), last.place(), last.participants(), last.people(), last.summary(), last.sources(),
                last.synthetic(), null));
        Path again = directory.resolve("again.json");
        DatasetWriter.write(new DatasetFile(synthetic.format(), synthetic.datasetVersion(), null, true,
                synthetic.sources(), synthetic.organizations(), synthetic.people(), initiatives), again);

        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            store.importFile(first, LoadProgress.NONE);
            assertThatThrownBy(() -> store.importFile(again, LoadProgress.NONE))
                    .isInstanceOfSatisfying(DatasetException.class, e -> {
                        assertThat(e.problems().get(0)).contains("new-one").contains("BOGUS_KIND");
                        assertThat(e.problems()).filteredOn(p -> p.contains("already"))
                                .allMatch(p -> p.endsWith("already in the store"));
                    });
        }
    }

    @Test
    void anImportCancelledHalfWayLeavesTheStoreAsItWasAndCanBeRunAgain() throws Exception {
        Path file = directory.resolve("many.json");
        DatasetWriter.write(TestDatasets.synthetic(3000, 9), file);
        java.util.concurrent.atomic.AtomicInteger writes = new java.util.concurrent.atomic.AtomicInteger();
        LoadProgress stopAfterTheFirstBatch = new LoadProgress() {
            @Override
            public void update(String message, double fraction) {
                if (message.startsWith("Writing")) {
                    writes.incrementAndGet();
                }
            }

            @Override
            public boolean isCancelled() {
                return writes.get() > 0;
            }
        };
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThatThrownBy(() -> store.importFile(file, stopAfterTheFirstBatch))
                    .isInstanceOf(ImportCancelledException.class).hasMessageContaining("nothing was added");
            assertThat(writes.get()).as("stopped after writing had begun").isEqualTo(1);
            assertThat(store.count(Origin.IMPORTED)).isZero();
            assertThat(store.catalog().initiatives()).hasSize(23);

            assertThat(store.importFile(file, LoadProgress.NONE)).isEqualTo(3000);
            assertThat(store.count(Origin.IMPORTED)).isEqualTo(3000);
        }
    }

    @Test
    void aLargeImportLeavesAStoreFileAtMostTwiceTheSizeOfItsJsonOnceClosed() throws Exception {
        Path file = directory.resolve("large.json");
        DatasetWriter.write(TestDatasets.synthetic(6000, 8), file);
        Path data = directory.resolve("data");
        try (AtlasStore store = AtlasStore.open(data, LoadProgress.NONE)) {
            store.importFile(file, LoadProgress.NONE);
        }
        assertThat(Files.size(data.resolve("atlas.mv.db"))).isLessThanOrEqualTo(2 * Files.size(file));
        try (AtlasStore store = AtlasStore.open(data, LoadProgress.NONE)) {
            assertThat(store.count(Origin.IMPORTED)).isEqualTo(6000);
            assertThat(store.catalog().initiatives()).hasSize(6023);
        }
    }

    @Test
    void importingTheSameFileTwiceIsRefusedTheSecondTime() throws Exception {
        Path file = TestDatasets.write(directory, "one.json", TestDatasets.oneImportedInitiative("user-1", "Hangzhou"));
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            store.importFile(file, LoadProgress.NONE);
            assertThatThrownBy(() -> store.importFile(file, LoadProgress.NONE))
                    .isInstanceOf(DatasetException.class).hasMessageContaining("already in the store");
            assertThat(store.count(Origin.IMPORTED)).isEqualTo(1);
        }
    }

    @Test
    void malformedJsonIsReportedWithItsLine() throws Exception {
        Path file = TestDatasets.write(directory, "broken.json", "{\n  \"format\": \"metaverse-atlas-dataset\",\n  \"initiatives\": [ {\"id\": }\n]}");
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThatThrownBy(() -> store.importFile(file, LoadProgress.NONE))
                    .isInstanceOf(DatasetException.class).hasMessageContaining("line 3");
            assertThat(store.count(Origin.IMPORTED)).isZero();
        }
    }

    @Test
    void anEndOnADayIsReportedNotDropped() throws Exception {
        DatasetFile synthetic = TestDatasets.synthetic(5, 3);
        List<DatasetFile.InitiativeJson> initiatives = new ArrayList<>(synthetic.initiatives());
        DatasetFile.InitiativeJson day = initiatives.stream().filter(i -> "DAY".equals(i.precision())).findFirst()
                .orElseThrow();
        initiatives.set(initiatives.indexOf(day), new DatasetFile.InitiativeJson(day.id(), day.title(), null, day.kind(),
                day.start(), "2001-01-01", day.precision(), day.place(), day.participants(), day.people(),
                day.summary(), day.sources(), day.synthetic(), null));
        Path file = directory.resolve("end.json");
        DatasetWriter.write(new DatasetFile(synthetic.format(), synthetic.datasetVersion(), null, true,
                synthetic.sources(), synthetic.organizations(), synthetic.people(), initiatives), file);

        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThatThrownBy(() -> store.importFile(file, LoadProgress.NONE))
                    .isInstanceOf(DatasetException.class)
                    .hasMessageContaining("initiative '" + day.id() + "'")
                    .hasMessageContaining("field 'end' is only for precision RANGE");
            assertThat(store.count(Origin.IMPORTED)).isZero();
        }
    }

    @Test
    void jsonOfTheWrongShapeAndAnEmptyCsvAreExplainedInTheFilesTerms() throws Exception {
        Path array = TestDatasets.write(directory, "array.json", "[ {\"id\": \"x\"} ]");
        Path wrongField = TestDatasets.write(directory, "field.json",
                "{\"format\": \"metaverse-atlas-dataset\", \"initiatives\": [ {\"id\": \"x\", \"participants\": 5} ]}");
        Path empty = TestDatasets.write(directory, "empty.csv", "\n");
        Path cut = TestDatasets.write(directory, "cut.json",
                "{\"format\": \"metaverse-atlas-dataset\", \"initiatives\": [ {\"id\": \"x\"}, ");
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThatThrownBy(() -> store.importFile(array, LoadProgress.NONE))
                    .hasMessageContaining("one JSON object").hasMessageNotContaining("org.metaverseatlas");
            assertThatThrownBy(() -> store.importFile(wrongField, LoadProgress.NONE))
                    .hasMessageContaining("field 'initiatives[0].participants' should be a list")
                    .hasMessageNotContaining("org.metaverseatlas");
            assertThatThrownBy(() -> store.importFile(empty, LoadProgress.NONE))
                    .hasMessageContaining("the file is empty").hasMessageNotContaining("Source:");
            assertThatThrownBy(() -> store.importFile(cut, LoadProgress.NONE))
                    .hasMessageContaining("line 1").hasMessageNotContaining("Source:")
                    .hasMessageNotContaining("StreamReadFeature");
            assertThat(store.count(Origin.IMPORTED)).isZero();
        }
    }

    @Test
    void csvImportsRowsAndNamesTheFieldOfABadRow() throws Exception {
        String header = "id,title,kind,start,end,precision,city,province,organizations,summary,source_title,source_published\n";
        Path good = TestDatasets.write(directory, "good.csv", header
                + "csv-1,Shanghai metaverse forum,CONFERENCE,2024-06,,MONTH,Shanghai,,Shanghai Forum Office|ORGANIZER,A forum.,Test source,2024-07-01\n"
                + "csv-2,\"Chengdu lab, phase 2\",RESEARCH_CENTRE,2024-09-01,,DAY,成都,四川,org-hangzhou-normal-university|PARTNER,,Test source,2024-07-01\n");
        Path bad = TestDatasets.write(directory, "bad.csv", header
                + "csv-3,Bad date,MEETING,2024-13-45,,DAY,Shanghai,,,,Test source,\n");
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThat(store.importFile(good, LoadProgress.NONE)).isEqualTo(2);
            Initiative chengdu = store.catalog().initiative("csv-2").orElseThrow();
            assertThat(chengdu.place().city().nameEn()).isEqualTo("Chengdu");
            assertThat(chengdu.title()).isEqualTo("Chengdu lab, phase 2");
            assertThat(store.catalog().initiative("csv-1").orElseThrow().organizationNames())
                    .containsExactly("Shanghai Forum Office");

            assertThatThrownBy(() -> store.importFile(bad, LoadProgress.NONE))
                    .isInstanceOf(DatasetException.class)
                    .hasMessageContaining("csv-3").hasMessageContaining("2024-13-45");
            assertThat(store.count(Origin.IMPORTED)).isEqualTo(2);
        }
    }

    @Test
    void aNewerBundledDatasetReplacesBundledRecordsAndKeepsImportedOnes() throws Exception {
        BundledDataset original = BundledDataset.load();
        Path file = TestDatasets.write(directory, "one.json", TestDatasets.oneImportedInitiative("user-1", "Hangzhou"));
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), original, GazetteerReader.bundled(), LoadProgress.NONE)) {
            store.importFile(file, LoadProgress.NONE);
        }
        DatasetFile parsed = original.parse();
        List<DatasetFile.InitiativeJson> newer = new ArrayList<>(parsed.initiatives());
        newer.removeIf(i -> i.id().equals("ini-2021-10-beijing-metaverse-conference"));
        BundledDataset next = TestDatasets.bundled(new DatasetFile(parsed.format(), "2026.12.1", parsed.description(),
                null, parsed.sources(), parsed.organizations(), parsed.people(), newer));

        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), next, GazetteerReader.bundled(), LoadProgress.NONE)) {
            assertThat(store.report().bundledLoaded()).isTrue();
            assertThat(store.report().bundledVersion()).isEqualTo("2026.12.1");
            assertThat(store.catalog().initiative("ini-2021-10-beijing-metaverse-conference")).isEmpty();
            assertThat(store.catalog().initiative("user-1")).isPresent();
            assertThat(store.count(Origin.BUNDLED)).isEqualTo(22);
        }
    }

    @Test
    void findBySqlAgreesWithTheInMemoryFilter() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory, LoadProgress.NONE)) {
            List<Initiative> all = store.catalog().initiatives();
            for (FilterCriteria filter : List.of(
                    FilterCriteria.NONE.withCities(Set.of("Guiyang|CN.18")),
                    FilterCriteria.NONE.withProvinces(Set.of("CN.02")),
                    FilterCriteria.NONE.withText("海珠"),
                    FilterCriteria.NONE.withText("pan zhigeng"),
                    FilterCriteria.NONE.withText("zhigeng PAN"),
                    FilterCriteria.NONE.withText("\"zhigeng pan\""),
                    FilterCriteria.NONE.withText("100%_"),
                    FilterCriteria.NONE.withDates(java.time.LocalDate.of(2021, 11, 21), java.time.LocalDate.of(2021, 11, 30)),
                    FilterCriteria.NONE.withOrganizationTypes(Set.of(org.metaverseatlas.model.OrganizationType.UNIVERSITY)),
                    FilterCriteria.NONE.withKinds(Set.of(org.metaverseatlas.model.InitiativeKind.COMMITTEE)),
                    FilterCriteria.NONE.withSources(Set.of("src-haizhu-2023-03"))
                            .withProvinces(Set.of("CN.32", "CN.07")))) {
                List<String> expected = all.stream().filter(filter::matches).map(Initiative::id).toList();
                assertThat(store.find(filter).initiatives()).extracting(Initiative::id).as(filter.toString())
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearMessage() throws Exception {
        Path file = Files.writeString(directory.resolve("plain-file"), "x");
        assertThatThrownBy(() -> AtlasStore.open(file.resolve("data"), LoadProgress.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(file.resolve("data").toString());
    }

    @Test
    void aFolderPathIsNeverReadAsDatabaseSettings() {
        Path injected = directory.resolve("x;INIT=CREATE TABLE injected(a INT)");
        assertThatThrownBy(() -> AtlasStore.open(injected, LoadProgress.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(injected.toString())
                .hasMessageContaining("';'");
        assertThat(directory.toFile().list()).as("nothing created beside the refused folder").isEmpty();
    }

    @Test
    void aFolderWithSpacesEqualsSignsAndChineseOpensInsideThatFolder() throws Exception {
        Path odd = directory.resolve("数据 folder=1");
        try (AtlasStore store = AtlasStore.open(odd, LoadProgress.NONE)) {
            assertThat(store.catalog().initiatives()).isNotEmpty();
        }
        assertThat(odd.resolve("atlas.mv.db")).exists();
        assertThat(directory.toFile().list()).containsExactly("数据 folder=1");
    }

    @Test
    void aStoreWrittenByANewerVersionIsLeftUntouched() throws Exception {
        AtlasStore.open(directory, LoadProgress.NONE).close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + directory.resolve("atlas"), "sa", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', 0, TRUE)");
        }
        byte[] before = Files.readAllBytes(directory.resolve("atlas.mv.db"));
        assertThatThrownBy(() -> AtlasStore.open(directory, LoadProgress.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining("another version");
        assertThat(Files.exists(directory.resolve("atlas.mv.db"))).isTrue();
        try (java.util.stream.Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
        }
        assertThat(before).isNotEmpty();
    }
}
