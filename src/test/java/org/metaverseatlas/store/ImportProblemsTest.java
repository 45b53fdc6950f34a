package org.metaverseatlas.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Origin;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What an import says about records it cannot take: each problem once, naming the record, its line and the way out. */
class ImportProblemsTest {
    private static final String CSV_HEADER = "id,title,kind,start,precision,city,province,summary,source_title\n";

    @TempDir
    static Path folder;
    private static AtlasStore store;

    @BeforeAll
    static void openStore() throws Exception {
        store = AtlasStore.open(folder.resolve("data"), LoadProgress.NONE);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    private static DatasetException refused(String name, String content) throws Exception {
        Path file = TestDatasets.write(folder, name, content);
        DatasetException problem = catchThrowableOfType(() -> store.importFile(file, LoadProgress.NONE),
                DatasetException.class);
        assertThat(problem).as("the import of " + name + " is refused").isNotNull();
        assertThat(store.count(Origin.IMPORTED)).isZero();
        return problem;
    }

    @Test
    void aCityInTwoProvincesWithoutAProvinceNamesBothAndAsksForTheProvince() throws Exception {
        DatasetException problem = refused("suzhou.json", TestDatasets.oneImportedInitiative("user-suzhou", "Suzhou"));

        assertThat(problem.problems()).containsExactly("initiative 'user-suzhou': field 'place.city': 'Suzhou' is in"
                + " more than one province (Suzhou 苏州, Jiangsu; Suzhou 宿州, Anhui): give 'place.province'");
    }

    @Test
    void aCityInTwoProvincesIsPlacedInTheProvinceTheRecordGives(@TempDir Path own) throws Exception {
        Path file = TestDatasets.write(own, "suzhou-anhui.json", TestDatasets.oneImportedInitiative("user-anhui", "Suzhou")
                .replace("{\"city\": \"Suzhou\"}", "{\"city\": \"Suzhou\", \"province\": \"Anhui\"}"));
        Path byChineseName = TestDatasets.write(own, "fuzhou-zh.json", TestDatasets.oneImportedInitiative("user-fuzhou", "福州"));
        try (AtlasStore separate = AtlasStore.open(own.resolve("data"), LoadProgress.NONE)) {
            separate.importFile(file, LoadProgress.NONE);
            separate.importFile(byChineseName, LoadProgress.NONE);

            assertThat(separate.catalog().initiative("user-anhui").orElseThrow().place().city().nameZh()).isEqualTo("宿州");
            assertThat(separate.catalog().initiative("user-fuzhou").orElseThrow().place().province().nameEn())
                    .isEqualTo("Fujian");
        }
    }

    @Test
    void anOrganizationsCityInTwoProvincesWithoutAProvinceIsAProblem() throws Exception {
        DatasetException problem = refused("org.json", """
                {"format": "metaverse-atlas-dataset",
                 "organizations": [{"id": "org-fuzhou-lab", "name": "Fuzhou Lab", "city": "Fuzhou",
                                    "sources": ["src-coinyuppie-2021-12"]}]}
                """);

        assertThat(problem.problems()).containsExactly("organization 'org-fuzhou-lab': field 'city': 'Fuzhou' is in"
                + " more than one province (Fuzhou 福州, Fujian; Fuzhou 抚州, Jiangxi): give 'province'");
    }

    @Test
    void aCsvRowWithACityInTwoProvincesIsNamedByItsLine() throws Exception {
        DatasetException problem = refused("suzhou.csv", CSV_HEADER
                + "c-1,Hangzhou salon,MEETING,2024-05-06,DAY,Hangzhou,,\"A summary\nover two lines\",Notes\n"
                + "c-2,Suzhou forum,CONFERENCE,2024-06-01,DAY,Suzhou,,,Notes\n"
                + "c-3,Suzhou lab,RESEARCH_CENTRE,2024-07-01,DAY,Suzhou,Jiangsu,,Notes\n");

        assertThat(problem.problems()).containsExactly("line 4: initiative 'c-2': field 'place.city': 'Suzhou' is in"
                + " more than one province (Suzhou 苏州, Jiangsu; Suzhou 宿州, Anhui): give 'place.province'");
    }

    @Test
    void everyProblemOfACsvRowGivesTheRowsLine() throws Exception {
        DatasetException problem = refused("rows.csv", CSV_HEADER
                + "c-1,Good row,MEETING,2024-05-06,DAY,Hangzhou,,,Notes\n"
                + ",No id,MEETING,2024-05-06,DAY,Hangzhou,,,Notes\n"
                + "c-3,Bad kind,PARTY,2024-05-06,DAY,Hangzhou,,,Notes\n"
                + "c-1,Same id again,MEETING,2024-05-06,DAY,Hangzhou,,,Notes\n");

        assertThat(problem.problems()).containsExactly(
                "line 3: initiative #2: field 'id' is missing",
                "line 4: initiative 'c-3': field 'kind': \"PARTY\" is not one of COMMITTEE, ALLIANCE, RESEARCH_CENTRE,"
                        + " MEETING, CONFERENCE, FESTIVAL, LAUNCH, PLAN",
                "line 5: initiative 'c-1': field 'id': this id is already used earlier in the file");
    }

    @Test
    void anUnknownCityIsOneProblemNotAlsoAMissingScope() throws Exception {
        DatasetException json = refused("atlantis.json", TestDatasets.oneImportedInitiative("user-atlantis", "Atlantis"));
        DatasetException csv = refused("atlantis.csv", CSV_HEADER + "c-1,Lost forum,MEETING,2024-05-06,DAY,Atlantis,,,Notes\n");

        assertThat(json.problems()).singleElement().asString()
                .startsWith("initiative 'user-atlantis': field 'place.city': unknown city 'Atlantis'");
        assertThat(csv.problems()).singleElement().asString()
                .startsWith("line 2: initiative 'c-1': field 'place.city': unknown city 'Atlantis'");
    }

    @Test
    void anUnknownProvinceIsOneProblemNotAlsoAnAmbiguousCity() throws Exception {
        DatasetException problem = refused("nowhere.json", TestDatasets.oneImportedInitiative("user-nowhere", "Suzhou")
                .replace("{\"city\": \"Suzhou\"}", "{\"city\": \"Suzhou\", \"province\": \"Nowhere\"}"));

        assertThat(problem.problems()).containsExactly(
                "initiative 'user-nowhere': field 'place.province': unknown province 'Nowhere'");
    }

    @Test
    void aFieldLongerThanItsColumnIsAProblemNamingTheRecordTheFieldAndTheLimit() throws Exception {
        String summary = "x".repeat(10 * 1024 * 1024);
        DatasetException problem = refused("long.json", TestDatasets.oneImportedInitiative("user-long", "Hangzhou")
                .replace("\"A test record.\"", "\"" + summary + "\""));

        assertThat(problem.problems()).containsExactly(
                "initiative 'user-long': field 'summary' is 10,485,760 characters long; at most 8,000 fit");
    }

    @Test
    void aTooLongFieldOfASourceOrOrganizationIsNamedToo() throws Exception {
        DatasetException problem = refused("long-org.json", """
                {"format": "metaverse-atlas-dataset",
                 "sources": [{"id": "src-long", "title": "A page", "language": "english-and-chinese"}],
                 "organizations": [{"id": "org-long", "name": "%s", "sources": ["src-coinyuppie-2021-12"]}]}
                """.formatted("N".repeat(501)));

        assertThat(problem.problems()).containsExactly(
                "source 'src-long': field 'language' is 19 characters long; at most 8 fit",
                "organization 'org-long': field 'name' is 501 characters long; at most 500 fit");
    }

    @Test
    void aDateBefore1990OrAfter2100IsAProblemSoOneRecordCannotStretchTheTimeline() throws Exception {
        DatasetException zero = refused("year-zero.json", TestDatasets.oneImportedInitiative("user-zero", "Hangzhou")
                .replace("2024-05-06", "0000-05-06"));
        DatasetException early = refused("early.json", TestDatasets.oneImportedInitiative("user-early", "Hangzhou")
                .replace("2024-05-06", "1989-12-31"));
        DatasetException late = refused("late.json", TestDatasets.oneImportedInitiative("user-late", "Hangzhou")
                .replace("2024-05-06", "2099-12-20").replace("\"DAY\"", "\"RANGE\", \"end\": \"2101-01-01\""));

        assertThat(zero.problems()).containsExactly(
                "initiative 'user-zero': field 'start': 0000-05-06 is outside the years 1990 to 2100");
        assertThat(early.problems()).containsExactly(
                "initiative 'user-early': field 'start': 1989-12-31 is outside the years 1990 to 2100");
        assertThat(late.problems()).containsExactly(
                "initiative 'user-late': field 'end': 2101-01-01 is outside the years 1990 to 2100");
    }

    @Test
    void theFirstAndLastPlausibleYearsAreAccepted(@TempDir Path own) throws Exception {
        Path first = TestDatasets.write(own, "first.json", TestDatasets.oneImportedInitiative("user-1990", "Hangzhou")
                .replace("2024-05-06", "1990-01-01"));
        Path last = TestDatasets.write(own, "last.json", TestDatasets.oneImportedInitiative("user-2100", "Hangzhou")
                .replace("2024-05-06", "2100-12-31"));
        try (AtlasStore separate = AtlasStore.open(own.resolve("data"), LoadProgress.NONE)) {
            separate.importFile(first, LoadProgress.NONE);
            separate.importFile(last, LoadProgress.NONE);
            assertThat(separate.count(Origin.IMPORTED)).isEqualTo(2);
        }
    }
}
