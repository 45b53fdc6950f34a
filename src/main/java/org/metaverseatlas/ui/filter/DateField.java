package org.metaverseatlas.ui.filter;

import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.metaverseatlas.ui.I18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A date picker's text, typed or chosen: shown as 2022-03-18, read in that form and in a few others people type
 * (2022/3/18, 18 March 2022, the system's short date). Text that is no date leaves the value as it was and marks
 * the field, with a tooltip that says what was not understood, instead of failing.
 */
final class DateField {
    static final PseudoClass INVALID = PseudoClass.getPseudoClass("danger");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final List<DateTimeFormatter> READ = List.of(
            strict(DateTimeFormatter.ofPattern("uuuu-M-d", Locale.ROOT)),
            strict(DateTimeFormatter.ofPattern("uuuu/M/d", Locale.ROOT)),
            strict(DateTimeFormatter.ofPattern("uuuu.M.d", Locale.ROOT)),
            strict(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH)),
            strict(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMM uuuu")
                    .toFormatter(Locale.ENGLISH)),
            DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT),
            DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));

    /** 30 February is no date, rather than 28 February. */
    private static DateTimeFormatter strict(DateTimeFormatter format) {
        return format.withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    private DateField() {
    }

    /**
     * Gives the picker this reading of dates, and a tooltip saying what it takes. {@code problem} hears what was
     * not understood (null once the field holds a date or nothing again); the rejected text stays in the field, to
     * be corrected.
     */
    static void install(DatePicker picker, java.util.function.Consumer<String> problem) {
        String hint = I18n.text("filter.date.hint");
        Tooltip tooltip = new Tooltip(hint);
        picker.setTooltip(tooltip);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                String typed = text == null ? "" : text.strip();
                if (typed.isEmpty()) {
                    mark(picker, tooltip, null, hint);
                    problem.accept(null);
                    return null;
                }
                LocalDate date = parse(typed);
                mark(picker, tooltip, date == null ? typed : null, hint);
                if (date == null) {
                    // The picker puts its value's text back when the value stays; the typed text comes back after.
                    javafx.application.Platform.runLater(() -> {
                        picker.getEditor().setText(typed);
                        picker.getEditor().positionCaret(typed.length());
                    });
                    problem.accept(I18n.text("filter.date.invalid", typed));
                    return picker.getValue();
                }
                problem.accept(null);
                return date;
            }
        });
    }

    /** Forgets rejected text: the field shows its value again, unmarked. */
    static void reset(DatePicker picker) {
        mark(picker, picker.getTooltip(), null, I18n.text("filter.date.hint"));
        picker.getEditor().setText(picker.getConverter().toString(picker.getValue()));
    }

    private static void mark(DatePicker picker, Tooltip tooltip, String rejected, String hint) {
        picker.pseudoClassStateChanged(INVALID, rejected != null);
        tooltip.setText(rejected == null ? hint : I18n.text("filter.date.invalid", rejected) + "\n" + hint);
    }

    /** The date the text names, or null. */
    static LocalDate parse(String text) {
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return null;
    }
}
