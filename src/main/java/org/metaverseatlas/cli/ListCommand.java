package org.metaverseatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the initiatives that match the filters, oldest first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:The store could not be read.", "2:Invalid arguments (such as an unknown city).",
                "4:The data folder is in use by another instance."})
public final class ListCommand implements Callable<Integer> {
    public enum Format { table, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json.")
    Format format = Format.table;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasStore atlas = store.open(spec.commandLine().getErr())) {
            Catalog found = atlas.find(filters.criteria(atlas.gazetteer()));
            if (format == Format.json) {
                ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                out.println(json.writeValueAsString(found.initiatives().stream().map(InitiativeJsonView::of).toList()));
            } else {
                printTable(out, found.initiatives());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void printTable(PrintWriter out, List<Initiative> initiatives) {
        String row = "%-23s  %-15s  %-28s  %s%n";
        out.printf(row, "DATE", "KIND", "PLACE", "TITLE");
        for (Initiative i : initiatives) {
            String date = switch (i.date().precision()) {
                case RANGE -> i.date().isoStart() + " – " + i.date().isoEnd();
                case REPORTED_BY -> "by " + i.date().isoStart();
                default -> i.date().isoStart();
            };
            out.printf(row, date, i.kind().name(), place(i.place()), i.title());
        }
        out.printf("%d initiative%s%n", initiatives.size(), initiatives.size() == 1 ? "" : "s");
    }

    private static String place(Place p) {
        return switch (p.scope()) {
            case CITY -> p.city().nameEn() + ", " + p.province().nameEn();
            case PROVINCE -> p.province().nameEn() + " (province-wide)";
            case NATIONAL -> "National";
            case UNKNOWN -> "(place unknown)";
        };
    }
}
