package org.metaverseatlas.cli;

import org.metaverseatlas.model.City;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Province;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The filters of {@code list} and {@code export}; names match in English or Chinese, case-insensitively. */
public final class FilterOptions {
    @Option(names = "--city", paramLabel = "NAME", description = "A city, in English or Chinese; repeat for several.")
    List<String> cities = new ArrayList<>();

    @Option(names = "--province", paramLabel = "NAME", description = "A province, in English or Chinese; repeat for several.")
    List<String> provinces = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", description = "COMMITTEE, ALLIANCE, RESEARCH_CENTRE, MEETING,"
            + " CONFERENCE, FESTIVAL, LAUNCH or PLAN, or a kind as the window names it (Seminar, Research centre);"
            + " repeat for several.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only initiatives that end on or after this day.")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only initiatives that start on or before this day.")
    String to;

    @Option(names = "--query", paramLabel = "TEXT", description = "Text in titles, summaries, places or organization names.")
    String query;

    /** The filter these options describe; an unknown name or a bad date is a {@link UsageException}. */
    public FilterCriteria criteria(Gazetteer gazetteer) throws UsageException {
        Set<String> cityIds = new LinkedHashSet<>();
        for (String name : cities) {
            if (name.isBlank()) {
                throw new UsageException("--city needs a city name, in English or Chinese.");
            }
            List<City> found = gazetteer.cities(name);
            if (found.isEmpty()) {
                List<String> close = gazetteer.suggestCities(name, 5);
                throw new UsageException("Unknown city '" + name + "'."
                        + (close.isEmpty() ? "" : " Did you mean: " + String.join(", ", close) + "?"));
            }
            found.forEach(c -> cityIds.add(c.id()));
        }
        Set<String> provinceCodes = new LinkedHashSet<>();
        for (String name : provinces) {
            if (name.isBlank()) {
                throw new UsageException("--province needs a province name, in English or Chinese.");
            }
            Province province = gazetteer.province(name).orElseThrow(() -> new UsageException("Unknown province '"
                    + name + "'. Known provinces: " + String.join(", ",
                    gazetteer.provinces().stream().map(Province::nameEn).toList()) + "."));
            provinceCodes.add(province.code());
        }
        Set<InitiativeKind> kindSet = new LinkedHashSet<>();
        for (String kind : kinds) {
            kindSet.add(kind(kind));
        }
        LocalDate first = date("--from", from, false);
        LocalDate last = date("--to", to, true);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UsageException("--from " + from + " is after --to " + to + ": no initiative can match.");
        }
        return new FilterCriteria(cityIds, provinceCodes, kindSet, Set.of(), Set.of(), first, last, query);
    }

    /** A kind by its name in the dataset (MEETING) or as the window shows it (Seminar, "Symposium, seminar or salon"). */
    private static InitiativeKind kind(String text) throws UsageException {
        String wanted = text.strip();
        for (InitiativeKind k : InitiativeKind.values()) {
            if (k.name().equalsIgnoreCase(wanted.replace('-', '_').replace(' ', '_'))
                    || Labels.kindShort(k).equalsIgnoreCase(wanted) || Labels.kind(k).equalsIgnoreCase(wanted)) {
                return k;
            }
        }
        throw new UsageException("Unknown kind '" + text + "'. Kinds: " + String.join(", ",
                java.util.Arrays.stream(InitiativeKind.values())
                        .map(k -> k.name() + " (" + Labels.kindShort(k) + ")").toList()) + ".");
    }

    private static LocalDate date(String option, String text, boolean end) throws UsageException {
        if (text == null) {
            return null;
        }
        try {
            if (text.length() == 7) {
                YearMonth month = YearMonth.parse(text);
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + ": '" + text + "' is not a date (expected YYYY-MM-DD).");
        }
    }

    public boolean isEmpty() {
        return cities.isEmpty() && provinces.isEmpty() && kinds.isEmpty() && from == null && to == null
                && (query == null || query.isBlank());
    }
}
