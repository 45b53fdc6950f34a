package org.metaverseatlas.cli;

import org.metaverseatlas.store.AtlasStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Add initiatives from a dataset file: JSON in the dataset format, or CSV (.csv) in the layout"
                + " the README documents.", "The whole file is checked first; it is imported completely or not at all.",
                "'remove-imported --last' undoes the latest import."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Imported.", "1:The store could not be written; it is unchanged.", "2:Invalid arguments.",
                "3:The file is invalid (each problem is named); nothing was imported.",
                "4:The data folder is in use by another instance."})
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "FILE", description = "The JSON or CSV file to import.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (AtlasStore atlas = store.open(err)) {
            long started = System.nanoTime();
            int[] lastPercent = {-1};
            int added = atlas.importFile(file, (message, fraction) -> {
                int percent = (int) Math.floor(fraction * 10) * 10;
                if (fraction >= 0 && percent != lastPercent[0]) {
                    lastPercent[0] = percent;
                    err.printf("%s… %d%%%n", message, percent);
                    err.flush();
                }
            });
            out.printf("Imported %d initiative%s from %s in %d ms.%n", added, added == 1 ? "" : "s", file,
                    (System.nanoTime() - started) / 1_000_000);
            out.flush();
            return ExitCode.OK;
        }
    }
}
