package org.metaverseatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.DatasetExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Print the initiatives that match the filters, oldest first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:The store could not be read, or the --out file could not be written (nothing is left behind).", "2:Invalid arguments (such as an unknown city)."})
public final class ListCommand implements Callable<Integer> {
    public enum Format { table, json, csv, dataset }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), json (to read), or the import's "
            + "layouts, to import again: csv (one row and one source per initiative) or dataset (the dataset JSON, "
            + "with every organization, person and source).")
    Format format = Format.table;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (whole or not at all) instead of the "
            + "standard output.")
    Path outFile;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (StoreOptions.Reading reading = store.openForReading(spec.commandLine().getErr())) {
            AtlasStore atlas = reading.store();
            Catalog found = atlas.find(filters.criteria(atlas.gazetteer()));
            if (format == Format.csv || format == Format.dataset) {
                DatasetExport.Format layout = format == Format.csv ? DatasetExport.Format.CSV : DatasetExport.Format.JSON;
                Catalog all = atlas.catalog();
                if (outFile != null) {
                    try {
                        DatasetExport.write(all, found.initiatives(), layout, outFile);
                    } catch (IOException e) {
                        spec.commandLine().getErr().println("Cannot write " + outFile.toAbsolutePath() + ": " + e);
                        return ExitCode.FAILURE;
                    }
                    spec.commandLine().getErr().println(found.initiatives().size() + " initiatives written to " + outFile);
                } else {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    DatasetExport.write(all, found.initiatives(), layout, bytes);
                    out.print(bytes.toString(StandardCharsets.UTF_8));
                }
            } else if (format == Format.json) {
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
