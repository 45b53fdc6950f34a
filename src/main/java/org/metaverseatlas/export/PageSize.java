package org.metaverseatlas.export;

/** Paper sizes, in PDF points (1/72 inch), portrait. */
public enum PageSize {
    A4(595.28, 841.89),
    LETTER(612, 792);

    private final double width;
    private final double height;

    PageSize(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }
}
