package org.metaverseatlas.ui.detail;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The building blocks both panes are made of, so that they read alike: headings, facts, entries, links, sources. */
final class PaneParts {
    private PaneParts() {
    }

    /** The page: a small caption naming what it is, then the title and, where a source gives it, its Chinese name. */
    static VBox page(String overline, String title, String titleZh) {
        Label caption = new Label(overline);
        caption.getStyleClass().addAll("detail-overline", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label heading = text(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setId("detail-title");
        VBox page = new VBox(caption, heading);
        if (titleZh != null && !titleZh.isBlank()) {
            Label chinese = text(titleZh);
            chinese.setId("detail-title-zh");
            chinese.getStyleClass().add("detail-title-zh");
            page.getChildren().add(chinese);
        }
        page.getStyleClass().add("detail-page");
        page.setFillWidth(true);
        return page;
    }

    /** A named fact: a muted caption over its value, and optional muted notes below. */
    static VBox fact(String name, String value, String... notes) {
        return fact(name, text(value), notes);
    }

    static VBox fact(String name, Label value, String... notes) {
        VBox fact = new VBox(caption(name), value);
        for (String note : notes) {
            fact.getChildren().add(muted(note));
        }
        fact.getStyleClass().add("detail-fact");
        return fact;
    }

    /** Entries a section shows before "Show all": a long list costs more to style and lay out than a click allows. */
    static final int SHOWN = 20;

    /** A section: a heading, then its entries; past {@link #SHOWN} of them, a link shows the rest in place. */
    static VBox section(String heading, List<? extends Node> entries) {
        Label title = new Label(heading);
        title.getStyleClass().addAll("detail-section-heading", Styles.TITLE_4);
        VBox section = new VBox(title);
        section.getStyleClass().add("detail-section");
        if (entries.size() <= SHOWN + 1) {
            section.getChildren().addAll(entries);
            return section;
        }
        section.getChildren().addAll(entries.subList(0, SHOWN));
        List<Node> rest = List.copyOf(entries.subList(SHOWN, entries.size()));
        Hyperlink[] showAll = new Hyperlink[1];
        showAll[0] = link(DetailText.text("section.showAll", entries.size()), () -> {
            int at = section.getChildren().indexOf(showAll[0]);
            section.getChildren().remove(at);
            section.getChildren().addAll(at, rest);
            // The link that had the focus is gone: hand it to the first entry it revealed.
            rest.stream().map(PaneParts::firstFocusable).filter(Objects::nonNull).findFirst()
                    .ifPresent(Node::requestFocus);
        });
        showAll[0].getStyleClass().add("detail-show-all");
        section.getChildren().add(showAll[0]);
        return section;
    }

    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** One entry of a section, its lines stacked. */
    static VBox entry(Node... lines) {
        VBox entry = new VBox(lines);
        entry.getStyleClass().add("detail-entry");
        return entry;
    }

    static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll("detail-caption", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return label;
    }

    static Label text(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A paragraph whose text can be selected and copied: a summary, a description, a claim. */
    static SelectableText paragraph(String text) {
        return new SelectableText(text);
    }

    static Label strong(String text) {
        Label label = text(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    static Label muted(String text) {
        Label label = text(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    /** A link that Tab reaches and that Enter, Space or a click follows. */
    static Hyperlink link(String text, Runnable action) {
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        // As wide as its text (so the focus box hugs it), narrower where the pane is, and then it wraps.
        link.setMaxWidth(Region.USE_PREF_SIZE);
        link.setMinWidth(0);
        link.setFocusTraversable(true);
        link.setOnAction(e -> {
            link.setVisited(false);
            action.run();
        });
        // JavaFX follows a link on Enter except on macOS; a filter makes Enter follow it once on every platform.
        link.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                link.fire();
                e.consume();
            }
        });
        return link;
    }

    /** A muted label before a link on one line: "Chair:" [Hangzhou Metaverse Special Committee]. */
    static HBox labelledLink(String label, Hyperlink link) {
        Label name = new Label(label);
        name.getStyleClass().addAll(Styles.TEXT_MUTED);
        name.setMinWidth(Label.USE_PREF_SIZE);
        HBox.setHgrow(link, Priority.ALWAYS);
        HBox line = new HBox(4, name, link);
        line.setAlignment(Pos.BASELINE_LEFT);
        return line;
    }

    /** The value, or "unknown" where the records do not give it. */
    static String orUnknown(String value) {
        return value == null || value.isBlank() ? Labels.unknown() : value;
    }

    /** Sources as entries: title, then publisher and publication day, then the address (or that it is unknown). */
    static List<Node> sources(List<Source> sources, DetailLinks links) {
        List<Node> entries = new ArrayList<>();
        for (Source source : sources) {
            VBox entry = source(source, links::openAddress);
            entry.getChildren().add(copyCitation(() -> links.copy(Citation.of(source))));
            entries.add(entry);
        }
        if (entries.isEmpty()) {
            entries.add(text(Labels.unknown()));
        }
        return entries;
    }

    static VBox source(Source source, Consumer<String> openAddress) {
        String publisher = source.publisher() == null || source.publisher().isBlank()
                ? DetailText.text("source.publisherUnknown") : source.publisher();
        String published = source.published() == null ? DetailText.text("source.dateUnknown")
                : DetailText.text("source.published", DateWording.day(source.published()));
        if (source.language() != null && DetailText.has("source.language." + source.language())) {
            published += " · " + DetailText.text("source.language." + source.language());
        }
        Node address;
        if (WebAddress.isOpenable(source.url())) {
            Hyperlink link = link(source.url(), () -> openAddress.accept(source.url()));
            link.getStyleClass().add("detail-address");
            link.setTooltip(new Tooltip(DetailText.text("source.openInBrowser")));
            address = link;
        } else if (source.url() != null && !source.url().isBlank()) {
            Label plain = muted(source.url());
            plain.getStyleClass().add("detail-address");
            address = plain;
        } else {
            address = muted(DetailText.text("source.addressUnknown"));
        }
        VBox entry = entry(strong(source.title()), muted(publisher + " · " + published), address);
        entry.getStyleClass().add("detail-source");
        return entry;
    }

    /** A small link that copies a citation in one line. */
    static Hyperlink copyCitation(Runnable copy) {
        Hyperlink link = link(DetailText.text("citation.copy"), copy);
        link.getStyleClass().addAll("detail-copy-citation", Styles.TEXT_SMALL);
        link.setTooltip(new Tooltip(DetailText.text("citation.copyTip")));
        return link;
    }

    /** "Source: title" for a statement such as a claim; that the source is unknown where none is given. */
    static String sourceNote(Source source) {
        if (source == null) {
            return DetailText.text("source.none");
        }
        return DetailText.text("source.note", source.title());
    }
}
