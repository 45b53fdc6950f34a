package org.metaverseatlas.ui.map;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The map control's user-visible strings ({@code map.properties} beside this class). */
final class MapMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.ui.map.map");

    private MapMessages() {
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
