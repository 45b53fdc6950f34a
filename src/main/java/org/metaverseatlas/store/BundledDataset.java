package org.metaverseatlas.store;

import org.metaverseatlas.store.json.DatasetFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The dataset that ships with the application, with the checksum that tells whether the store holds it already. */
public record BundledDataset(String name, byte[] content, String checksum) {
    public static final String RESOURCE = "/assets/data/initiatives.json";
    /**
     * Names another class-path resource to start stores from. The test suite sets it to a small fixed dataset, so
     * that tests of the views do not change with every record the atlas gains.
     */
    public static final String RESOURCE_PROPERTY = "metaverseatlas.bundledDataset";

    /** The dataset inside the application. */
    public static BundledDataset load() {
        String resource = System.getProperty(RESOURCE_PROPERTY, RESOURCE);
        try (InputStream in = BundledDataset.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The application is incomplete: " + resource + " is missing");
            }
            return of(resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BundledDataset of(String name, byte[] content) {
        try {
            return new BundledDataset(name, content,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public DatasetFile parse() throws DatasetException {
        return DatasetReader.readJson(name, new ByteArrayInputStream(content));
    }
}
