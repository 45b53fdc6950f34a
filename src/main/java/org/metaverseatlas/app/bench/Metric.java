package org.metaverseatlas.app.bench;

import java.util.Locale;

/** One benchmark figure, printed as {@code metric<TAB>count<TAB>value<TAB>unit}. */
public record Metric(String name, int count, double value, String unit) {
    public String line() {
        return String.format(Locale.ROOT, "%s\t%d\t%.2f\t%s", name, count, value, unit);
    }
}
