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
import java.util.Locale;

/** Reads dataset files: JSON in the dataset format, or CSV in the layout {@link CsvDatasetReader} documents. */
public final class DatasetReader {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DatasetReader() {
    }

    /** Reads a JSON or CSV file, chosen by its extension (.csv is CSV, anything else JSON). */
    public static DatasetFile read(Path file) throws DatasetException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DatasetException(file.toString(), "the file does not exist or is not a regular file");
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return CsvDatasetReader.read(file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readJson(file.toString(), in);
        } catch (NoSuchFileException e) {
            throw new DatasetException(file.toString(), "the file does not exist");
        } catch (IOException e) {
            throw new DatasetException(file.toString(), "cannot be read: " + e.getMessage());
        }
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
            throw new DatasetException(name, where + "not valid dataset JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DatasetException(name, "cannot be read: " + e.getMessage());
        }
    }
}
