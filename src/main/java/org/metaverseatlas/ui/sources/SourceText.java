package org.metaverseatlas.ui.sources;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings of the Sources tab ({@code sources.properties}). */
final class SourceText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.ui.sources.sources");

    private SourceText() {
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
