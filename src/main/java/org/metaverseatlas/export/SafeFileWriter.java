package org.metaverseatlas.export;

import org.metaverseatlas.io.AtomicFile;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes an exported file so that it is either complete or absent ({@link AtomicFile}), after checking that its
 * folder can take it; a failure's message names the path and the reason.
 */
public final class SafeFileWriter {
    private SafeFileWriter() {
    }

    /** Fails early, before a long export, when the target obviously cannot be written. */
    public static void check(Path target) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException(ExportText.text("error.noFolder", file, folder), null);
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(ExportText.text("error.isFolder", file), null);
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException(ExportText.text("error.cannotWrite", file, ExportText.text("reason.denied")), null);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new ExportException(ExportText.text("error.cannotWrite", file, ExportText.text("reason.readOnly")), null);
        }
    }

    public static void write(Path target, AtomicFile.Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        check(file);
        try {
            AtomicFile.write(file, content);
        } catch (IOException e) {
            throw new ExportException(ExportText.text("error.cannotWrite", file, reason(e, file)), e);
        } catch (java.io.UncheckedIOException e) {
            throw new ExportException(ExportText.text("error.cannotWrite", file, reason(e.getCause(), file)), e);
        }
    }

    /** An I/O failure writing {@code file} in words. */
    static String reason(IOException e, Path file) {
        if (e instanceof AccessDeniedException) {
            return ExportText.text("reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            // The folder was there when checked: either it went away meanwhile, or it takes no new files (/proc).
            Path folder = file.getParent();
            return ExportText.text(folder != null && Files.isDirectory(folder) ? "reason.noNewFiles" : "reason.missing");
        }
        String message = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return ExportText.text("reason.full");
        }
        return message;
    }
}
