package org.metaverseatlas.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The search field above a listing (organizations, sources): a magnifier, and Escape clears what was typed. */
public final class ListSearchField {
    private ListSearchField() {
    }

    public static CustomTextField create(String id, String prompt, Runnable onChange) {
        CustomTextField search = new CustomTextField();
        search.setId(id);
        search.setPromptText(prompt);
        search.setLeft(new FontIcon(Material2MZ.SEARCH));
        search.setPrefColumnCount(24);
        search.textProperty().addListener((o, was, now) -> onChange.run());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            }
        });
        return search;
    }
}
