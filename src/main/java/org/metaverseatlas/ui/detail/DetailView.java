package org.metaverseatlas.ui.detail;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.ParticipationIndex;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The detail pane: back and forward (buttons, Alt+Left and Alt+Right, the mouse's own back and forward buttons)
 * above a scrolling page that shows an initiative or an organization. Every link is reachable with Tab and
 * followed with Enter; the page scrolls to keep the focused link in view.
 */
public final class DetailView implements DetailLinks {
    private static final javafx.css.PseudoClass HIDDEN_BY_FILTER = javafx.css.PseudoClass.getPseudoClass("hidden-by-filter");
    static final KeyCombination BACK = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    static final KeyCombination FORWARD = new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN);

    private final DetailViewModel model;
    private final FilterModel filter;
    private final Consumer<String> openAddress;
    private final BorderPane root = new BorderPane();
    private final ScrollPane scroll = new ScrollPane();
    /** Where each page was last scrolled to (0 top, 1 bottom). */
    private final Map<DetailTarget, Double> scrolled = new HashMap<>();
    private boolean returning;
    private final Label heading = new Label();
    private ParticipationIndex index;
    private final ChangeListener<Node> keepFocusInView = (o, was, now) -> scrollIntoView(now);

    /**
     * @param openAddress hands an http or https address to the system browser
     */
    public DetailView(FilterModel filter, SelectionModel selection, Consumer<String> openAddress) {
        this.filter = filter;
        this.openAddress = openAddress;
        this.model = new DetailViewModel(filter, selection);
        root.setId("detail-pane");
        root.getStyleClass().add("detail-pane");
        root.getStylesheets().add(DetailView.class.getResource("detail.css").toExternalForm());
        root.setTop(toolbar());
        scroll.setId("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        root.setCenter(scroll);
        javafx.scene.control.MenuItem copyPage = new javafx.scene.control.MenuItem(DetailText.text("page.copy"));
        copyPage.setOnAction(e -> copy(pageText()));
        scroll.setContextMenu(new javafx.scene.control.ContextMenu(copyPage));
        root.setMinWidth(0);
        root.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() == MouseButton.BACK) {
                back();
            } else if (e.getButton() == MouseButton.FORWARD) {
                forward();
            }
        });
        root.sceneProperty().addListener((o, was, now) -> moveShortcuts(was, now));
        model.pageProperty().addListener((o, was, now) -> {
            if (was != null) {
                scrolled.put(was, scroll.getVvalue());
            }
            render();
            if (returning && now != null) {
                // Back and forward come back to where the reader was on that page, as a browser does.
                scroll.applyCss();
                scroll.layout();
                scroll.setVvalue(scrolled.getOrDefault(now, 0.0));
            }
        });
        filter.catalogProperty().addListener((o, was, now) -> {
            scrolled.clear();
            render();
        });
        filter.filteredProperty().addListener((o, was, now) -> {
            if (model.getPage() != null) {
                if (model.getPage().isInitiative()) {
                    showInitiativeHeading();
                } else {
                    showOrganizationHeading();
                }
            }
        });
        render();
    }

    /** Goes back a page, to where it was scrolled. */
    private void back() {
        returnTo(model::back);
    }

    /** Goes forward a page, to where it was scrolled. */
    private void forward() {
        returnTo(model::forward);
    }

    private void returnTo(Runnable step) {
        returning = true;
        try {
            step.run();
        } finally {
            returning = false;
        }
    }

    private HBox toolbar() {
        Button back = navigationButton("detail-back", Material2AL.ARROW_BACK, DetailText.text("nav.back"));
        back.setOnAction(e -> back());
        back.disableProperty().bind(model.canGoBackProperty().not());
        Button forward = navigationButton("detail-forward", Material2AL.ARROW_FORWARD, DetailText.text("nav.forward"));
        forward.setOnAction(e -> forward());
        forward.disableProperty().bind(model.canGoForwardProperty().not());
        heading.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        heading.setId("detail-heading");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(4, back, forward, spacer, heading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("detail-toolbar");
        return bar;
    }

    private static Button navigationButton(String id, Material2AL icon, String tooltip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tooltip));
        button.setAccessibleText(tooltip);
        return button;
    }

    /** Alt+Left and Alt+Right work anywhere in the window, as in a browser. */
    private void moveShortcuts(Scene was, Scene now) {
        if (was != null) {
            was.getAccelerators().remove(BACK);
            was.getAccelerators().remove(FORWARD);
            was.focusOwnerProperty().removeListener(keepFocusInView);
        }
        if (now != null) {
            now.getAccelerators().put(BACK, this::back);
            now.getAccelerators().put(FORWARD, this::forward);
            now.focusOwnerProperty().addListener(keepFocusInView);
        }
    }

    private void render() {
        DetailTarget target = model.getPage();
        boolean hadFocus = focusIsInside();
        Catalog catalog = filter.getCatalog();
        Node page;
        if (target == null) {
            page = placeholder(DetailText.text("placeholder.none"));
            heading.setText("");
        } else if (target.isInitiative()) {
            page = model.initiative(target).<Node>map(i -> InitiativePane.build(catalog, i, this))
                    .orElseGet(() -> placeholder(DetailText.text("placeholder.gone")));
            showInitiativeHeading();
        } else {
            page = model.organization(target).<Node>map(o -> OrganizationPane.build(index(catalog), o, this))
                    .orElseGet(() -> placeholder(DetailText.text("placeholder.gone")));
            showOrganizationHeading();
        }
        page.setId("detail-content");
        scroll.setContent(page);
        scroll.setVvalue(0);
        if (hadFocus) {
            // The followed link is gone with its page: start the new page from its top, as a browser does.
            scroll.requestFocus();
        }
    }

    /** "Initiative", and whether the filters hide it: the pane may show what the timeline and the map no longer do. */
    private void showInitiativeHeading() {
        boolean hidden = model.initiative(model.getPage()).map(i -> !filter.getCriteria().matches(i)).orElse(false);
        showHeading(hidden ? "heading.initiativeHidden" : "heading.initiative", hidden);
    }

    /** "Organization", and whether the filters hide all of its initiatives. */
    private void showOrganizationHeading() {
        List<Initiative> its = index(filter.getCatalog()).initiativesOf(model.getPage().id());
        boolean hidden = !its.isEmpty() && its.stream().noneMatch(filter.getCriteria()::matches);
        showHeading(hidden ? "heading.organizationHidden" : "heading.organization", hidden);
    }

    private void showHeading(String key, boolean hiddenByFilter) {
        heading.setText(DetailText.text(key));
        heading.pseudoClassStateChanged(HIDDEN_BY_FILTER, hiddenByFilter);
    }

    /** Built at the first organization page of each catalog, then reused. */
    private ParticipationIndex index(Catalog catalog) {
        if (index == null || index.catalog() != catalog) {
            index = ParticipationIndex.of(catalog);
        }
        return index;
    }

    private static VBox placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("placeholder");
        VBox box = new VBox(label);
        box.getStyleClass().add("detail-page");
        return box;
    }

    private boolean focusIsInside() {
        Scene scene = root.getScene();
        return scene != null && isInside(scene.getFocusOwner(), scroll);
    }

    private static boolean isInside(Node node, Parent ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void scrollIntoView(Node focused) {
        Node content = scroll.getContent();
        if (focused == null || content == null || focused == scroll || !isInside(focused, scroll)) {
            return;
        }
        Bounds bounds = content.sceneToLocal(focused.localToScene(focused.getLayoutBounds()));
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (bounds == null || contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (bounds.getMinY() < top) {
            scroll.setVvalue(Math.max(0, bounds.getMinY() - 8) / (contentHeight - viewport));
        } else if (bounds.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(contentHeight - viewport, bounds.getMaxY() + 8 - viewport) / (contentHeight - viewport));
        }
    }

    @Override
    public void openInitiative(Initiative initiative) {
        model.openInitiative(initiative);
    }

    @Override
    public void openOrganization(Organization organization) {
        model.openOrganization(organization);
    }

    @Override
    public void openAddress(String address) {
        if (WebAddress.isOpenable(address)) {
            openAddress.accept(address);
        }
    }

    @Override
    public void copy(String text) {
        copier.accept(text);
    }

    /** Where copied text goes: the system clipboard in the application, a recorder in tests. */
    public void setCopier(Consumer<String> value) {
        copier = value;
    }

    private Consumer<String> copier = text -> {
        javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
        content.putString(text);
        javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
    };

    /** The text of the page shown, line by line in reading order, for "Copy the page's text". */
    public String pageText() {
        StringBuilder text = new StringBuilder();
        collectText(scroll.getContent(), text);
        return text.toString().strip();
    }

    private static void collectText(Node node, StringBuilder text) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.TextInputControl selectable) {
            if (selectable.getText() != null && !selectable.getText().isBlank()) {
                text.append(selectable.getText()).append('\n');
            }
            return;
        }
        if (node instanceof javafx.scene.control.Labeled labeled && !(labeled.getStyleClass().contains(
                "detail-copy-citation"))) {
            if (labeled.getText() != null && !labeled.getText().isBlank()) {
                text.append(labeled.getText()).append('\n');
            }
            return;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectText(child, text);
            }
        }
    }

    public DetailViewModel model() {
        return model;
    }

    public Node node() {
        return root;
    }
}
