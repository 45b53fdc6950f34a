package org.metaverseatlas.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.analysis.CollaborationGraph;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisExportTest {
    @TempDir
    Path folder;

    private final Catalog catalog = BundledCatalog.catalog();

    @Test
    void networkIsOnePageInTheSameFrameWithItsCountsAndTheNamesOfTheLargestOrganizations() throws Exception {
        Path pdf = folder.resolve("network.pdf");
        ExportResult result = new PdfExporter().export(ExportRequest.of(ExportView.NETWORK, catalog, FilterCriteria.NONE),
                pdf, ExportProgress.NONE);
        assertThat(result.pages()).isEqualTo(1);
        String text = PdfText.of(pdf);
        CollaborationGraph graph = CollaborationGraph.of(catalog.initiatives());
        assertThat(text).contains(ExportText.text("title.network"), "Page 1 of 1", "No filter",
                graph.nodes().size() + " organizations", graph.edges().size() + " links");
        CollaborationGraph.Node busiest = graph.nodes().stream()
                .max(java.util.Comparator.comparingInt(CollaborationGraph.Node::initiatives)).orElseThrow();
        assertThat(text.replace("\n", " ")).contains(busiest.name().substring(0, 12));
    }

    @Test
    void networkOfOneOrganizationShowsItsNeighboursOnly() throws Exception {
        CollaborationGraph graph = CollaborationGraph.of(catalog.initiatives());
        CollaborationGraph.Node busiest = graph.nodes().stream()
                .max(java.util.Comparator.comparingInt(CollaborationGraph.Node::initiatives)).orElseThrow();
        Path pdf = folder.resolve("neighbours.pdf");
        new PdfExporter().export(ExportRequest.of(ExportView.NETWORK, catalog, FilterCriteria.NONE)
                .withOrganization(busiest.organizationId()), pdf, ExportProgress.NONE);
        int partners = graph.neighbourhood(busiest.organizationId()).nodes().size() - 1;
        assertThat(PdfText.of(pdf).replace("\n", " ")).contains(busiest.name() + " and the " + partners);
    }

    @Test
    void statisticsHoldTheCountsTheHeatMapAndTheFirstMovers() throws Exception {
        Path pdf = folder.resolve("statistics.pdf");
        ExportResult result = new PdfExporter().export(ExportRequest.of(ExportView.STATISTICS, catalog,
                FilterCriteria.NONE), pdf, ExportProgress.NONE);
        String text = PdfText.of(pdf);
        assertThat(text).contains(ExportText.text("title.statistics"), "By year", "By kind", "By province",
                "Province \u00d7 Year", "First movers", "Page 1 of " + result.pages());
    }
}
