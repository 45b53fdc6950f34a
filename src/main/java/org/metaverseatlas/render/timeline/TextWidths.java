package org.metaverseatlas.render.timeline;

import org.metaverseatlas.render.Painter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The text broken at spaces into lines no wider than {@code maxWidth}; a word wider than that is broken where
     * it must. No line is cut short.
     */
    public List<String> wrap(String text, double size, boolean bold, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, size, bold) <= maxWidth || line.isEmpty() && width(word, size, bold) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, size, bold) > maxWidth && rest.length() > 1) {
                int chars = rest.length() - 1;
                while (chars > 1 && width(rest.substring(0, chars), size, bold) > maxWidth) {
                    chars--;
                }
                lines.add(rest.substring(0, chars));
                rest = rest.substring(chars);
            }
            line.append(rest);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The whole text on at most {@code maxLines} lines: on as few lines as {@code maxWidth} allows, each as narrow as
     * that many lines allow (so that labels on paper take little room beside their marks and break evenly), at least {@code minWidth} and at most {@code maxWidth} wide. Only a text that would
     * not fit so many lines of the widest kind ends its last line with an ellipsis.
     */
    public List<String> wrapNarrow(String text, double size, boolean bold, double minWidth, double maxWidth,
                                   int maxLines) {
        double full = width(text, size, bold);
        if (full <= minWidth || maxLines <= 1) {
            return full <= maxWidth ? List.of(text) : List.of(fit(text, size, bold, maxWidth));
        }
        List<String> widest = wrap(text, size, bold, maxWidth);
        if (widest.size() > maxLines) {
            List<String> cut = new ArrayList<>(widest.subList(0, maxLines - 1));
            String rest = String.join(" ", widest.subList(maxLines - 1, widest.size()));
            cut.add(fit(rest, size, bold, maxWidth));
            return cut;
        }
        // As many lines as the widest wrap takes, no more: a title that fits one line stays on one.
        int target = widest.size();
        double lo = Math.max(minWidth, full / target);
        double hi = maxWidth;
        List<String> best = widest;
        for (int step = 0; step < 12 && hi - lo > 1; step++) {
            double mid = (lo + hi) / 2;
            List<String> lines = wrap(text, size, bold, mid);
            if (lines.size() <= target) {
                best = lines;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }
}
