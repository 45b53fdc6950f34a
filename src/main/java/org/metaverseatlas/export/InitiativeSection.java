package org.metaverseatlas.export;

import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Labels;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Palette;

import java.io.IOException;

/** An initiative's page: what, when, where, who, and per which source. */
final class InitiativeSection {
    private final PageFlow flow;

    InitiativeSection(PageFlow flow) {
        this.flow = flow;
    }

    void write(Initiative initiative) throws IOException {
        flow.heading(initiative.title(), 16, 60);
        if (initiative.titleZh() != null) {
            flow.paragraph(initiative.titleZh(), 12, Palette.TEXT);
        }
        Painter p = flow.painter();
        p.setFill(Palette.kind(initiative.kind()));
        p.fillRect(0, flow.y() + 1, 8, 8);
        flow.paragraph(Labels.kind(initiative.kind()), 12, flow.width() - 12, PageFlow.BODY, Palette.TEXT_MUTED);
        flow.space(6);
        // "reported by …" already says how the date is known; the other wordings name their precision.
        boolean reported = initiative.date().precision() == org.metaverseatlas.model.DatePrecision.REPORTED_BY;
        flow.field(ExportText.text("initiative.when"), DateWording.of(initiative.date()) + " ("
                + (reported ? ExportText.text("initiative.undated") : Labels.precision(initiative.date().precision()))
                + ")");
        String where = Labels.placeInFull(initiative.place());
        if (initiative.place().venue() != null) {
            where = initiative.place().venue() + ", " + where;
        }
        flow.field(ExportText.text("initiative.where"), where);
        flow.field(ExportText.text("initiative.kind"), Labels.kind(initiative.kind()));
        if (initiative.synthetic()) {
            flow.field(ExportText.text("initiative.synthetic"), ExportText.text("initiative.syntheticNote"));
        }
        if (initiative.summary() != null && !initiative.summary().isBlank()) {
            flow.space(6);
            flow.paragraph(initiative.summary(), PageFlow.BODY, Palette.TEXT);
        }
        if (!initiative.participants().isEmpty()) {
            section(ExportText.text("section.organizations"));
            for (Participation participant : initiative.participants()) {
                flow.bullet(ExportText.text("participant", participant.organizationName(),
                        Labels.role(participant.role()), Labels.organizationType(participant.organizationType())),
                        Palette.TEXT);
            }
        }
        if (!initiative.people().isEmpty()) {
            section(ExportText.text("section.people"));
            for (PersonRole person : initiative.people()) {
                flow.bullet(ExportText.text("person", person.displayName(), person.role()), Palette.TEXT);
            }
        }
        if (!initiative.sources().isEmpty()) {
            section(ExportText.text("section.sources"));
            for (Source source : initiative.sources()) {
                flow.bullet(SourceWording.of(source), Palette.TEXT_MUTED);
            }
        }
    }

    private void section(String title) throws IOException {
        flow.space(8);
        flow.heading(title, 10.5, 24);
    }
}
