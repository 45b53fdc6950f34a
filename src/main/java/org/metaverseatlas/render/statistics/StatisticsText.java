package org.metaverseatlas.render.statistics;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words drawn with the charts ({@code statistics.properties}), on screen and in the PDF. */
public final class StatisticsText {
    private static final ResourceBundle BUNDLE =
            ResourceBundle.getBundle("org.metaverseatlas.render.statistics.statistics");

    private StatisticsText() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
