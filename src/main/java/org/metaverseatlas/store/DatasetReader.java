package org.metaverseatlas.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.metaverseatlas.store.json.DatasetFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads dataset files: JSON in the dataset format, or CSV in the layout {@link CsvDatasetReader} documents. */
public final class DatasetReader {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DatasetReader() {
    }

    /** A file's records, and the line each starts on where the format has lines to name (CSV). */
    public record Located(DatasetFile file, RecordLines lines) {
    }

    /** Reads a JSON or CSV file, chosen by its extension (.csv is CSV, anything else JSON). */
    public static DatasetFile read(Path file) throws DatasetException {
        return readLocated(file).file();
    }

    /** As {@link #read}, with the line of each CSV row, for problems that name it. */
    public static Located readLocated(Path file) throws DatasetException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file.toString(), "the file does not exist or is not a regular file");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CsvDatasetReader.read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new Located(readJson(file.toString(), in), RecordLines.NONE);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file.toString(), "the file does not exist");
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A JSON problem in the file's terms: which field and what it should hold, rather than the program's classes.
     */
    static String explain(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
            String path = path(m.getPath());
            Class<?> target = m.getTargetType();
            if (path.isEmpty()) {
                return "a dataset file is one JSON object with \"format\", \"initiatives\" and the other fields the"
                        + " README describes";
            }
            if (m instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException) {
                return "unknown field '" + path + "'";
            }
            return "field '" + path + "' should be " + expected(target);
        }
        return withoutSource(e.getOriginalMessage());
    }

    /** The parser's message without its "[Source: …; line: L, column: C]" part, the place said in plain words. */
    static String withoutSource(String message) {
        return message == null ? "" : message.replaceAll(
                "\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static String path(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (var r : references) {
            if (r.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another kind";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ … ]";
        }
        return "an object { … }";
    }

    public static DatasetFile readJson(String name, InputStream in) throws DatasetException {
        try {
            DatasetFile file = JSON.readValue(in, DatasetFile.class);
            if (file == null) {
                throw new DatasetException(name, "the file is empty");
            }
            return file;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            throw new DatasetException(name, where + "not valid dataset JSON: " + explain(e));
        } catch (IOException e) {
            throw new DatasetException(name, "cannot be read: " + e.getMessage());
        }
    }
}
