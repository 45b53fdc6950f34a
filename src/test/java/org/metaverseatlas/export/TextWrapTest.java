package org.metaverseatlas.export;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import static org.assertj.core.api.Assertions.assertThat;

class TextWrapTest {
    /** Every character is 1 point wide at size 1. */
    private final Painter mono = new Painter() {
        @Override public void setFill(Rgb colour) { }
        @Override public void setStroke(Rgb colour) { }
        @Override public void setLineWidth(double width) { }
        @Override public void setLineDashes(double... dashes) { }
        @Override public void fillRect(double x, double y, double w, double h) { }
        @Override public void strokeRect(double x, double y, double w, double h) { }
        @Override public void strokeLine(double x1, double y1, double x2, double y2) { }
        @Override public void fillOval(double x, double y, double w, double h) { }
        @Override public void strokeOval(double x, double y, double w, double h) { }
        @Override public void beginPath() { }
        @Override public void moveTo(double x, double y) { }
        @Override public void lineTo(double x, double y) { }
        @Override public void closePath() { }
        @Override public void fillPath() { }
        @Override public void strokePath() { }
        @Override public void fillAndStrokePath() { }
        @Override public void text(String text, double x, double y, double size, Align align, boolean bold) { }
        @Override public double textWidth(String text, double size, boolean bold) {
            return text.codePointCount(0, text.length()) * size;
        }
        @Override public void save() { }
        @Override public void restore() { }
        @Override public void clipRect(double x, double y, double w, double h) { }
    };

    @Test
    void breaksAtSpaces() {
        assertThat(TextWrap.lines(mono, "one two three four", 9, 1, false))
                .containsExactly("one two", "three", "four");
    }

    @Test
    void breaksBetweenChineseCharactersWithoutSpaces() {
        assertThat(TextWrap.lines(mono, "广州海珠元宇宙创新产业联盟", 5, 1, false))
                .containsExactly("广州海珠元", "宇宙创新产", "业联盟");
    }

    @Test
    void cutsAWordLongerThanTheLine() {
        assertThat(TextWrap.lines(mono, "a https://example.org/long/path", 10, 1, false))
                .containsExactly("a", "https://ex", "ample.org/", "long/path");
    }

    @Test
    void aLimitEndsTheLastLineWithAnEllipsis() {
        assertThat(TextWrap.lines(mono, "one two three four five", 9, 1, false, 2))
                .containsExactly("one two", "three fo…");
    }
}
