package org.metaverseatlas.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings of the window shell, filter bar and table ({@code messages.properties}). */
public final class I18n {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.ui.messages");

    private I18n() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
