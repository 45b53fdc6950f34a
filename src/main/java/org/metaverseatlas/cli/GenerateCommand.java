package org.metaverseatlas.cli;

import org.metaverseatlas.store.DatasetWriter;
import org.metaverseatlas.store.GazetteerReader;
import org.metaverseatlas.store.SyntheticDatasetGenerator;
import org.metaverseatlas.store.json.DatasetFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic dataset for benchmarks and scale tests.",
                "Every record is marked synthetic; initiatives are spread over real gazetteer cities and 2015-2030."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Written.", "1:The file could not be written (nothing is left behind).", "2:Invalid arguments."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--count", required = true, paramLabel = "N", description = "Number of initiatives (1 to 5,000,000).")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: 1); the same seed gives the same file.")
    long seed = 1;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (count < 1 || count > 5_000_000) {
            throw new ParameterException(spec.commandLine(), "--count must be between 1 and 5000000, not " + count);
        }
        DatasetFile dataset = new SyntheticDatasetGenerator(GazetteerReader.bundled()).generate(count, seed);
        DatasetWriter.write(dataset, out);
        spec.commandLine().getOut().printf("Wrote %d synthetic initiatives to %s.%n", count, out);
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
