package org.metaverseatlas.render;

/**
 * A small drawing surface, implemented by the screen (a JavaFX Canvas) and by the PDF (PDFBox), so that one layout
 * and one visual encoding serve both. Coordinates are in points (PDF) or pixels (screen), y downwards, origin at
 * the top left of the area being drawn.
 */
public interface Painter {
    /** Where a text's anchor point lies along the text. */
    enum Align { LEFT, CENTER, RIGHT }

    void setFill(Rgb colour);

    void setStroke(Rgb colour);

    void setLineWidth(double width);

    /** Dashes for the following strokes; no argument for solid lines. */
    void setLineDashes(double... dashes);

    void fillRect(double x, double y, double width, double height);

    void strokeRect(double x, double y, double width, double height);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillOval(double x, double y, double width, double height);

    void strokeOval(double x, double y, double width, double height);

    /** Starts a new path (made of polygons; holes follow the even-odd rule). */
    void beginPath();

    void moveTo(double x, double y);

    void lineTo(double x, double y);

    void closePath();

    void fillPath();

    void strokePath();

    /** Fills and then strokes the current path. */
    void fillAndStrokePath();

    /**
     * Draws one line of text with its baseline at {@code y}. Fonts must render Chinese: the screen uses the system's
     * fallback, the PDF an embedded subset of the bundled CJK font.
     */
    void text(String text, double x, double y, double size, Align align, boolean bold);

    /** The width {@link #text} would take. */
    double textWidth(String text, double size, boolean bold);

    /** Saves the clip and styles. */
    void save();

    /** Restores what {@link #save} saved. */
    void restore();

    /** Intersects the clip with a rectangle, until {@link #restore}. */
    void clipRect(double x, double y, double width, double height);
}
