package org.metaverseatlas.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.cli.ExitCode;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class StatsCommandTest {
    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private Run run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(args);
        all.add("--data-dir");
        all.add(folder.resolve("data").toString());
        int status = AtlasCommandLine.commandLine(dir -> {
            throw new AssertionError("no window in tests");
        }, new PrintWriter(out), new PrintWriter(err)).execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** What `list --format json` prints, counted by a field of each initiative (a missing one as its place). */
    private Map<String, Integer> listCounts(List<String> filters, String dimension) throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode i : run(concat(List.of("list", "--format", "json"), filters)).json()) {
            String key = switch (dimension) {
                case "province" -> text(i, "province", i.get("scope").asText());
                case "city" -> text(i, "city", i.get("scope").asText() + ":" + text(i, "province", ""));
                case "kind" -> i.get("kind").asText();
                default -> i.get("start").asText().substring(0, 4);
            };
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    private static String text(JsonNode node, String field, String otherwise) {
        return node.hasNonNull(field) ? node.get(field).asText() : otherwise;
    }

    /** What `stats --format json` prints, keyed as {@link #listCounts} keys them. */
    private Map<String, Integer> statsCounts(List<String> filters, String dimension) throws Exception {
        Run run = run(concat(List.of("stats", "--by", dimension, "--format", "json"), filters));
        assertThat(run.status()).as(run.err()).isZero();
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode row : run.json().get("counts")) {
            String key = row.get("key").asText();
            String label = row.get(dimension).asText();
            String mapped = switch (dimension) {
                case "province" -> key.startsWith("province:") ? label : key.toUpperCase(java.util.Locale.ROOT);
                case "city" -> key.startsWith("city:") ? label
                        : key.startsWith("province-wide:") ? "PROVINCE:" + label.replace(" (province-wide)", "")
                        : key.toUpperCase(java.util.Locale.ROOT) + ":";
                default -> key;
            };
            counts.merge(mapped, row.get("initiatives").asInt(), Integer::sum);
        }
        return counts;
    }

    @Test
    void countsEqualThoseOfListWithTheSameFilters() throws Exception {
        List<List<String>> filterSets = List.of(List.of(),
                List.of("--city", "Guiyang", "--city", "Shenzhen"),
                List.of("--province", "浙江"),
                List.of("--kind", "MEETING", "--kind", "Alliance"),
                List.of("--from", "2021-12-01", "--to", "2022-06-30"),
                List.of("--query", "metaverse", "--province", "Guangdong", "--kind", "COMMITTEE"));
        for (List<String> filters : filterSets) {
            for (String dimension : List.of("province", "city", "kind", "year")) {
                assertThat(statsCounts(filters, dimension)).as(dimension + " " + filters)
                        .isEqualTo(listCounts(filters, dimension));
            }
        }
    }

    @Test
    void theTotalIsTheNumberOfInitiativesListPrints() throws Exception {
        List<String> filters = List.of("--province", "Zhejiang");
        int listed = run(concat(List.of("list", "--format", "json"), filters)).json().size();
        assertThat(run(concat(List.of("stats", "--by", "type", "--format", "json"), filters)).json()
                .get("initiatives").asInt()).isEqualTo(listed);
        assertThat(run(concat(List.of("stats", "--by", "kind"), filters)).out())
                .contains(listed + " initiative");
    }

    @Test
    void twoDimensionsGiveRowsByColumnsWhoseRowsAddUpToTheOneDimensionCounts() throws Exception {
        Map<String, Integer> byProvince = new TreeMap<>();
        for (JsonNode cell : run(List.of("stats", "--by", "province", "--by", "year", "--format", "json")).json()
                .get("counts")) {
            byProvince.merge(cell.get("province").asText(), cell.get("initiatives").asInt(), Integer::sum);
        }
        Map<String, Integer> one = new TreeMap<>();
        for (JsonNode row : run(List.of("stats", "--by", "province", "--format", "json")).json().get("counts")) {
            one.put(row.get("province").asText(), row.get("initiatives").asInt());
        }
        assertThat(byProvince).isEqualTo(one);
        Run table = run(List.of("stats", "--by", "province", "--by", "year"));
        assertThat(table.out()).startsWith("PROVINCE \\ YEAR").contains("TOTAL");
    }

    @Test
    void csvHasAHeaderAndOneLinePerCategory() {
        Run run = run(List.of("stats", "--by", "kind", "--format", "csv"));
        String[] lines = run.out().strip().split("\\R");
        assertThat(lines[0]).isEqualTo("kind,initiatives");
        assertThat(lines.length).isGreaterThan(2);
        assertThat(lines[1]).matches("[^,]+,\\d+");
    }

    @Test
    void anUnknownDimensionOrCityIsAUsageError() {
        Run dimension = run(List.of("stats", "--by", "colour"));
        assertThat(dimension.status()).isEqualTo(ExitCode.USAGE);
        assertThat(dimension.err()).contains("province, city, kind, type, year");
        assertThat(run(List.of("stats", "--by", "year", "--by", "year")).status()).isEqualTo(ExitCode.USAGE);
        Run city = run(List.of("stats", "--by", "year", "--city", "Atlantis"));
        assertThat(city.status()).isEqualTo(ExitCode.USAGE);
        assertThat(city.err()).contains("Unknown city");
    }
}
