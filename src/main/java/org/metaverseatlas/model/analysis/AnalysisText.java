package org.metaverseatlas.model.analysis;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The words of the counts and the network ({@code analysis.properties}), shared by the window, the PDF and the CLI. */
public final class AnalysisText {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.model.analysis.analysis");

    private AnalysisText() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }
}
