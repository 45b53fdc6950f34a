package org.metaverseatlas.store;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.store.json.DatasetFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The atlas of record's rules, checked on every dataset file the application bundles: each record traceable to a
 * public page, no record twice, every place in the gazetteer, no date a source could not have known.
 */
class BundledDatasetInvariantsTest {
    /** The two seed articles, whose addresses are not known; every other source has a web address. */
    private static final Set<String> SEED_SOURCES = Set.of("src-coinyuppie-2021-12", "src-haizhu-2023-03");
    /** Where the application's bundled dataset files are. */
    private static final List<Path> FOLDERS = List.of(Path.of("assets", "data"));

    @TestFactory
    Stream<DynamicTest> everyBundledDatasetFileKeepsTheAtlasRules() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> listing = Files.list(folder)) {
                List<Path> here = listing.filter(f -> f.toString().endsWith(".json"))
                        .filter(BundledDatasetInvariantsTest::isDataset).sorted().toList();
                assertThat(here).as("dataset files in " + folder).isNotEmpty();
                files.addAll(here);
            }
        }
        return files.stream().flatMap(file -> {
            ResolvedDataset data = resolve(file);
            String name = file.getFileName().toString();
            return Stream.of(
                    DynamicTest.dynamicTest(name + ": every record names a source",
                            () -> everyRecordNamesASource(data)),
                    DynamicTest.dynamicTest(name + ": every source is a dated, published, addressed page",
                            () -> everySourceIsComplete(data)),
                    DynamicTest.dynamicTest(name + ": no initiative twice", () -> noInitiativeTwice(data)),
                    DynamicTest.dynamicTest(name + ": no organization twice", () -> noOrganizationTwice(data)),
                    DynamicTest.dynamicTest(name + ": no date after its sources", () -> noDateAfterItsSources(data)),
                    DynamicTest.dynamicTest(name + ": no synthetic record", () -> noSyntheticRecord(data)));
        });
    }

    private static boolean isDataset(Path file) {
        try {
            return Files.readString(file).contains("\"" + DatasetFile.FORMAT + "\"");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Resolving checks every city and province against the gazetteer, and every reference: a problem fails here. */
    private static ResolvedDataset resolve(Path file) {
        try {
            return new DatasetResolver(GazetteerReader.bundled(), Catalog.empty(), Map.of(), Origin.BUNDLED)
                    .resolve(file.toString(), DatasetReader.read(file));
        } catch (DatasetException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static void everyRecordNamesASource(ResolvedDataset data) {
        assertThat(data.initiatives()).allSatisfy(i -> assertThat(i.sources()).as(i.id()).isNotEmpty());
        assertThat(data.organizations()).allSatisfy(o -> assertThat(o.sources()).as(o.id()).isNotEmpty());
    }

    static void everySourceIsComplete(ResolvedDataset data) {
        assertThat(data.sources()).allSatisfy(s -> {
            assertThat(s.title()).as(s.id() + " title").isNotBlank();
            assertThat(s.publisher()).as(s.id() + " publisher").isNotBlank();
            assertThat(s.published()).as(s.id() + " publication date").isNotNull();
            assertThat(s.language()).as(s.id() + " language").isIn("en", "zh");
            if (!SEED_SOURCES.contains(s.id())) {
                assertThat(s.url()).as(s.id() + " address").isNotNull().matches("https?://\\S+");
            }
        });
    }

    /** Same place, kind and date with a near-identical title is one initiative recorded twice. */
    static void noInitiativeTwice(ResolvedDataset data) {
        Map<String, List<Initiative>> byPlaceKindDate = data.initiatives().stream().collect(Collectors.groupingBy(
                i -> i.place().cityId() + "|" + i.place().provinceCode() + "|" + i.place().scope() + "|" + i.kind()
                        + "|" + i.date().start() + "|" + i.date().end()));
        List<String> twice = new ArrayList<>();
        for (List<Initiative> group : byPlaceKindDate.values()) {
            for (int a = 0; a < group.size(); a++) {
                for (int b = a + 1; b < group.size(); b++) {
                    if (nearlyTheSame(group.get(a).title(), group.get(b).title())) {
                        twice.add(group.get(a).id() + " ~ " + group.get(b).id());
                    }
                }
            }
        }
        assertThat(twice).as("initiatives recorded twice").isEmpty();
    }

    static void noOrganizationTwice(ResolvedDataset data) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Organization o : data.organizations()) {
            byName.computeIfAbsent(normalized(o.name()), k -> new ArrayList<>()).add(o.id());
            if (o.nameZh() != null) {
                byName.computeIfAbsent(normalized(o.nameZh()), k -> new ArrayList<>()).add(o.id());
            }
        }
        assertThat(byName.values().stream().filter(ids -> new HashSet<>(ids).size() > 1).toList())
                .as("organizations recorded twice under one name").isEmpty();
    }

    /** A source cannot report what happened after it was published, unless it announces it (a plan, a future event). */
    static void noDateAfterItsSources(ResolvedDataset data) {
        assertThat(data.initiatives()).filteredOn(i -> !i.announced()).allSatisfy(i -> {
            LocalDate latest = i.sources().stream().map(Source::published).filter(Objects::nonNull)
                    .max(LocalDate::compareTo).orElseThrow();
            LocalDate earliestPossible = i.date().precision() == DatePrecision.MONTH
                    ? i.date().start().withDayOfMonth(1) : i.date().start();
            assertThat(earliestPossible).as(i.id() + " starts after its latest source (" + latest + ")")
                    .isBeforeOrEqualTo(latest);
        });
    }

    static void noSyntheticRecord(ResolvedDataset data) {
        assertThat(data.initiatives()).noneMatch(Initiative::synthetic);
    }

    static boolean nearlyTheSame(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return either.isEmpty() || (double) both.size() / either.size() >= 0.8;
    }

    private static Set<String> words(String title) {
        return Arrays.stream(normalized(title).split(" ")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
