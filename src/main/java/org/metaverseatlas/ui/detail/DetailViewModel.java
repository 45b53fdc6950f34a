package org.metaverseatlas.ui.detail;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.Optional;

/**
 * Which page the detail pane shows, and the history behind it. The page follows the shared selection: a selected
 * initiative shows its pane, a focused organization shows its own. Following a link, or going back and forward,
 * sets the selection in turn, so the timeline, the map and the tables follow the pane: an initiative page selects
 * its initiative and restores the organization in focus when it was first shown; an organization page focuses
 * its organization and clears the selected initiative (so choosing that initiative again shows it again).
 */
public final class DetailViewModel {
    /** A page as visited: what it shows, and the organization that was in focus. */
    private record Visit(DetailTarget target, String focusedOrganizationId) {
    }

    private final FilterModel filter;
    private final SelectionModel selection;
    private final NavigationHistory<Visit> history = new NavigationHistory<>(Visit::target);
    private final ReadOnlyObjectWrapper<DetailTarget> page = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
    private boolean applying;

    public DetailViewModel(FilterModel filter, SelectionModel selection) {
        this.filter = filter;
        this.selection = selection;
        selection.initiativeProperty().addListener((o, was, now) -> {
            if (!applying && now != null) {
                visit(DetailTarget.of(now));
            }
        });
        selection.organizationProperty().addListener((o, was, now) -> {
            if (!applying && now != null) {
                visit(DetailTarget.of(now));
                apply(DetailTarget.of(now), now.id());
            }
        });
        if (selection.getOrganization() != null) {
            visit(DetailTarget.of(selection.getOrganization()));
        } else if (selection.getInitiative() != null) {
            visit(DetailTarget.of(selection.getInitiative()));
        }
    }

    /** The page shown; null before anything was chosen. */
    public ReadOnlyObjectProperty<DetailTarget> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public DetailTarget getPage() {
        return page.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    /** The catalog pages are read from. */
    public Catalog catalog() {
        return filter.getCatalog();
    }

    public Optional<Initiative> initiative(DetailTarget target) {
        return target != null && target.isInitiative() ? catalog().initiative(target.id()) : Optional.empty();
    }

    public Optional<Organization> organization(DetailTarget target) {
        return target != null && !target.isInitiative() ? catalog().organization(target.id()) : Optional.empty();
    }

    /** Follows a link to an initiative. */
    public void openInitiative(Initiative initiative) {
        DetailTarget target = DetailTarget.of(initiative);
        visit(target);
        apply(target, focusedId());
    }

    /** Follows a link to an organization. */
    public void openOrganization(Organization organization) {
        DetailTarget target = DetailTarget.of(organization);
        visit(target);
        apply(target, organization.id());
    }

    public void back() {
        history.back().ifPresent(this::show);
    }

    public void forward() {
        history.forward().ifPresent(this::show);
    }

    private void visit(DetailTarget target) {
        // An organization page is that organization in focus, however it was reached.
        history.visit(new Visit(target, target.isInitiative() ? focusedId() : target.id()));
        refresh();
    }

    private void show(Visit visit) {
        refresh();
        apply(visit.target(), visit.focusedOrganizationId());
    }

    private void refresh() {
        page.set(history.current().map(Visit::target).orElse(null));
        canGoBack.set(history.canGoBack());
        canGoForward.set(history.canGoForward());
    }

    /** Brings the shared selection in line with the page, without that change navigating again. */
    private void apply(DetailTarget target, String focusedOrganizationId) {
        applying = true;
        try {
            Organization focus = focusedOrganizationId == null ? null
                    : catalog().organization(focusedOrganizationId).orElse(null);
            if (target.isInitiative()) {
                selection.select(catalog().initiative(target.id()).orElse(null));
                selection.focus(focus);
            } else {
                selection.focus(focus);
                selection.select(null);
            }
        } finally {
            applying = false;
        }
    }

    private String focusedId() {
        Organization focused = selection.getOrganization();
        return focused == null ? null : focused.id();
    }
}
