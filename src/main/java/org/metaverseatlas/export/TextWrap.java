package org.metaverseatlas.export;

import org.metaverseatlas.render.Painter;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width: at spaces, next to Chinese characters (which need no spaces), and inside
 * a word only when the word alone is wider than the line.
 */
public final class TextWrap {
    private TextWrap() {
    }

    public static List<String> lines(Painter painter, String text, double width, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            wrapParagraph(painter, paragraph.strip(), width, size, bold, lines);
        }
        return lines;
    }

    /** At most {@code maxLines}; the last one ends with "…" when text was cut. */
    public static List<String> lines(Painter painter, String text, double width, double size, boolean bold, int maxLines) {
        List<String> all = lines(painter, text, width, size, bold);
        if (all.size() <= maxLines) {
            return all;
        }
        List<String> kept = new ArrayList<>(all.subList(0, maxLines));
        kept.set(maxLines - 1, ellipsize(painter, kept.get(maxLines - 1) + " " + all.get(maxLines), width, size, bold));
        return kept;
    }

    /** The text, cut with "…" so that it fits the width. */
    public static String ellipsize(Painter painter, String text, double width, double size, boolean bold) {
        if (painter.textWidth(text, size, bold) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && painter.textWidth(cut + "…", size, bold) > width) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.stripTrailing() + "…";
    }

    private static void wrapParagraph(Painter painter, String text, double width, double size, boolean bold,
                                      List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line.length() == 0 ? token.stripLeading() : line + token;
            if (painter.textWidth(candidate.stripTrailing(), size, bold) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            String word = token.strip();
            while (painter.textWidth(word, size, bold) > width && word.codePointCount(0, word.length()) > 1) {
                int fit = fitting(painter, word, width, size, bold);
                lines.add(word.substring(0, fit));
                word = word.substring(fit);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
    }

    /** The longest prefix (at least one character) that fits. */
    private static int fitting(Painter painter, String word, double width, double size, boolean bold) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (painter.textWidth(word.substring(0, next), size, bold) > width) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Pieces between break opportunities: a word with its leading space, or a single Chinese character. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                if (current.length() > 0 && !current.toString().isBlank()) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                current.append(' ');
            } else if (isIdeographic(cp)) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                tokens.add(new String(Character.toChars(cp)));
            } else {
                current.append(Character.toChars(cp));
            }
        }
        if (current.length() > 0 && !current.toString().isBlank()) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
