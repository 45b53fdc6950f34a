package org.metaverseatlas.render;

/** A colour with alpha, components in [0, 1]; shared by the screen and the PDF so both encode alike. */
public record Rgb(double red, double green, double blue, double alpha) {
    public static final Rgb BLACK = of(0x000000);
    public static final Rgb WHITE = of(0xFFFFFF);

    /** From 0xRRGGBB, opaque. */
    public static Rgb of(int rgb) {
        return new Rgb(((rgb >> 16) & 0xFF) / 255.0, ((rgb >> 8) & 0xFF) / 255.0, (rgb & 0xFF) / 255.0, 1);
    }

    public Rgb withAlpha(double value) {
        return new Rgb(red, green, blue, value);
    }

    /** Mixes towards {@code other} by {@code t} in [0, 1]. */
    public Rgb mix(Rgb other, double t) {
        return new Rgb(red + (other.red - red) * t, green + (other.green - green) * t,
                blue + (other.blue - blue) * t, alpha + (other.alpha - alpha) * t);
    }
}
