package org.metaverseatlas.export;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words printed in exported PDFs ({@code export.properties}). */
public final class ExportText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.export.export");

    private ExportText() {
    }

    static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
