package org.metaverseatlas.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.cli.ExitCode;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.LoadProgress;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {
    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }

        List<String> titles() throws Exception {
            List<String> titles = new ArrayList<>();
            json().forEach(n -> titles.add(n.get("title").asText()));
            return titles;
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.isEmpty() && !all.contains("--data-dir") && !all.get(0).equals("generate")) {
            all.add("--data-dir");
            all.add(folder.resolve("data").toString());
        }
        int status = AtlasCommandLine.commandLine(dir -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void listJsonOnAnEmptyFolderPrintsEveryBundledInitiativeOldestFirstWithTheDocumentedFields() throws Exception {
        Run run = run("list", "--format", "json");
        assertThat(run.status()).isZero();
        JsonNode array = run.json();
        assertThat(array.size()).isEqualTo(23);
        JsonNode first = array.get(0);
        assertThat(first.get("start").asText()).isEqualTo("2021-10");
        assertThat(first.get("precision").asText()).isEqualTo("MONTH");
        assertThat(first.get("city").asText()).isEqualTo("Beijing");
        for (String field : List.of("id", "title", "kind", "start", "end", "precision", "district", "city", "province",
                "organizations", "summary", "sources")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        JsonNode week = array.get(5);
        assertThat(week.get("start").asText()).isEqualTo("2021-11-20");
        assertThat(week.get("end").asText()).isEqualTo("2021-11-23");
        assertThat(week.get("organizations").toString()).contains("Shenzhen Association for Science and Technology");
        assertThat(week.get("sources").get(0).get("title").asText()).startsWith("Metaverse continues to heat up");
        assertThat(week.get("sources").get(0).get("publisher").asText()).isEqualTo("CoinYuppie");
        assertThat(week.get("sources").get(0).get("published").asText()).isEqualTo("2021-12-31");
        assertThat(run.err()).contains("Loaded the bundled dataset");
    }

    @Test
    void listInTheImportLayoutsWritesTheFilteredInitiativesForAnotherStoreToImport() throws Exception {
        Path json = folder.resolve("out/guangzhou.json");
        Run written = run("list", "--city", "Guangzhou", "--format", "dataset", "--out", json.toString());
        assertThat(written.status()).as(written.err()).isZero();
        JsonNode dataset = new ObjectMapper().readTree(json.toFile());
        assertThat(dataset.get("format").asText()).isEqualTo("metaverse-atlas-dataset");
        assertThat(dataset.get("initiatives").size()).isPositive();
        dataset.get("initiatives").forEach(i -> assertThat(i.get("place").get("city").asText()).isEqualTo("Guangzhou"));
        assertThat(written.err()).contains(dataset.get("initiatives").size() + " initiatives written to");

        Run csv = run("list", "--city", "Guangzhou", "--format", "csv");
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id,title,title_zh,kind,start,end,precision,district,city,province");
        assertThat(lines).hasSize(dataset.get("initiatives").size() + 1);

        Run other = run("import", json.toString(), "--data-dir", folder.resolve("other").toString());
        assertThat(other.status()).as("the other store already holds the bundled records").isEqualTo(3);
        assertThat(other.err()).contains("already");

        Path blocked = Files.writeString(folder.resolve("plain"), "x").resolve("out.json");
        Run unwritable = run("list", "--format", "dataset", "--out", blocked.toString());
        assertThat(unwritable.status()).isEqualTo(1);
        assertThat(unwritable.err()).contains(blocked.toString());
    }

    @Test
    void cityFilterMatchesEnglishOrChineseCaseInsensitively() throws Exception {
        assertThat(run("list", "--format", "json", "--city", "guiyang").titles())
                .containsExactly("\"Metaverse: Next Generation Internet\" innovation salon, lecture 1", "Guiyang metaverse study seminar");
        assertThat(run("list", "--format", "json", "--city", "贵阳").titles()).hasSize(2);
        assertThat(run("list", "--format", "json", "--city", "Guiyang", "--city", "Shenzhen").titles()).hasSize(3);
    }

    @Test
    void provinceFilterIncludesProvinceWideAndCityInitiatives() throws Exception {
        assertThat(run("list", "--format", "json", "--province", "浙江").titles())
                .containsExactly("Zhejiang symposium on metaverse industry development", "Hangzhou Metaverse Special Committee established");
    }

    @Test
    void kindDateAndTextFiltersNarrowTogether() throws Exception {
        assertThat(run("list", "--format", "json", "--kind", "committee", "--to", "2021-11-30").titles())
                .containsExactly("China Mobile Communications Federation Metaverse Industry Committee inaugurated");
        assertThat(run("list", "--format", "json", "--from", "2021-11-21", "--to", "2021-11-25").titles())
                .containsExactly("First science fiction week, Shenzhen");
        assertThat(run("list", "--format", "json", "--query", "海珠").titles()).hasSize(3);
        assertThat(run("list", "--format", "json", "--query", "PAN ZHIGENG").titles())
                .containsExactly("Hangzhou Metaverse Special Committee established");
    }

    @Test
    void anUnknownCityExitsWithStatusTwoAndSuggestsCloseMatches() {
        Run run = run("list", "--city", "Guangzou");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Unknown city 'Guangzou'").contains("Guangzhou");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aKindAsTheWindowNamesItWorksToo() throws Exception {
        assertThat(run("list", "--format", "json", "--kind", "Seminar").titles())
                .isEqualTo(run("list", "--format", "json", "--kind", "MEETING").titles()).hasSize(4);
        Run unknown = run("list", "--kind", "picnic");
        assertThat(unknown.status()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown kind 'picnic'").contains("MEETING (Seminar)");
    }

    @Test
    void aReversedDateRangeOrABlankCityIsAUsageErrorNotAnEmptyList() {
        Run reversed = run("list", "--from", "2023-01-01", "--to", "2022-01-01");
        assertThat(reversed.status()).isEqualTo(ExitCode.USAGE);
        assertThat(reversed.err()).contains("--from 2023-01-01 is after --to 2022-01-01");
        Run blank = run("list", "--city", " ");
        assertThat(blank.status()).isEqualTo(ExitCode.USAGE);
        assertThat(blank.err()).contains("--city needs a city name");
    }

    @Test
    void aMalformedDateExitsWithStatusTwo() {
        Run run = run("list", "--from", "2021-13-01");
        assertThat(run.status()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--from").contains("2021-13-01");
    }

    @Test
    void tableFormatListsOneLinePerInitiativeAndACount() {
        Run run = run("list", "--city", "Zhangjiajie");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Zhangjiajie Metaverse Research Center opens").contains("2 initiatives");
    }

    @Test
    void generateThenImportAddsEverySyntheticRecord() throws Exception {
        Path file = folder.resolve("synthetic.json");
        Run generated = run("generate", "--count", "300", "--seed", "5", "--out", file.toString());
        assertThat(generated.status()).isZero();
        Run imported = run("import", file.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 300 initiatives");
        JsonNode all = run("list", "--format", "json").json();
        assertThat(all.size()).isEqualTo(323);
        int synthetic = 0;
        for (JsonNode n : all) {
            synthetic += n.get("synthetic").asBoolean() ? 1 : 0;
        }
        assertThat(synthetic).isEqualTo(300);
    }

    @Test
    void anInvalidImportFileExitsWithStatusThreeAndImportsNothing() throws Exception {
        Path file = Files.writeString(folder.resolve("bad.json"), "{\"format\": \"metaverse-atlas-dataset\", \"initiatives\": "
                + "[{\"id\": \"x-1\", \"title\": \"T\", \"kind\": \"PARTY\", \"start\": \"2024-01-01\", \"precision\": \"DAY\","
                + " \"place\": {\"city\": \"Hangzhou\"}, \"sources\": [\"src-coinyuppie-2021-12\"]}]}");
        Run run = run("import", file.toString());
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("initiative 'x-1'").contains("kind").contains("PARTY").contains("Nothing was imported");
        assertThat(run("list", "--format", "json").json().size()).isEqualTo(23);
    }

    @Test
    void aFieldTooLongForTheStoreExitsWithStatusThreeNamingTheRecordFieldAndLimit() throws Exception {
        Path file = Files.writeString(folder.resolve("long.json"), "{\"format\": \"metaverse-atlas-dataset\", \"initiatives\": "
                + "[{\"id\": \"x-long\", \"title\": \"T\", \"kind\": \"MEETING\", \"start\": \"2024-01-01\", \"precision\": \"DAY\","
                + " \"place\": {\"city\": \"Hangzhou\"}, \"summary\": \"" + "s".repeat(10 * 1024 * 1024) + "\","
                + " \"sources\": [\"src-coinyuppie-2021-12\"]}]}");
        Run run = run("import", file.toString());
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("initiative 'x-long': field 'summary' is 10,485,760 characters long; at most 8,000 fit")
                .doesNotContain("INSERT").hasSizeLessThan(2000);
        assertThat(run("list", "--format", "json").json().size()).isEqualTo(23);
    }

    @Test
    void removeImportedTakesBackWhatWasImportedAndKeepsTheBundledData() throws Exception {
        Path file = Files.writeString(folder.resolve("rows.csv"), "id,title,kind,start,precision,city,province,"
                + "organizations,source_title\n"
                + "row-1,Suzhou salon,MEETING,2024-06-01,DAY,Suzhou,Jiangsu,Suzhou Salon Office|ORGANIZER,Salon page\n"
                + "row-2,Hangzhou forum,CONFERENCE,2024-07-01,DAY,Hangzhou,,,Salon page\n");
        List<String> bundled = run("list", "--format", "json").titles();
        assertThat(run("import", file.toString()).status()).isZero();
        assertThat(run("list", "--format", "json").titles()).hasSize(bundled.size() + 2);

        Run removed = run("remove-imported");

        assertThat(removed.status()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Removed 2 initiatives, 1 organization and 1 source that had been imported")
                .contains("the bundled dataset is unchanged");
        assertThat(run("list", "--format", "json").titles()).isEqualTo(bundled);
        Run again = run("remove-imported");
        assertThat(again.status()).isZero();
        assertThat(again.out()).startsWith("Nothing to remove");
        assertThat(run("import", file.toString()).status()).as("the file can be imported again").isZero();
    }

    @Test
    void removeImportedLastUndoesOnlyTheLatestImport() throws Exception {
        Path first = Files.writeString(folder.resolve("first.csv"), "id,title,kind,start,precision,city,source_title\n"
                + "row-1,Hangzhou salon,MEETING,2024-06-01,DAY,Hangzhou,Notes\n");
        Path second = Files.writeString(folder.resolve("second.csv"), "id,title,kind,start,precision,city,source_title\n"
                + "row-2,Chengdu salon,MEETING,2024-06-02,DAY,Chengdu,Other notes\n"
                + "row-3,Chengdu forum,CONFERENCE,2024-06-03,DAY,Chengdu,Other notes\n");
        assertThat(run("import", first.toString()).status()).isZero();
        assertThat(run("import", second.toString()).status()).isZero();

        Run undone = run("remove-imported", "--last");

        assertThat(undone.status()).as(undone.err()).isZero();
        assertThat(undone.out()).contains("Undid the import of " + second.toAbsolutePath())
                .contains("removed 2 initiatives and 1 source");
        assertThat(run("list", "--format", "json").titles()).contains("Hangzhou salon")
                .doesNotContain("Chengdu salon", "Chengdu forum").hasSize(24);
        assertThat(run("remove-imported", "--last").out()).contains("Undid the import of " + first.toAbsolutePath());
        assertThat(run("list", "--format", "json").titles()).hasSize(23);
        assertThat(run("remove-imported", "--last").out()).startsWith("No import to undo");
    }

    @Test
    void anAmbiguousCityInACsvFileIsNamedWithItsLineAndBothProvinces() throws Exception {
        Path file = Files.writeString(folder.resolve("suzhou.csv"), "id,title,kind,start,precision,city,source_title\n"
                + "row-1,Hangzhou salon,MEETING,2024-06-01,DAY,Hangzhou,Notes\n"
                + "row-2,Suzhou salon,MEETING,2024-06-02,DAY,Suzhou,Notes\n");

        Run run = run("import", file.toString());

        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("line 3: initiative 'row-2': field 'place.city': 'Suzhou' is in more than one"
                + " province (Suzhou 苏州, Jiangsu; Suzhou 宿州, Anhui): give 'place.province'");
        assertThat(run("list", "--format", "json").json().size()).isEqualTo(23);
    }

    @Test
    void aMissingImportFileIsNamed() {
        Run run = run("import", folder.resolve("nope.json").toString());
        assertThat(run.status()).isEqualTo(ExitCode.INVALID_DATA);
        assertThat(run.err()).contains("nope.json").contains("does not exist");
    }

    @Test
    void aDataFolderInUseRefusesChangesWithStatusFourAndIsReadFromACopy() throws Exception {
        try (AtlasStore open = AtlasStore.open(folder.resolve("data"), LoadProgress.NONE)) {
            Run change = run("remove-imported");
            assertThat(change.status()).isEqualTo(ExitCode.LOCKED);
            assertThat(change.err()).contains("in use");

            Run read = run("list", "--format", "json");
            assertThat(read.status()).as(read.err()).isZero();
            assertThat(read.json().size()).isEqualTo(open.catalog().initiatives().size());
            assertThat(read.err()).contains("is open in another window or command; reading a copy");
            Run stats = run("stats", "--by", "kind", "--format", "csv");
            assertThat(stats.status()).as(stats.err()).isZero();
            Path pdf = folder.resolve("beside.pdf");
            Run export = run("export", "--view", "report", "--out", pdf.toString());
            assertThat(export.status()).as(export.err()).isZero();
            assertThat(pdf).isNotEmptyFile();
            assertThat(open.catalog().initiatives()).as("the open store is untouched").hasSize(read.json().size());
        }
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("metaverse-atlas-snapshot-"));
        }
    }

    @Test
    void generateToAnUnwritablePlaceFailsClearlyAndLeavesNoFile() throws Exception {
        Path blocker = Files.writeString(folder.resolve("blocker"), "a file, not a folder");
        Run run = run("generate", "--count", "10", "--out", blocker.resolve("out.json").toString());
        assertThat(run.status()).isEqualTo(ExitCode.FAILURE);
        assertThat(run.err()).contains(blocker.toString());
        assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("list", "import", "remove-imported", "generate", "bench")) {
            Run run = run(command, "--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Usage:").contains(command);
        }
    }
}
