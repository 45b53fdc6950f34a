package org.metaverseatlas.export;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: into a hidden temporary file in the target's folder, then
 * moved into place (atomically where the file system can). On any failure the temporary file is removed and the
 * message names the path and the reason.
 */
public final class SafeFileWriter {
    /** What goes into the file. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

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

    public static void write(Path target, Content content) throws ExportException {
        Path file = target.toAbsolutePath().normalize();
        check(file);
        Path temporary = null;
        try {
            temporary = createTemporary(file);
            try (FileOutputStream out = new FileOutputStream(temporary.toFile())) {
                content.writeTo(out);
                out.flush();
                out.getChannel().force(true);
            }
            move(temporary, file);
            temporary = null;
        } catch (IOException e) {
            throw new ExportException(ExportText.text("error.cannotWrite", file, reason(e)), e);
        } catch (java.io.UncheckedIOException e) {
            throw new ExportException(ExportText.text("error.cannotWrite", file, reason(e.getCause())), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // nothing more can be done; the name starts with a dot and ends in .part
                }
            }
        }
    }

    /** Created with the folder's default permissions (unlike {@code Files.createTempFile}, which makes it private). */
    private static Path createTemporary(Path file) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = file.resolveSibling("." + file.getFileName() + "."
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL) + ".part");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An I/O failure in words. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return ExportText.text("reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return ExportText.text("reason.missing");
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
