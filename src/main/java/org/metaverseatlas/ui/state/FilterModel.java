package org.metaverseatlas.ui.state;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;

import java.util.List;

/**
 * The one filter every view shares: the catalog, the criteria, and the initiatives that match them, oldest first.
 * Views observe {@link #filteredProperty()}; they change the filter only through {@link #setCriteria}.
 * The filtered list is replaced whole, so each change reaches a view as one event.
 */
public final class FilterModel {
    private final ObjectProperty<Catalog> catalog = new SimpleObjectProperty<>(Catalog.empty());
    private final ObjectProperty<FilterCriteria> criteria = new SimpleObjectProperty<>(FilterCriteria.NONE);
    private final ReadOnlyObjectWrapper<List<Initiative>> filtered = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public FilterModel() {
        catalog.addListener((o, was, now) -> refilter());
        criteria.addListener((o, was, now) -> refilter());
    }

    private void refilter() {
        filtered.set(criteria.get().select(catalog.get()));
    }

    public ObjectProperty<Catalog> catalogProperty() {
        return catalog;
    }

    public Catalog getCatalog() {
        return catalog.get();
    }

    /** Sets the catalog; from the first one on, the model counts as loaded. */
    public void setCatalog(Catalog value) {
        loaded.set(true);
        catalog.set(value);
    }

    /**
     * Whether a catalog has been set: until then the store is still opening, and an empty result means "loading",
     * not "nothing matches".
     */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public boolean isLoaded() {
        return loaded.get();
    }

    public ReadOnlyObjectProperty<FilterCriteria> criteriaProperty() {
        return criteria;
    }

    public FilterCriteria getCriteria() {
        return criteria.get();
    }

    public void setCriteria(FilterCriteria value) {
        criteria.set(value);
    }

    public void clear() {
        criteria.set(FilterCriteria.NONE);
    }

    /** The initiatives that match the criteria, oldest first; an unmodifiable list replaced on every change. */
    public ReadOnlyObjectProperty<List<Initiative>> filteredProperty() {
        return filtered.getReadOnlyProperty();
    }

    public List<Initiative> getFiltered() {
        return filtered.get();
    }
}
