package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * Exports a view to a PDF file: lays out the pages, adds the footers, then writes the file safely. Runs on the
 * caller's thread (never the FX thread); reports progress and stops between pages when cancelled, leaving no file.
 */
public final class PdfExporter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    static final double DRAWING_UNITS = 4;

    public ExportResult export(ExportRequest request, Path target, ExportProgress progress) throws ExportException {
        Objects.requireNonNull(progress, "progress");
        SafeFileWriter.check(target);
        Organization organization = request.view() == ExportView.ORGANIZATION ? organization(request) : null;
        Initiative initiative = request.view() == ExportView.INITIATIVE ? initiative(request) : null;
        String title = switch (request.view()) {
            case TIMELINE -> ExportText.text("title.timeline");
            case MAP -> ExportText.text("title.map");
            case REPORT -> ExportText.text("title.report");
            case ORGANIZATION -> organization.name();
            case INITIATIVE -> initiative.title();
            case NETWORK -> ExportText.text("title.network");
            case STATISTICS -> ExportText.text("title.statistics");
        };
        FilterWording wording = new FilterWording(request.catalog(), request.gazetteer());
        PageFrame frame = new PageFrame(request.format(), title, wording.sentence(request.criteria()));
        String generated = ExportText.text("footer.generated", STAMP.format(request.generated()));
        try (PdfPages pages = new PdfPages(frame, progress)) {
            PageFlow flow = new PageFlow(pages);
            switch (request.view()) {
                case TIMELINE -> {
                    ExportSteps steps = new ExportSteps(progress, DRAWING_UNITS + 2);
                    steps.report(ExportText.text("progress.timeline"));
                    new TimelineSection(flow).write(request.initiatives(), request.timelineFrame(), null, steps);
                    steps.advance(ExportText.text("progress.saving"), DRAWING_UNITS);
                }
                case MAP -> {
                    ExportSteps steps = new ExportSteps(progress, DRAWING_UNITS + 2);
                    steps.report(ExportText.text("progress.map"));
                    new MapSection(flow).write(request.initiatives(), request.mapFrame(), null);
                    steps.advance(ExportText.text("progress.saving"), DRAWING_UNITS);
                }
                case REPORT -> new ReportDocument(request, flow, progress).write(title, generated, wording);
                case ORGANIZATION -> new OrganizationSection(flow, request.catalog()).write(organization);
                case INITIATIVE -> new InitiativeSection(flow).write(initiative);
                case NETWORK -> {
                    ExportSteps steps = new ExportSteps(progress, DRAWING_UNITS + 2);
                    steps.report(ExportText.text("progress.network"));
                    String centre = request.organizationId();
                    new NetworkSection(flow).write(request.initiatives(), centre, centre == null ? null
                            : request.catalog().organization(centre).map(Organization::name).orElse(centre));
                    steps.advance(ExportText.text("progress.saving"), DRAWING_UNITS);
                }
                case STATISTICS -> new StatisticsSection(flow).write(request.initiatives(),
                        new ExportSteps(progress, DRAWING_UNITS + 2));
            }
            pages.finish(generated);
            if (progress.isCancelled()) {
                throw new ExportCancelledException(ExportText.text("cancelled"));
            }
            progress.update(ExportText.text("progress.saving"), ExportSteps.LAYOUT_SHARE);
            SafeFileWriter.write(target, pages::save);
            progress.update(ExportText.text("progress.done", pages.pageCount()), 1);
            return new ExportResult(target, pages.pageCount(), size(target));
        } catch (IOException | UncheckedIOException e) {
            throw new ExportException(ExportText.text("error.render", target.toAbsolutePath().normalize(),
                    e.getMessage()), e);
        }
    }

    private static Organization organization(ExportRequest request) {
        if (request.organizationId() == null) {
            throw new IllegalArgumentException(ExportText.text("error.noOrganization"));
        }
        return request.catalog().organization(request.organizationId()).orElseThrow(() ->
                new IllegalArgumentException(ExportText.text("error.unknownOrganization", request.organizationId())));
    }

    private static Initiative initiative(ExportRequest request) {
        if (request.initiativeId() == null) {
            throw new IllegalArgumentException(ExportText.text("error.noInitiative"));
        }
        return request.catalog().initiative(request.initiativeId()).orElseThrow(() ->
                new IllegalArgumentException(ExportText.text("error.unknownInitiative", request.initiativeId())));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
