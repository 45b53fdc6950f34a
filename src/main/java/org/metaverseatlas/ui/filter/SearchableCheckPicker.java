package org.metaverseatlas.ui.filter;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.metaverseatlas.ui.I18n;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A multi-select with type-to-search, for long lists such as cities: a button that opens a popup with a search
 * field and a list of check boxes narrowed to the entries containing what was typed (English or Chinese). Enter in
 * the field checks or unchecks the first entry shown. Like {@link CheckPicker}, it reports checks the user makes and
 * shows a set chosen elsewhere without reporting back.
 */
final class SearchableCheckPicker<T> {
    private final String title;
    private final Consumer<Set<T>> onChange;
    private final Button button = new Button();
    private final TextField search = new TextField();
    private final ObservableList<Choice<T>> items = FXCollections.observableArrayList();
    private final FilteredList<Choice<T>> shown = new FilteredList<>(items);
    private final ListView<Choice<T>> list = new ListView<>(shown);
    private final Map<T, BooleanProperty> checks = new HashMap<>();
    private final Popup popup = new Popup();
    private boolean syncing;

    SearchableCheckPicker(String title, String idPrefix, Consumer<Set<T>> onChange) {
        this.title = title;
        this.onChange = onChange;
        button.setId(idPrefix + "-filter");
        button.getStyleClass().add("searchable-picker");
        button.setGraphic(new FontIcon(Material2AL.ARROW_DROP_DOWN));
        button.setContentDisplay(ContentDisplay.RIGHT);
        button.setOnAction(e -> toggle());
        button.setMinWidth(Region.USE_PREF_SIZE);
        search.setId(idPrefix + "-search");
        search.setPromptText(I18n.text("filter.typeToSearch"));
        search.textProperty().addListener((o, was, now) -> narrow(now));
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !shown.isEmpty()) {
                flip(shown.get(0));
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !shown.isEmpty()) {
                list.requestFocus();
                list.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        list.setId(idPrefix + "-list");
        list.setCellFactory(CheckBoxListCell.forListView(this::check));
        list.setPrefSize(300, 320);
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Choice<T> selected = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) && selected != null) {
                flip(selected);
                e.consume();
            }
        });
        VBox content = new VBox(6, search, list);
        // Escape closes the list from the search field and from the list alike.
        content.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                e.consume();
            }
        });
        content.setPadding(new Insets(8));
        content.getStyleClass().add("searchable-picker-popup");
        content.getStylesheets().add(SearchableCheckPicker.class.getResource("picker.css").toExternalForm());
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setOnShown(e -> search.requestFocus());
        showTitle();
    }

    Button node() {
        return button;
    }

    /** Whether the popup is open. */
    boolean isShowing() {
        return popup.isShowing();
    }

    /** Opens the popup, its search field ready for typing. */
    void open() {
        if (!popup.isShowing()) {
            toggle();
        }
    }

    private void toggle() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Bounds b = button.localToScreen(button.getBoundsInLocal());
        if (b != null) {
            search.clear(); // each opening starts from the whole list, not from the last search
            list.getSelectionModel().clearSelection();
            popup.show(button, b.getMinX(), b.getMaxY() + 2);
        }
    }

    private void narrow(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(needle.isEmpty() ? null : c -> c.label().toLowerCase(Locale.ROOT).contains(needle));
    }

    private BooleanProperty check(Choice<T> choice) {
        return checks.computeIfAbsent(choice.value(), v -> {
            BooleanProperty p = new SimpleBooleanProperty(false);
            p.addListener((o, was, now) -> {
                if (!syncing) {
                    showTitle();
                    onChange.accept(checked());
                }
            });
            return p;
        });
    }

    private void flip(Choice<T> choice) {
        BooleanProperty p = check(choice);
        p.set(!p.get());
    }

    Set<T> checked() {
        Set<T> values = new LinkedHashSet<>();
        for (Choice<T> c : items) {
            BooleanProperty p = checks.get(c.value());
            if (p != null && p.get()) {
                values.add(c.value());
            }
        }
        return values;
    }

    /** The entries, in order. */
    List<Choice<T>> items() {
        return items;
    }

    /** Replaces the items, keeping the given values checked. */
    void setItems(List<Choice<T>> values, Set<T> selected) {
        syncing = true;
        try {
            checks.clear();
            items.setAll(values);
        } finally {
            syncing = false;
        }
        show(selected);
    }

    /** Shows exactly these values as checked. */
    void show(Set<T> selected) {
        syncing = true;
        try {
            for (Choice<T> c : items) {
                boolean on = selected.contains(c.value());
                BooleanProperty p = checks.get(c.value());
                if (p == null && on) {
                    check(c).set(true);
                } else if (p != null && p.get() != on) {
                    p.set(on);
                }
            }
        } finally {
            syncing = false;
        }
        showTitle();
    }

    private void showTitle() {
        int n = 0;
        for (BooleanProperty p : checks.values()) {
            n += p.get() ? 1 : 0;
        }
        button.setText(I18n.text("filter.pickerTitle", title, n, items.size()));
    }
}
