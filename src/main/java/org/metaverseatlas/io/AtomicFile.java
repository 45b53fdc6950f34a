package org.metaverseatlas.io;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either complete or absent: into a hidden temporary file beside it, synced to disk,
 * then moved into place (atomically where the file system can). On any failure the temporary file is removed and
 * the target is left as it was.
 */
public final class AtomicFile {
    /** What goes into the file. The stream may be closed by the writer or not; either is fine. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path temporary = createTemporary(file);
        try {
            try (FileOutputStream raw = new FileOutputStream(temporary.toFile())) {
                OutputStream out = new BufferedOutputStream(raw, 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush(); // the file is closed here, once it is on disk
                    }
                };
                content.writeTo(out);
                out.flush();
                raw.getChannel().force(true);
            }
            move(temporary, file);
            temporary = null;
        } finally {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
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
}
