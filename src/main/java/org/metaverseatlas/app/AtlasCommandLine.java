package org.metaverseatlas.app;

import org.metaverseatlas.app.bench.BenchCommand;
import org.metaverseatlas.cli.ExitCode;
import org.metaverseatlas.cli.ExportCommand;
import org.metaverseatlas.cli.GenerateCommand;
import org.metaverseatlas.cli.ImportCommand;
import org.metaverseatlas.cli.ListCommand;
import org.metaverseatlas.cli.RemoveImportedCommand;
import org.metaverseatlas.cli.StatsCommand;
import org.metaverseatlas.cli.UsageException;
import org.metaverseatlas.store.DatasetException;
import org.metaverseatlas.store.StoreException;
import org.metaverseatlas.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;

/** The command line: {@code metaverse-atlas [--data-dir DIR] [COMMAND]}; without a command it opens the window. */
@Command(name = "metaverse-atlas", mixinStandardHelpOptions = true, versionProvider = AtlasCommandLine.VersionText.class,
        description = "Metaverse Atlas: an explorer of China's metaverse initiatives. Without a command, opens the window.",
        subcommands = {ListCommand.class, StatsCommand.class, ImportCommand.class, RemoveImportedCommand.class, GenerateCommand.class,
                ExportCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "1:A file or the store could not be read or written.",
                "2:Invalid arguments.", "3:An invalid import file; nothing was imported.",
                "4:The data folder is in use by another instance.", "5:Cancelled."})
public final class AtlasCommandLine implements Callable<Integer> {
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder for the window.")
    Path dataDir;

    private final ToIntFunction<Path> window;

    private AtlasCommandLine(ToIntFunction<Path> window) {
        this.window = window;
    }

    @Override
    public Integer call() {
        return window.applyAsInt(dataDir);
    }

    /** Runs the command line and returns the exit status; {@code window} opens the window when no command is given. */
    public static int run(String[] args, ToIntFunction<Path> window) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        return commandLine(window, out, err).execute(args);
    }

    static CommandLine commandLine(ToIntFunction<Path> window, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new AtlasCommandLine(window));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter stderr = commandLine.getErr();
            stderr.println(message(e));
            stderr.flush();
            return exitCode(e);
        });
        return cli;
    }

    static int exitCode(Exception e) {
        if (e instanceof UsageException) {
            return ExitCode.USAGE;
        }
        if (e instanceof StoreLockedException) {
            return ExitCode.LOCKED;
        }
        if (e instanceof DatasetException) {
            return ExitCode.INVALID_DATA;
        }
        if (e instanceof java.util.concurrent.CancellationException) {
            return ExitCode.CANCELLED;
        }
        return ExitCode.FAILURE;
    }

    static String message(Exception e) {
        if (e instanceof UsageException || e instanceof StoreException) {
            return e.getMessage();
        }
        if (e instanceof DatasetException) {
            return "Nothing was imported. " + e.getMessage();
        }
        if (e instanceof IOException io) {
            return "Error: " + describe(io);
        }
        return "Error: " + e;
    }

    /** An I/O failure in words that name the file. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        if (e instanceof FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason());
        }
        return e.getMessage();
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Metaverse Atlas " + Version.current()};
        }
    }
}
