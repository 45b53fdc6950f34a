package org.metaverseatlas.ui.detail;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings of the detail panes ({@code detail.properties}). */
final class DetailText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.ui.detail.detail");

    private DetailText() {
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
