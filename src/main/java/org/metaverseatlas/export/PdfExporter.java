package org.metaverseatlas.export;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Exports a view to a PDF file: lays out the pages, adds the footers, then writes the file safely. Runs on the
 * caller's thread (never the FX thread); reports progress and stops between pages when cancelled, leaving no file.
 */
public final class PdfExporter {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);
    private static final double UNITS_PER_ROW = 0.02;
    private static final double DRAWING_UNITS = 4;

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
                case REPORT -> report(request, title, generated, wording, flow, progress);
                case ORGANIZATION -> new OrganizationSection(flow, request.catalog()).write(organization);
                case INITIATIVE -> new InitiativeSection(flow).write(initiative);
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

    private static void report(ExportRequest request, String title, String generated, FilterWording wording,
                               PageFlow flow, ExportProgress progress) throws IOException {
        List<Organization> organizations = involved(request);
        ExportSteps steps = new ExportSteps(progress, 1 + 2 * DRAWING_UNITS
                + request.initiatives().size() * UNITS_PER_ROW + organizations.size() + 2);
        steps.report(ExportText.text("progress.title"));
        double contentsY = new ReportTitleSection(flow).write(title, generated, wording.phrases(request.criteria()),
                request.catalog().initiatives().size(), request.initiatives());
        ReportContents contents = new ReportContents();
        steps.advance(ExportText.text("progress.map"), 1);
        new MapSection(flow).write(request.initiatives(), request.mapFrame(), ExportText.text("section.map"));
        contents.add(ExportText.text("section.map"), flow.pageNumber(), flow.pageNumber());
        steps.advance(ExportText.text("progress.timeline"), DRAWING_UNITS);
        int first = flow.pageNumber() + 1;
        new TimelineSection(flow).write(request.initiatives(), request.timelineFrame(),
                ExportText.text("section.timeline"), steps);
        contents.add(ExportText.text("section.timeline"), first, flow.pageNumber());
        steps.advance(ExportText.text("progress.table", 0, request.initiatives().size()), DRAWING_UNITS);
        flow.newPage();
        first = flow.pageNumber();
        flow.heading(ExportText.text("section.table", request.initiatives().size()), 13, 40);
        new InitiativeTableSection(flow).write(request.initiatives(), steps, UNITS_PER_ROW);
        contents.add(ExportText.text("section.table", request.initiatives().size()), first, flow.pageNumber());
        OrganizationSection section = new OrganizationSection(flow, request.catalog());
        first = flow.pageNumber() + 1;
        for (int i = 0; i < organizations.size(); i++) {
            flow.newPage();
            section.write(organizations.get(i));
            steps.advance(ExportText.text("progress.organizations", i + 1, organizations.size()), 1);
        }
        contents.add(ExportText.text("section.organizationPages", organizations.size()), first, flow.pageNumber());
        if (contentsY + contents.height() <= flow.height()) {
            flow.paintOnFirstPage(p -> contents.draw(p, contentsY, flow.width()));
        }
    }

    /** The organizations that take part in the filtered initiatives, by name. */
    static List<Organization> involved(ExportRequest request) {
        Set<String> ids = new LinkedHashSet<>();
        for (Initiative i : request.initiatives()) {
            i.participants().stream().map(Participation::organizationId).forEach(ids::add);
        }
        return ids.stream().map(id -> request.catalog().organization(id)).flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(Organization::name, String.CASE_INSENSITIVE_ORDER)).toList();
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
