package org.metaverseatlas.store;

import java.util.List;
import java.util.Map;

/**
 * The line on which each record of a file starts, where the file has lines a user finds records by (a CSV row), so
 * that a problem names the line as well as the id: a row without an id, or two rows with one, are still found.
 *
 * @param initiatives the line of each initiative, in file order
 * @param sources     the line of the first row that gave each source, by id
 */
public record RecordLines(List<Integer> initiatives, Map<String, Integer> sources) {
    /** A file whose records have no lines worth naming (JSON: ids find them). */
    public static final RecordLines NONE = new RecordLines(List.of(), Map.of());

    public RecordLines {
        initiatives = List.copyOf(initiatives);
        sources = Map.copyOf(sources);
    }

    /** "line N: " for the initiative at this index (0-based), or nothing. */
    String initiative(int index) {
        return index < initiatives.size() ? prefix(initiatives.get(index)) : "";
    }

    /** "line N: " for the row that gave this source, or nothing. */
    String source(String id) {
        Integer line = id == null ? null : sources.get(id);
        return line == null ? "" : prefix(line);
    }

    private static String prefix(int line) {
        return "line " + line + ": ";
    }
}
