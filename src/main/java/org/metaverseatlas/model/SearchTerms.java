package org.metaverseatlas.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A free-text search as people type it: words in any order and any case, each of which must appear; a phrase in
 * double quotes must appear as written. Chinese text, which has no spaces between words, matches by substring.
 */
public record SearchTerms(List<String> terms) {
    public SearchTerms {
        terms = List.copyOf(terms);
    }

    /** The terms of a query: its words and quoted phrases, lower-cased; an unclosed quote runs to the end. */
    public static SearchTerms parse(String query) {
        List<String> terms = new ArrayList<>();
        if (query == null) {
            return new SearchTerms(terms);
        }
        String text = query.toLowerCase(Locale.ROOT);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '“' || c == '”') {
                add(terms, current, quoted);
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || c == '\u3000')) {
                add(terms, current, false);
            } else {
                current.append(c);
            }
        }
        add(terms, current, quoted);
        return new SearchTerms(terms);
    }

    private static void add(List<String> terms, StringBuilder current, boolean phrase) {
        String term = phrase ? current.toString().strip().replaceAll("\\s+", " ") : current.toString();
        if (!term.isEmpty() && !terms.contains(term)) {
            terms.add(term);
        }
        current.setLength(0);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The given fields as one lower-cased text to search in, one field per line (a phrase does not span two). */
    public static String searchable(String... fields) {
        StringBuilder text = new StringBuilder();
        for (String field : fields) {
            if (field != null) {
                text.append(field.toLowerCase(Locale.ROOT)).append('\n');
            }
        }
        return text.toString();
    }

    /** Whether every term appears in the given lower-cased text. */
    public boolean matches(String lowerCasedText) {
        for (String term : terms) {
            if (!lowerCasedText.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
