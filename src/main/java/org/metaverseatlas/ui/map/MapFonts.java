package org.metaverseatlas.ui.map;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;

/** Loads the bundled CJK font (WenQuanYi Micro Hei) for the map's Chinese labels. */
public final class MapFonts {
    static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";

    private MapFonts() {
    }

    /**
     * Registers the bundled font with JavaFX and returns its family, or null if it cannot be read (the map then
     * leaves Chinese text to the system's fallback fonts). Reads a 5 MB file: call it off the FX thread.
     */
    public static String loadCjkFamily() {
        try (InputStream in = MapFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            Font[] fonts = Font.loadFonts(in, 12);
            return fonts == null || fonts.length == 0 ? null : fonts[0].getFamily();
        } catch (IOException e) {
            return null;
        }
    }
}
