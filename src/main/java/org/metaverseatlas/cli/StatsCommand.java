package org.metaverseatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.analysis.Category;
import org.metaverseatlas.model.analysis.CountTable;
import org.metaverseatlas.model.analysis.Dimension;
import org.metaverseatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Count the initiatives that match the filters by province, city, kind, organization type or"
                + " year, or by two of them (a table of rows by columns, such as --by province --by year).",
                "The counts are of the initiatives `list` prints with the same filters. An initiative counts once"
                + " in each category, except by type: it counts under each type among its organizations."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:The store could not be read.", "2:Invalid arguments (such as an unknown city)."})
public final class StatsCommand implements Callable<Integer> {
    public enum Format { table, csv, json }

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--by", required = true, paramLabel = "DIMENSION",
            description = "province, city, kind, type or year; give it twice for rows by columns.")
    List<String> by = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json.")
    Format format = Format.table;

    @Override
    public Integer call() throws Exception {
        List<Dimension> dimensions = dimensions();
        PrintWriter out = spec.commandLine().getOut();
        try (StoreOptions.Reading reading = store.openForReading(spec.commandLine().getErr())) {
            AtlasStore atlas = reading.store();
            List<Initiative> found = atlas.find(filters.criteria(atlas.gazetteer())).initiatives();
            CountTable table = CountTable.of(found, dimensions.get(0), dimensions.size() > 1 ? dimensions.get(1) : null);
            switch (format) {
                case json -> printJson(out, table);
                case csv -> printCsv(out, table);
                default -> printTable(out, table);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private List<Dimension> dimensions() throws UsageException {
        if (by.isEmpty() || by.size() > 2) {
            throw new UsageException("--by takes one or two of " + String.join(", ", Dimension.options()) + ".");
        }
        List<Dimension> dimensions = new ArrayList<>();
        for (String name : by) {
            try {
                dimensions.add(Dimension.parse(name));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--by " + name + ": not a dimension. Dimensions: "
                        + String.join(", ", Dimension.options()) + ".");
            }
        }
        if (dimensions.size() == 2 && dimensions.get(0) == dimensions.get(1)) {
            throw new UsageException("--by " + by.get(0) + " is given twice; give two different dimensions.");
        }
        return dimensions;
    }

    private static void printTable(PrintWriter out, CountTable table) {
        String rowHeading = table.rowDimension().option().toUpperCase(Locale.ROOT);
        int labelWidth = rowHeading.length();
        for (Category c : table.rows()) {
            labelWidth = Math.max(labelWidth, c.label().length());
        }
        if (!table.isTwoWay()) {
            out.printf("%-" + labelWidth + "s  %11s%n", rowHeading, "INITIATIVES");
            for (Category c : table.rows()) {
                out.printf("%-" + labelWidth + "s  %11d%n", c.label(), table.rowTotal(c));
            }
        } else {
            List<Category> columns = table.columns();
            int[] widths = new int[columns.size()];
            StringBuilder heading = new StringBuilder(String.format("%-" + labelWidth + "s", rowHeading + " \\ "
                    + table.columnDimension().option().toUpperCase(Locale.ROOT)));
            for (int k = 0; k < columns.size(); k++) {
                widths[k] = Math.max(4, columns.get(k).label().length());
                heading.append("  ").append(String.format("%" + widths[k] + "s", columns.get(k).label()));
            }
            heading.append("  ").append(String.format("%5s", "TOTAL"));
            out.println(heading);
            for (Category r : table.rows()) {
                StringBuilder line = new StringBuilder(String.format("%-" + labelWidth + "s", r.label()));
                for (int k = 0; k < columns.size(); k++) {
                    int n = table.count(r, columns.get(k));
                    line.append("  ").append(String.format("%" + widths[k] + "s", n == 0 ? "." : String.valueOf(n)));
                }
                line.append("  ").append(String.format("%5d", table.rowTotal(r)));
                out.println(line);
            }
        }
        out.printf("%d initiative%s%s%n", table.initiatives(), table.initiatives() == 1 ? "" : "s",
                table.rowDimension() == Dimension.TYPE || table.columnDimension() == Dimension.TYPE
                        ? " (by type, an initiative counts under each type among its organizations)" : "");
    }

    private static void printCsv(PrintWriter out, CountTable table) {
        if (!table.isTwoWay()) {
            out.println(table.rowDimension().option() + ",initiatives");
            for (Category c : table.rows()) {
                out.println(csv(c.label()) + "," + table.rowTotal(c));
            }
            return;
        }
        out.println(table.rowDimension().option() + "," + table.columnDimension().option() + ",initiatives");
        for (Category r : table.rows()) {
            for (Category c : table.columns()) {
                int n = table.count(r, c);
                if (n > 0) {
                    out.println(csv(r.label()) + "," + csv(c.label()) + "," + n);
                }
            }
        }
    }

    private static String csv(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }

    private static void printJson(PrintWriter out, CountTable table) throws Exception {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("initiatives", table.initiatives());
        ArrayNode by = root.putArray("by");
        by.add(table.rowDimension().option());
        if (table.isTwoWay()) {
            by.add(table.columnDimension().option());
        }
        ArrayNode counts = root.putArray("counts");
        for (Category r : table.rows()) {
            if (!table.isTwoWay()) {
                ObjectNode row = counts.addObject();
                row.put(table.rowDimension().option(), r.label());
                row.put("key", r.key());
                row.put("initiatives", table.rowTotal(r));
                continue;
            }
            for (Category c : table.columns()) {
                int n = table.count(r, c);
                if (n > 0) {
                    ObjectNode cell = counts.addObject();
                    cell.put(table.rowDimension().option(), r.label());
                    cell.put(table.columnDimension().option(), c.label());
                    cell.put("initiatives", n);
                }
            }
        }
        out.println(json.writeValueAsString(root));
    }
}
