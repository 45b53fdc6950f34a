package org.metaverseatlas.render.map;

import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.util.ArrayList;
import java.util.List;

/** A painter that keeps the text drawn and counts the rest; text is 0.6 of its size wide per character. */
final class RecordingPainter implements Painter {
    final List<String> texts = new ArrayList<>();
    int paths;
    int ovals;
    int lines;
    /** The fill of each disc drawn, with its centre: x, y and the fill's opacity. */
    final List<double[]> discs = new ArrayList<>();
    private Rgb fill;

    @Override
    public void setFill(Rgb colour) {
        fill = colour;
    }

    @Override
    public void setStroke(Rgb colour) {
    }

    @Override
    public void setLineWidth(double width) {
    }

    @Override
    public void setLineDashes(double... dashes) {
    }

    @Override
    public void fillRect(double x, double y, double width, double height) {
    }

    @Override
    public void strokeRect(double x, double y, double width, double height) {
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
    }

    @Override
    public void fillOval(double x, double y, double width, double height) {
        ovals++;
        discs.add(new double[]{x + width / 2, y + height / 2, fill == null ? 1 : fill.alpha()});
    }

    @Override
    public void strokeOval(double x, double y, double width, double height) {
    }

    @Override
    public void beginPath() {
        paths++;
    }

    @Override
    public void moveTo(double x, double y) {
    }

    @Override
    public void lineTo(double x, double y) {
        lines++;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void fillPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillAndStrokePath() {
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, boolean bold) {
        texts.add(text);
    }

    @Override
    public double textWidth(String text, double size, boolean bold) {
        return 0.6 * size * text.length();
    }

    @Override
    public void save() {
    }

    @Override
    public void restore() {
    }

    @Override
    public void clipRect(double x, double y, double width, double height) {
    }
}
