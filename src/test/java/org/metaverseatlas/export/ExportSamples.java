package org.metaverseatlas.export;

import org.metaverseatlas.model.FilterCriteria;

import java.nio.file.Path;

/** Writes one PDF of each view from the bundled data into a folder, to look at: {@code ExportSamples FOLDER}. */
public final class ExportSamples {
    private ExportSamples() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : ".");
        PdfExporter exporter = new PdfExporter();
        for (ExportView view : ExportView.values()) {
            ExportRequest request = ExportRequest.of(view, BundledCatalog.catalog(), FilterCriteria.NONE)
                    .withGazetteer(BundledCatalog.gazetteer())
                    .withOrganization("org-shenzhen-sast")
                    .withInitiative("ini-2021-11-20-shenzhen-science-fiction-week");
            long t0 = System.nanoTime();
            ExportResult result = exporter.export(request, folder.resolve(view.name().toLowerCase() + ".pdf"),
                    ExportProgress.NONE);
            System.out.printf("%s: %d pages, %d bytes, %d ms%n", view, result.pages(), result.bytes(),
                    (System.nanoTime() - t0) / 1_000_000);
        }
        String shenzhen = BundledCatalog.gazetteer().cities("Shenzhen").get(0).id();
        ExportRequest filtered = ExportRequest.of(ExportView.TIMELINE, BundledCatalog.catalog(),
                FilterCriteria.NONE.withCities(java.util.Set.of(shenzhen))).withGazetteer(BundledCatalog.gazetteer())
                .withFormat(new PageFormat(PageSize.A4, true));
        exporter.export(filtered, folder.resolve("timeline-shenzhen-landscape.pdf"), ExportProgress.NONE);
    }
}
