package org.metaverseatlas.render.network;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words drawn with the network ({@code network.properties}): the legend, on screen and in the PDF. */
public final class NetworkText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.render.network.network");

    private NetworkText() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
