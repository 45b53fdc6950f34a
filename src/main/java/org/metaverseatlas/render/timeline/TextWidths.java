package org.metaverseatlas.render.timeline;

import org.metaverseatlas.render.Painter;

import java.util.HashMap;
import java.util.Map;

/** Text widths measured on a painter, each text measured once: layouts ask for the same labels on every redraw. */
public final class TextWidths {
    private static final String ELLIPSIS = "…";
    private final Painter painter;
    private final Map<String, Double> cache = new HashMap<>();

    public TextWidths(Painter painter) {
        this.painter = painter;
    }

    public double width(String text, double size, boolean bold) {
        String key = (bold ? "b" : "n") + size + '\u0000' + text;
        Double w = cache.get(key);
        if (w == null) {
            if (cache.size() > 50_000) {
                cache.clear();
            }
            w = painter.textWidth(text, size, bold);
            cache.put(key, w);
        }
        return w;
    }

    /** The text, or its beginning with an ellipsis, whichever is the longest that fits; empty when nothing fits. */
    public String fit(String text, double size, boolean bold, double maxWidth) {
        double full = width(text, size, bold);
        if (full <= maxWidth) {
            return text;
        }
        int chars = (int) Math.floor(text.length() * maxWidth / full);
        while (chars > 0) {
            String cut = text.substring(0, chars).stripTrailing() + ELLIPSIS;
            if (painter.textWidth(cut, size, bold) <= maxWidth) {
                return cut;
            }
            chars = chars - Math.max(1, chars / 8);
        }
        return "";
    }
}
