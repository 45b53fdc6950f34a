package org.metaverseatlas.ui.shell;

import org.metaverseatlas.io.AtomicFile;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * How the window was left: its place and size, whether maximized, the theme, which views were shown and where the
 * dividers stood. Kept in the data folder as {@value #FILE_NAME}; a missing or unreadable file means defaults.
 * {@code viewsDivider}, {@code mainDivider} and {@code outerDivider} are fractions, NaN where unknown.
 */
public record WindowSettings(double x, double y, double width, double height, boolean maximized, boolean dark,
                             ShownViews views, double viewsDivider, double mainDivider, double outerDivider) {
    public static final String FILE_NAME = "window.properties";

    /** Which of the timeline and the map the window shows. */
    public enum ShownViews { BOTH, TIMELINE, MAP, NETWORK, STATISTICS }

    /** The settings in {@code directory}, if a readable file is there. */
    public static Optional<WindowSettings> load(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            double width = number(p, "width");
            double height = number(p, "height");
            if (!(width > 0) || !(height > 0)) {
                return Optional.empty();
            }
            return Optional.of(new WindowSettings(number(p, "x"), number(p, "y"), width, height,
                    Boolean.parseBoolean(p.getProperty("maximized")), Boolean.parseBoolean(p.getProperty("dark")),
                    ShownViews.valueOf(p.getProperty("views", "BOTH").toUpperCase(Locale.ROOT)),
                    fraction(p, "viewsDivider"), fraction(p, "mainDivider"), fraction(p, "outerDivider")));
        } catch (IOException | IllegalArgumentException e) {
            // Only a convenience: a damaged file costs the user the last layout, nothing else.
            return Optional.empty();
        }
    }

    /** Writes the settings into {@code directory}, whole or not at all. */
    public void save(Path directory) throws IOException {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(x));
        p.setProperty("y", Double.toString(y));
        p.setProperty("width", Double.toString(width));
        p.setProperty("height", Double.toString(height));
        p.setProperty("maximized", Boolean.toString(maximized));
        p.setProperty("dark", Boolean.toString(dark));
        p.setProperty("views", views.name());
        p.setProperty("viewsDivider", Double.toString(viewsDivider));
        p.setProperty("mainDivider", Double.toString(mainDivider));
        p.setProperty("outerDivider", Double.toString(outerDivider));
        AtomicFile.write(directory.resolve(FILE_NAME), out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(writer, "Metaverse Atlas: the window as it was last closed");
            writer.flush();
        });
    }

    private static double number(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    private static double fraction(Properties p, String key) {
        double value = number(p, key);
        return value >= 0 && value <= 1 ? value : Double.NaN;
    }
}
