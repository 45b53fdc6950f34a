package org.metaverseatlas.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.PersonRole;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RemoveImportedRecordsTest {
    /** An initiative with an organization, a person and a source of its own. */
    static final String OWN_RECORDS = """
            {"format": "metaverse-atlas-dataset",
             "sources": [{"id": "src-mine", "title": "My notes", "published": "2024-05-07"}],
             "organizations": [{"id": "org-mine", "name": "My Lab", "city": "Hangzhou", "sources": ["src-mine"]}],
             "people": [{"id": "person-mine", "name": "Li Ming",
                         "roles": [{"role": "Director", "organization": "org-mine", "source": "src-mine"}]}],
             "initiatives": [{"id": "mine-1", "title": "My lab opens", "kind": "RESEARCH_CENTRE", "start": "2024-05-06",
               "precision": "DAY", "place": {"city": "Hangzhou"},
               "participants": [{"organization": "org-mine", "role": "SUBJECT"},
                                {"organization": "org-hangzhou-normal-university", "role": "PARTNER"}],
               "people": [{"person": "person-mine", "role": "Director"}],
               "summary": "A test record.", "sources": ["src-mine"]}]}
            """;

    @TempDir
    Path directory;

    private static Set<String> ids(Catalog catalog) throws Exception {
        Set<String> ids = new TreeSet<>();
        catalog.initiatives().stream().map(Initiative::id).forEach(ids::add);
        catalog.organizations().stream().map(Organization::id).forEach(ids::add);
        catalog.people().stream().map(PersonRole::personId).forEach(ids::add);
        catalog.sources().forEach(c -> ids.add(c.source().id()));
        return ids;
    }

    private Path importBoth(AtlasStore store) throws Exception {
        Path json = TestDatasets.write(directory, "mine.json", OWN_RECORDS);
        Path csv = TestDatasets.write(directory, "rows.csv", "id,title,kind,start,precision,city,organizations,source_title\n"
                + "row-1,Chengdu salon,MEETING,2024-06-01,DAY,Chengdu,Chengdu Salon Office|ORGANIZER,Salon page\n");
        store.importFile(json, LoadProgress.NONE);
        store.importFile(csv, LoadProgress.NONE);
        return json;
    }

    @Test
    void removingImportedRecordsTakesThemAllAndLeavesTheBundledOnes() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            Set<String> bundled = ids(store.catalog());
            Path json = importBoth(store);
            assertThat(store.imported()).isEqualTo(new ImportedRecords(2, 2, 1, 2));

            assertThat(store.removeImported()).isEqualTo(new ImportedRecords(2, 2, 1, 2));

            assertThat(ids(store.catalog())).isEqualTo(bundled);
            assertThat(store.imported()).isEqualTo(ImportedRecords.NONE);
            assertThat(store.count(Origin.BUNDLED)).isEqualTo(23);
            assertThat(store.catalog().organization("org-hangzhou-normal-university")).isPresent();
            assertThat(store.importFile(json, LoadProgress.NONE)).as("the same file goes in again").isEqualTo(1);
        }
    }

    @Test
    void theRemovalLastsAfterTheStoreIsClosed() throws Exception {
        Set<String> bundled;
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            bundled = ids(store.catalog());
            importBoth(store);
            store.removeImported();
        }
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            assertThat(ids(store.catalog())).isEqualTo(bundled);
        }
    }

    @Test
    void removingWhenNothingWasImportedRemovesNothing() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            Set<String> bundled = ids(store.catalog());

            assertThat(store.removeImported()).isEqualTo(ImportedRecords.NONE);
            assertThat(ids(store.catalog())).isEqualTo(bundled);
        }
    }

    @Test
    void undoingTheLastImportRemovesWhatItAddedAndLeavesTheEarlierOnes() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            Set<String> bundled = ids(store.catalog());
            importBoth(store);

            ImportBatch last = store.lastImport().orElseThrow();
            assertThat(last.fileName()).isEqualTo("rows.csv");
            assertThat(last.file()).isEqualTo(directory.resolve("rows.csv").toAbsolutePath().toString());
            assertThat(last.records()).isEqualTo(new ImportedRecords(1, 1, 0, 1));
            assertThat(store.removeImport(last.id())).isEqualTo(new ImportedRecords(1, 1, 0, 1));

            assertThat(store.catalog().initiative("row-1")).isEmpty();
            assertThat(store.catalog().initiative("mine-1")).isPresent();
            ImportBatch first = store.lastImport().orElseThrow();
            assertThat(first.fileName()).isEqualTo("mine.json");
            assertThat(first.records()).isEqualTo(new ImportedRecords(1, 1, 1, 1));

            store.removeImport(first.id());
            assertThat(ids(store.catalog())).isEqualTo(bundled);
            assertThat(store.lastImport()).isEmpty();
        }
    }

    @Test
    void anImportALaterOneBuildsOnCannotBeUndoneAndStaysWhole() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            store.importFile(TestDatasets.write(directory, "mine.json", OWN_RECORDS), LoadProgress.NONE);
            ImportBatch first = store.lastImport().orElseThrow();
            store.importFile(TestDatasets.write(directory, "more.csv", "id,title,kind,start,precision,city,organizations,"
                    + "source_title\nrow-1,My lab's salon,MEETING,2024-06-01,DAY,Hangzhou,org-mine|HOST,Salon page\n"),
                    LoadProgress.NONE);
            Set<String> before = ids(store.catalog());

            assertThatThrownBy(() -> store.removeImport(first.id()))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the store is unchanged");

            assertThat(ids(store.catalog())).isEqualTo(before);
            assertThat(store.imported()).isEqualTo(new ImportedRecords(2, 1, 1, 2));
        }
    }

    @Test
    void removingEveryImportedRecordLeavesNoImportToUndo() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            importBoth(store);

            store.removeImported();

            assertThat(store.lastImport()).isEmpty();
        }
    }

    @Test
    void aRemovalThatFailsPartWayRemovesNothing() throws Exception {
        try (AtlasStore store = AtlasStore.open(directory.resolve("data"), LoadProgress.NONE)) {
            importBoth(store);
            Set<String> before = ids(store.catalog());
            // A bundled initiative citing an imported source: the sources go last, after the initiatives, people and
            // organizations, so the removal fails only once most of it is done.
            try (Statement s = store.connection().createStatement()) {
                s.executeUpdate("INSERT INTO initiative_source (initiative_id, position, source_id)"
                        + " VALUES ('ini-2021-10-beijing-metaverse-conference', 99, 'src-mine')");
            }

            assertThatThrownBy(store::removeImported)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("the store is unchanged");

            assertThat(ids(store.catalog())).isEqualTo(before);
            assertThat(store.imported()).isEqualTo(new ImportedRecords(2, 2, 1, 2));
            assertThat(store.catalog().initiative("mine-1").orElseThrow().people()).extracting(PersonRole::name)
                    .containsExactly("Li Ming");
            assertThat(List.of(store.connection().getAutoCommit())).containsExactly(true);
        }
    }
}
