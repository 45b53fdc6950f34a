package org.metaverseatlas.ui.network;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The network view's words ({@code network.properties}). */
final class NetworkMessages {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.ui.network.network");

    private NetworkMessages() {
    }

    static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
