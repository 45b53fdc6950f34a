package org.metaverseatlas.cli;

import org.metaverseatlas.store.AtlasStore;
import org.metaverseatlas.store.ImportBatch;
import org.metaverseatlas.store.ImportedRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "remove-imported", mixinStandardHelpOptions = true,
        description = {"Remove every record that came from an import: initiatives, organizations, people and sources;"
                + " with --last, only what the latest import added (undo it).",
                "The bundled dataset stays. The removal is one transaction: everything goes, or nothing does."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Removed (or nothing had been imported).", "1:The store could not be written; it is unchanged.",
                "2:Invalid arguments.", "4:The data folder is in use by another instance."})
public final class RemoveImportedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Option(names = "--last", description = "Undo only the latest import; earlier ones stay. Run again to undo the one"
            + " before it.")
    boolean last;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        try (AtlasStore atlas = store.open(spec.commandLine().getErr())) {
            if (last) {
                undoLast(atlas, out);
                return ExitCode.OK;
            }
            ImportedRecords removed = atlas.removeImported();
            if (removed.isEmpty()) {
                out.printf("Nothing to remove: no record in %s came from an import.%n", atlas.directory());
            } else {
                out.printf("Removed %s that had been imported into %s; the bundled dataset is unchanged.%n",
                        describe(removed), atlas.directory());
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    private static void undoLast(AtlasStore atlas, PrintWriter out) throws Exception {
        Optional<ImportBatch> batch = atlas.lastImport();
        if (batch.isEmpty()) {
            out.printf("No import to undo in %s.%s%n", atlas.directory(), atlas.imported().isEmpty() ? ""
                    : " Records imported by an earlier version belong to no import: 'remove-imported' without --last"
                    + " removes them with every other imported record.");
        } else {
            ImportBatch undone = batch.get();
            ImportedRecords removed = atlas.removeImport(undone.id());
            out.printf("Undid the import of %s (%s): removed %s. Earlier imports and the bundled dataset are"
                    + " unchanged.%n", undone.file(), undone.importedAt().toString().replace('T', ' '),
                    removed.isEmpty() ? "nothing (its records had gone already)" : describe(removed));
        }
        out.flush();
    }

    /** "2 initiatives, 1 organization and 3 sources": the kinds there are, in words. */
    static String describe(ImportedRecords records) {
        List<String> parts = new ArrayList<>();
        add(parts, records.initiatives(), "initiative", "initiatives");
        add(parts, records.organizations(), "organization", "organizations");
        add(parts, records.people(), "person", "people");
        add(parts, records.sources(), "source", "sources");
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
