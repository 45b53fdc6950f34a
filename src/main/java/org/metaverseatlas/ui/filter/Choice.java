package org.metaverseatlas.ui.filter;

/** An entry of a filter picker: the value and the text shown for it (with its count). */
record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
