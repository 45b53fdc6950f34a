package org.metaverseatlas.ui.detail;

import javafx.geometry.Orientation;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;

/**
 * A paragraph of the detail pane that reads like a label but whose text can be selected with the mouse or the
 * keyboard and copied (Ctrl+C, or its context menu): read-only, wrapped, as tall as its text, with no frame and no
 * scroll bars.
 */
final class SelectableText extends TextArea {
    /** Room the text area's skin keeps around its text. */
    private static final double INSETS_X = 2;
    private static final double INSETS_Y = 4;
    private final Text measure = new Text();

    SelectableText(String text) {
        super(text);
        setEditable(false);
        setWrapText(true);
        setFocusTraversable(false);
        setPrefRowCount(1);
        setMaxWidth(Double.MAX_VALUE);
        getStyleClass().add("detail-selectable");
        textProperty().addListener(o -> requestLayout());
        widthProperty().addListener(o -> requestLayout());
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth();
        measure.setFont(getFont());
        measure.setText(getText() == null || getText().isEmpty() ? " " : getText());
        measure.setWrappingWidth(Math.max(1, w - 2 * INSETS_X - snappedLeftInset() - snappedRightInset()));
        return Math.ceil(measure.getLayoutBounds().getHeight()) + 2 * INSETS_Y + snappedTopInset()
                + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }
}
