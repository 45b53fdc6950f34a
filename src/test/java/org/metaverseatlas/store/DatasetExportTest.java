package org.metaverseatlas.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.store.json.DatasetFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An export of initiatives imports again into an empty store as the same records. */
class DatasetExportTest {
    private static final BundledDataset EMPTY = TestDatasets.bundled(
            new DatasetFile(DatasetFile.FORMAT, "empty", null, null, null, null, null, null));

    @TempDir
    Path folder;

    private Catalog bundledCatalog() throws Exception {
        try (AtlasStore store = AtlasStore.open(folder.resolve("full"), LoadProgress.NONE)) {
            return store.catalog();
        }
    }

    private Catalog importedInEmptyStore(Path file) throws Exception {
        try (AtlasStore store = AtlasStore.open(folder.resolve("empty-" + file.getFileName()), EMPTY,
                GazetteerReader.bundled(), LoadProgress.NONE)) {
            assertThat(store.catalog().initiatives()).isEmpty();
            store.importFile(file, LoadProgress.NONE);
            return store.catalog();
        }
    }

    @Test
    void theDatasetJsonImportsAgainAsTheSameRecordsWithTheirOrganizationsPeopleAndSources() throws Exception {
        Catalog full = bundledCatalog();
        List<Initiative> chosen = full.initiatives().stream()
                .filter(i -> !i.people().isEmpty() || i.id().hashCode() % 3 == 0).toList();
        assertThat(chosen).anyMatch(i -> !i.people().isEmpty()).hasSizeLessThan(full.initiatives().size());
        Path file = folder.resolve("some.json");
        DatasetExport.write(full, chosen, DatasetExport.Format.JSON, file);

        Catalog again = importedInEmptyStore(file);

        assertThat(again.initiatives()).hasSameSizeAs(chosen);
        for (Initiative before : chosen) {
            Initiative after = again.initiative(before.id()).orElseThrow();
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(after.titleZh()).isEqualTo(before.titleZh());
            assertThat(after.kind()).isEqualTo(before.kind());
            assertThat(after.date()).isEqualTo(before.date());
            assertThat(after.place()).isEqualTo(before.place());
            assertThat(after.summary()).isEqualTo(before.summary());
            assertThat(after.announced()).isEqualTo(before.announced());
            assertThat(after.sources()).isEqualTo(before.sources());
            assertThat(after.participants()).isEqualTo(before.participants());
            assertThat(after.people()).extracting(PersonRole::personId, PersonRole::name, PersonRole::role)
                    .containsExactlyElementsOf(before.people().stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.personId(), p.name(), p.role())).toList());
            for (Participation p : before.participants()) {
                Organization o = full.organization(p.organizationId()).orElseThrow();
                Organization copy = again.organization(p.organizationId()).orElseThrow();
                assertThat(copy).usingRecursiveComparison().ignoringFields("origin").isEqualTo(o);
            }
        }
    }

    @Test
    void theCsvImportsAgainWithEveryColumnOfItsLayout() throws Exception {
        Catalog full = bundledCatalog();
        List<Initiative> chosen = FilterCriteria.NONE.withText("metaverse").select(full);
        assertThat(chosen).isNotEmpty();
        Path file = folder.resolve("some.csv");
        DatasetExport.write(full, chosen, DatasetExport.Format.CSV, file);
        assertThat(Files.readAllLines(file).get(0)).isEqualTo(String.join(",", DatasetExport.CSV_COLUMNS));

        Catalog again = importedInEmptyStore(file);

        assertThat(again.initiatives()).extracting(Initiative::id)
                .containsExactlyInAnyOrderElementsOf(chosen.stream().map(Initiative::id).toList());
        for (Initiative before : chosen) {
            Initiative after = again.initiative(before.id()).orElseThrow();
            assertThat(after.title()).isEqualTo(before.title());
            assertThat(after.titleZh()).isEqualTo(before.titleZh());
            assertThat(after.kind()).isEqualTo(before.kind());
            assertThat(after.date()).isEqualTo(before.date());
            assertThat(after.place()).isEqualTo(before.place());
            assertThat(after.summary()).isEqualTo(before.summary());
            assertThat(after.participants()).extracting(Participation::organizationName, Participation::role)
                    .containsExactlyElementsOf(before.participants().stream()
                            .map(p -> org.assertj.core.groups.Tuple.tuple(p.organizationName(), p.role())).toList());
            Source first = before.sources().get(0);
            assertThat(after.sources()).singleElement().satisfies(s -> {
                assertThat(s.title()).isEqualTo(first.title());
                assertThat(s.publisher()).isEqualTo(first.publisher());
                assertThat(s.published()).isEqualTo(first.published());
                assertThat(s.url()).isEqualTo(first.url());
                assertThat(s.language()).isEqualTo(first.language());
            });
        }
    }

    @Test
    void anUnwritableTargetLeavesNothingBehind() throws Exception {
        Catalog full = bundledCatalog();
        Path blocker = Files.writeString(folder.resolve("a-file"), "x");
        assertThatThrownBy(() -> DatasetExport.write(full, full.initiatives(), DatasetExport.Format.JSON,
                blocker.resolve("out.json"))).isInstanceOf(java.io.IOException.class);
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("a-file", "full");
        assertThat(Set.of(DatasetExport.Format.of(Path.of("x.CSV")), DatasetExport.Format.of(Path.of("x.json"))))
                .containsExactlyInAnyOrder(DatasetExport.Format.CSV, DatasetExport.Format.JSON);
    }
}
