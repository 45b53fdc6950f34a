package org.metaverseatlas.export;

import java.nio.file.Path;

/** A written PDF: where, how many pages, how many bytes. */
public record ExportResult(Path file, int pages, long bytes) {
}
