package org.metaverseatlas.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** The texts a node shows: every Labeled's text and every free-standing Text, in scene-graph order. */
public final class FxTexts {
    private FxTexts() {
    }

    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    /** The labeled nodes (labels, links) under a node, for checks on each one. */
    public static List<Labeled> labeled(Node root) {
        List<Labeled> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<Labeled> found) {
        if (node instanceof Labeled) {
            found.add((Labeled) node);
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled) {
            texts.add(((Labeled) node).getText());
            return;
        }
        if (node instanceof Text) {
            texts.add(((Text) node).getText());
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}
