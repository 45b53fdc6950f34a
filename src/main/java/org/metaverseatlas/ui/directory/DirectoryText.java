package org.metaverseatlas.ui.directory;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings of the organization directory ({@code directory.properties}). */
final class DirectoryText {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.metaverseatlas.ui.directory.directory");

    private DirectoryText() {
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
