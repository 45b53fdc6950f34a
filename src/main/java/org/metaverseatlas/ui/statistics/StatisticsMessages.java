package org.metaverseatlas.ui.statistics;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The statistics view's words ({@code statistics.properties}). */
final class StatisticsMessages {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.metaverseatlas.ui.statistics.statistics");

    private StatisticsMessages() {
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
