package org.metaverseatlas.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.metaverseatlas.render.timeline.LaneGrouping;
import org.metaverseatlas.render.timeline.TimelineFrame;
import org.metaverseatlas.render.map.MapFrame;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.DateWording;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Organization;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfExporterTest {
    private static final LocalDateTime GENERATED = LocalDateTime.of(2025, 3, 14, 9, 30);

    @TempDir
    Path folder;

    private final Catalog catalog = BundledCatalog.catalog();
    private final PdfExporter exporter = new PdfExporter();

    private ExportRequest request(ExportView view, FilterCriteria criteria) {
        return ExportRequest.of(view, catalog, criteria).withGazetteer(BundledCatalog.gazetteer())
                .withGenerated(GENERATED);
    }

    private FilterCriteria city(String name) {
        City city = BundledCatalog.gazetteer().cities(name).get(0);
        return FilterCriteria.NONE.withCities(Set.of(city.id()));
    }

    @Test
    void aTimelineFilteredToShenzhenHoldsTheScienceFictionWeekAndNothingFromGuangzhou() throws Exception {
        Path pdf = folder.resolve("timeline.pdf");
        exporter.export(request(ExportView.TIMELINE, city("Shenzhen")), pdf, ExportProgress.NONE);

        String text = PdfText.of(pdf);
        assertThat(text).contains("First science fiction week, Shenzhen");
        for (Initiative initiative : catalog.initiatives()) {
            if (initiative.place().city() != null && initiative.place().city().nameEn().equals("Guangzhou")) {
                assertThat(text).doesNotContain(initiative.title());
            }
        }
        assertThat(text).doesNotContain("Haizhu");
    }

    @Test
    void aTimelineOfNothingSaysSoRatherThanCountingOne() throws Exception {
        Path pdf = folder.resolve("timeline.pdf");
        exporter.export(request(ExportView.TIMELINE, FilterCriteria.NONE.withText("no initiative says this")), pdf,
                ExportProgress.NONE);

        String text = PdfText.of(pdf);
        assertThat(text).contains("no initiative", "No initiative matches these filters.")
                .doesNotContain("1 initiative");
    }

    @Test
    void theMapPageNamesTheProvinces() throws Exception {
        Path pdf = folder.resolve("map.pdf");
        exporter.export(request(ExportView.MAP, FilterCriteria.NONE), pdf, ExportProgress.NONE);

        assertThat(PdfText.of(pdf)).contains("Xinjiang", "新疆", "Yunnan", "云南", "Heilongjiang", "黑龙江", "Fujian", "福建")
                .contains("Guangzhou 广州");
    }

    @Test
    void thePrintedMapListsEachClustersCitiesInANumberedKeyAndSaysNothingOfZooming() throws Exception {
        Path pdf = folder.resolve("map.pdf");
        exporter.export(request(ExportView.MAP, FilterCriteria.NONE), pdf, ExportProgress.NONE);

        String text = PdfText.of(pdf);
        assertThat(text).doesNotContainIgnoringCase("zoom").contains("Key to the numbered places");
        List<String> key = text.lines().dropWhile(l -> !l.startsWith("Key to the numbered places")).skip(1)
                .takeWhile(l -> l.matches("\\d+: .*")).toList();
        assertThat(key).isNotEmpty();
        for (int k = 0; k < key.size(); k++) {
            String entry = key.get(k);
            assertThat(entry).startsWith((k + 1) + ": ");
            // Each entry names its cities (a cluster's several, an unnamed city's one), each with its count.
            assertThat(entry.substring(entry.indexOf(' ') + 1).split(", ")).isNotEmpty()
                    .allSatisfy(city -> assertThat(city).matches(".+ \\d+"));
        }
        assertThat(text).contains("Guangzhou 广州 5, Shenzhen 深圳 1");
    }

    @Test
    void aPrintedTimelineShowsEveryTitleWholeWithItsDate() throws Exception {
        for (FilterCriteria criteria : List.of(FilterCriteria.NONE, city("Guangzhou"))) {
            Path pdf = folder.resolve("timeline.pdf");
            ExportRequest request = request(ExportView.TIMELINE, criteria);
            exporter.export(request, pdf, ExportProgress.NONE);

            String text = PdfText.of(pdf);
            assertThat(text).as("nothing cut short").doesNotContain("…");
            String flowing = text.replaceAll("\\s+", " ");
            for (Initiative initiative : request.initiatives()) {
                assertThat(flowing).as(initiative.id())
                        .contains(initiative.title().replaceAll("\\s+", " ") + " " + DateWording.of(initiative.date()));
            }
        }
    }

    @Test
    void theReportsTimelineShowsEveryTitleWholeWithItsDate() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, FilterCriteria.NONE);
        exporter.export(request, pdf, ExportProgress.NONE);

        String timeline = PdfText.page(pdf, 3);
        assertThat(timeline).startsWith("Metaverse initiatives in China").contains("Timeline").doesNotContain("…");
        String flowing = timeline.replaceAll("\\s+", " ");
        for (Initiative initiative : request.initiatives()) {
            assertThat(flowing).as(initiative.id())
                    .contains(initiative.title().replaceAll("\\s+", " ") + " " + DateWording.of(initiative.date()));
        }
    }

    @Test
    void aPrintedTimelineOfAFewDaysSpansDaysNotAMonth() throws Exception {
        Path pdf = folder.resolve("timeline.pdf");
        ExportRequest request = request(ExportView.TIMELINE, city("Guangzhou"));
        exporter.export(request, pdf, ExportProgress.NONE);

        LocalDate first = request.initiatives().stream().map(i -> i.date().start()).min(LocalDate::compareTo)
                .orElseThrow();
        LocalDate last = request.initiatives().stream().map(i -> i.date().end()).max(LocalDate::compareTo)
                .orElseThrow();
        assertThat(request.timelineFrame().from()).isAfter(first.minusDays(4));
        assertThat(request.timelineFrame().to()).isBefore(last.plusDays(1 + (last.toEpochDay() - first.toEpochDay()) + 7));
    }

    @Test
    void noTextIsDrawnOutsideThePagesPrintableBox() throws Exception {
        List<ExportRequest> requests = List.of(request(ExportView.TIMELINE, FilterCriteria.NONE),
                request(ExportView.TIMELINE, city("Guangzhou")),
                request(ExportView.TIMELINE, FilterCriteria.NONE).withFormat(new PageFormat(PageSize.A4, true)),
                request(ExportView.TIMELINE, FilterCriteria.NONE).withFormat(new PageFormat(PageSize.LETTER, false)),
                request(ExportView.MAP, FilterCriteria.NONE),
                request(ExportView.MAP, FilterCriteria.NONE).withFormat(new PageFormat(PageSize.A4, true)),
                request(ExportView.REPORT, FilterCriteria.NONE));
        for (ExportRequest request : requests) {
            Path pdf = folder.resolve("box.pdf");
            exporter.export(request, pdf, ExportProgress.NONE);
            double m = PageFrame.MARGIN - 0.5;
            assertThat(PdfGlyphs.of(pdf)).as("%s %s", request.view(), request.format()).isNotEmpty()
                    .allSatisfy(g -> assertThat(g.left() >= m && g.right() <= g.pageWidth() - m
                            && g.top() >= m && g.bottom() <= g.pageHeight() - m)
                            .as("'%s' on page %d at %.1f–%.1f, %.1f–%.1f", g.text(), g.page(), g.left(), g.right(),
                                    g.top(), g.bottom()).isTrue());
        }
    }

    @Test
    void aTimelineWithMoreLanesThanAPageHoldsContinuesOnTheNextWithoutCuttingALane() throws Exception {
        List<City> cities = BundledCatalog.gazetteer().cities().stream().limit(90).toList();
        List<Initiative> initiatives = new ArrayList<>();
        for (int k = 0; k < cities.size(); k++) {
            initiatives.add(Initiative.of("t" + k, "Seminar " + k, InitiativeKind.MEETING,
                    EventDate.day(LocalDate.of(2022, 1, 1).plusDays(k * 3L)), Place.ofCity(cities.get(k)), List.of(),
                    List.of(), null, List.of(), true, Origin.IMPORTED));
        }
        Catalog many = new Catalog(initiatives, List.of(), List.of());
        Path pdf = folder.resolve("timeline.pdf");
        ExportResult result = exporter.export(ExportRequest.of(ExportView.TIMELINE, many, FilterCriteria.NONE), pdf,
                ExportProgress.NONE);

        assertThat(result.pages()).isGreaterThan(1);
        String text = PdfText.of(pdf);
        for (Initiative initiative : initiatives) {
            // Once, whole, whatever follows it on its line (on paper, the date).
            assertThat(text.split(java.util.regex.Pattern.quote(initiative.title()) + "(?!\\d)", -1))
                    .as(initiative.title()).hasSize(2);
        }
    }

    @Test
    void theReportHoldsEveryFilteredInitiative() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        exporter.export(request(ExportView.REPORT, FilterCriteria.NONE), pdf, ExportProgress.NONE);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(catalog.initiatives()).hasSizeGreaterThan(20);
        for (Initiative initiative : catalog.initiatives()) {
            assertThat(text).as(initiative.id()).contains(initiative.title().replaceAll("\\s+", " "));
        }
    }

    @Test
    void theReportShowsChinaWholeAndAllTheTimeWhateverTheWindowsZoom() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        MapFrame china = MapFrame.fitChina();
        ExportRequest zoomedIn = request(ExportView.REPORT, FilterCriteria.NONE)
                .withMapFrame(china.withView(china.centerX(), china.centerY(), china.zoom() * 8))
                .withTimelineFrame(new TimelineFrame(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 20),
                        LaneGrouping.KIND, null, null));
        exporter.export(zoomedIn, pdf, ExportProgress.NONE);

        assertThat(PdfText.page(pdf, 2)).contains("Xinjiang", "Heilongjiang", "Hainan");
        String timeline = PdfText.page(pdf, 3);
        assertThat(timeline).contains("2021", "2022", "2023");
        assertThat(timeline).as("lanes grouped as on screen").contains("lanes by kind");
    }

    @Test
    void theReportTableNamesEveryOrganizationWhole() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, city("Guangzhou"));
        exporter.export(request, pdf, ExportProgress.NONE);

        int tablePage = 4;
        String table = PdfText.page(pdf, tablePage).replaceAll("\\s+", " ");
        assertThat(table).startsWith("Metaverse initiatives in China").contains("Initiatives (5)");
        for (Initiative initiative : request.initiatives()) {
            for (var participation : initiative.participants()) {
                String name = catalog.organization(participation.organizationId()).orElseThrow().name();
                assertThat(table).as(initiative.id()).contains(name);
            }
        }
    }

    @Test
    void theReportNamesEveryOrganizationInvolved() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, city("Shenzhen"));
        exporter.export(request, pdf, ExportProgress.NONE);

        List<Organization> involved = ReportDocument.involved(request);
        assertThat(involved).isNotEmpty();
        String text = PdfText.of(pdf);
        for (Organization organization : involved) {
            assertThat(text).contains(organization.name());
        }
    }

    @Test
    void theReportFlowsOrganizationsSeveralToAPage() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, FilterCriteria.NONE);
        ExportResult result = exporter.export(request, pdf, ExportProgress.NONE);

        int organizations = ReportDocument.involved(request).size();
        assertThat(organizations).isGreaterThan(10);
        // Title, map, timeline and table take 5 pages; a page per organization would add one each.
        assertThat(result.pages()).isLessThanOrEqualTo(5 + organizations / 3);
    }

    @Test
    void anOrganizationsHeadingStaysOnThePageOfItsFirstLines() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, FilterCriteria.NONE);
        exporter.export(request, pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PDOutlineItem> organizations = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children()
                    .forEach(item -> item.children().forEach(organizations::add));
            assertThat(organizations).hasSize(ReportDocument.involved(request).size());
            for (PDOutlineItem item : organizations) {
                int page = document.getPages().indexOf(item.findDestinationPage(document)) + 1;
                List<String> lines = PdfText.page(pdf, page).lines().map(String::strip).toList();
                int heading = lines.lastIndexOf(item.getTitle());
                assertThat(heading).as(item.getTitle() + " on page " + page).isNotNegative();
                List<String> after = lines.subList(heading + 1, lines.size()).stream()
                        .filter(l -> !l.isEmpty() && !l.startsWith("Generated ") && !l.startsWith("Map data made"))
                        .toList();
                assertThat(after).as("lines under " + item.getTitle()).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    @Test
    void theTitlePageListsTheContentsWithTheirPages() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, FilterCriteria.NONE);
        ExportResult result = exporter.export(request, pdf, ExportProgress.NONE);

        String first = PdfText.page(pdf, 1);
        int organizations = ReportDocument.involved(request).size();
        assertThat(first).contains("Contents").contains("Map 2").contains("Timeline 3")
                .containsPattern("Organizations involved \\(" + organizations + "\\) \\d+–" + result.pages());
    }

    @Test
    void theReportIsBookmarkedByPartAndOrganization() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportRequest request = request(ExportView.REPORT, city("Shenzhen"));
        exporter.export(request, pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> top = new ArrayList<>();
            List<String> nested = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(item -> {
                top.add(item.getTitle());
                item.children().forEach(child -> nested.add(child.getTitle()));
            });
            assertThat(top).startsWith("Metaverse initiatives in China: a report", "Map", "Timeline");
            assertThat(nested).containsExactlyElementsOf(
                    ReportDocument.involved(request).stream().map(Organization::name).toList());
        }
    }

    @Test
    void everyPageCarriesTitleFiltersDatePageNumberAndAttribution() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        ExportResult result = exporter.export(request(ExportView.REPORT, city("Guiyang")), pdf, ExportProgress.NONE);

        for (int page = 1; page <= result.pages(); page++) {
            String text = PdfText.page(pdf, page);
            assertThat(text).as("page " + page)
                    .contains("Metaverse initiatives in China: a report")
                    .contains("Filters: City: Guiyang 贵阳")
                    .contains("Generated 14 March 2025")
                    .contains("Page " + page + " of " + result.pages())
                    .contains("Map data made with Natural Earth. Contains data from GeoNames (geonames.org), CC BY 4.0.");
        }
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        exporter.export(request(ExportView.REPORT, FilterCriteria.NONE), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts++;
                }
            }
            assertThat(fonts).isPositive();
        }
    }

    @Test
    void anOrganizationPageNamesItsInitiativesAndSources() throws Exception {
        Organization organization = catalog.organizations().stream()
                .filter(o -> catalog.initiativesOf(o.id()).size() >= 2).findFirst().orElseThrow();
        Path pdf = folder.resolve("organization.pdf");
        exporter.export(request(ExportView.ORGANIZATION, FilterCriteria.NONE).withOrganization(organization.id()),
                pdf, ExportProgress.NONE);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(organization.name());
        for (Initiative initiative : catalog.initiativesOf(organization.id())) {
            assertThat(text).contains(initiative.title());
        }
    }

    @Test
    void anOrganizationPageSaysWhomItWorkedWithWhoIsNamedAroundItAndWhatIsUnknown() throws Exception {
        Path university = folder.resolve("hznu.pdf");
        exporter.export(request(ExportView.ORGANIZATION, FilterCriteria.NONE)
                .withOrganization("org-hangzhou-normal-university"), university, ExportProgress.NONE);
        assertThat(PdfText.of(university).replaceAll("\\s+", " "))
                .contains("Worked with", "Hangzhou Metaverse Special Committee — in 1 initiative together")
                .contains("Professor Pan Zhigeng — Chair (Hangzhou Metaverse Special Committee)")
                .contains("No such claim in the sources.");

        Path fund = folder.resolve("fund.pdf");
        exporter.export(request(ExportView.ORGANIZATION, FilterCriteria.NONE)
                .withOrganization("org-science-fantasy-fund"), fund, ExportProgress.NONE);
        assertThat(PdfText.of(fund).replaceAll("\\s+", " "))
                .contains("Based in unknown")
                .contains("The sources name no person around this organization.");
    }

    @Test
    void anInitiativePageSaysWhatWhenWhereWhoAndPerWhichSource() throws Exception {
        Initiative week = catalog.initiative("ini-2021-11-20-shenzhen-science-fiction-week").orElseThrow();
        Path pdf = folder.resolve("initiative.pdf");
        exporter.export(request(ExportView.INITIATIVE, FilterCriteria.NONE).withInitiative(week.id()), pdf,
                ExportProgress.NONE);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("First science fiction week, Shenzhen")
                .contains("20–23 November 2021")
                .contains("Shenzhen 深圳")
                .contains(week.participants().get(0).organizationName())
                .contains(week.sources().get(0).title());
    }

    @Test
    void anUndatedFactSaysItIsReportedByThePublicationDay() throws Exception {
        Path pdf = folder.resolve("plan.pdf");
        exporter.export(request(ExportView.INITIATIVE, FilterCriteria.NONE)
                .withInitiative("ini-2023-haizhu-metaverse-cluster-plan"), pdf, ExportProgress.NONE);

        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("reported by 20 March 2023 (undated in the source)")
                .contains("Named as part of it");
    }

    @Test
    void aTimelineOfOneLaneEndsWithItsLaneInsteadOfFillingThePageWithAnEmptyBand() throws Exception {
        Path pdf = folder.resolve("timeline.pdf");
        exporter.export(request(ExportView.TIMELINE, city("Guangzhou")), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float dpi = 50;
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
            double scale = dpi / 72.0;
            // The lane header column, halfway down the page: the lane of five initiatives has ended above it.
            int x = (int) ((PageFrame.MARGIN + 20) * scale);
            int y = image.getHeight() / 2;
            assertThat(image.getRGB(x, y) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            int top = (int) ((PageFrame.MARGIN + 46 + 10 + 60) * scale);
            int painted = 0;
            for (int row = top; row < y; row++) {
                if ((image.getRGB(x, row) & 0xFFFFFF) != 0xFFFFFF) {
                    painted++;
                }
            }
            assertThat(painted).as("the lane's header is drawn above").isGreaterThan(10);
        }
    }

    @Test
    void aRenderedPageIsNotBlank() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        exporter.export(request(ExportView.REPORT, FilterCriteria.NONE), pdf, ExportProgress.NONE);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 50);
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                        dark++;
                    }
                }
            }
            assertThat(dark).isGreaterThan(image.getWidth() * image.getHeight() / 100);
        }
    }

    @Test
    void aFailedExportLeavesNoFile() throws Exception {
        Path missing = folder.resolve("no-such-folder").resolve("report.pdf");

        assertThatThrownBy(() -> exporter.export(request(ExportView.REPORT, FilterCriteria.NONE), missing,
                ExportProgress.NONE))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("does not exist");
        assertThat(missing).doesNotExist();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void cancellingStopsBetweenPagesAndLeavesNoFile() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        AtomicInteger updates = new AtomicInteger();
        ExportProgress cancelAfterTitlePage = new ExportProgress() {
            @Override
            public void update(String message, double fraction) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 2;
            }
        };

        assertThatThrownBy(() -> exporter.export(request(ExportView.REPORT, FilterCriteria.NONE), pdf,
                cancelAfterTitlePage)).isInstanceOf(ExportCancelledException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void progressRisesToOne() throws Exception {
        List<Double> fractions = new ArrayList<>();
        exporter.export(request(ExportView.REPORT, FilterCriteria.NONE), folder.resolve("report.pdf"),
                (message, fraction) -> fractions.add(fraction));

        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(fractions.size()).isGreaterThan(5);
    }

    @Test
    void anExistingFileIsReplacedWhole() throws Exception {
        Path pdf = folder.resolve("report.pdf");
        Files.writeString(pdf, "old");
        exporter.export(request(ExportView.INITIATIVE, FilterCriteria.NONE)
                .withInitiative(catalog.initiatives().get(0).id()), pdf, ExportProgress.NONE);

        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());
    }
}
