package org.metaverseatlas.render.map;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The map's user-visible strings ({@code map.properties}), shared by the drawing and the map control. */
public final class MapText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.render.map.map");

    private MapText() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
