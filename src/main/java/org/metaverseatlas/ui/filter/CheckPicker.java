package org.metaverseatlas.ui.filter;

import javafx.collections.ListChangeListener;
import org.controlsfx.control.CheckComboBox;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A multi-select picker kept in step with one facet of the shared filter: checking items reports the new set,
 * and a set chosen elsewhere (a map click, a removed chip) shows as checks without reporting back.
 */
final class CheckPicker<T> {
    private final CheckComboBox<Choice<T>> box = new CheckComboBox<>();
    private boolean syncing;

    CheckPicker(String title, Consumer<Set<T>> onChange) {
        box.setTitle(title);
        box.setShowCheckedCount(true);
        box.getCheckModel().getCheckedItems().addListener((ListChangeListener<Choice<T>>) change -> {
            if (!syncing) {
                onChange.accept(checked());
            }
        });
    }

    CheckComboBox<Choice<T>> node() {
        return box;
    }

    Set<T> checked() {
        Set<T> values = new LinkedHashSet<>();
        box.getCheckModel().getCheckedItems().forEach(c -> values.add(c.value()));
        return values;
    }

    /** Replaces the items, keeping the given values checked. */
    void setItems(List<Choice<T>> items, Set<T> selected) {
        syncing = true;
        try {
            box.getCheckModel().clearChecks();
            box.getItems().setAll(items);
        } finally {
            syncing = false;
        }
        show(selected);
    }

    /** Shows exactly these values as checked. */
    void show(Set<T> selected) {
        if (selected.equals(checked())) {
            return;
        }
        syncing = true;
        try {
            box.getCheckModel().clearChecks();
            for (Choice<T> item : box.getItems()) {
                if (selected.contains(item.value())) {
                    box.getCheckModel().check(item);
                }
            }
        } finally {
            syncing = false;
        }
    }
}
