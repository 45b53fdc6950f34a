package org.metaverseatlas.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @TempDir
    static Path dataDirectory;
    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ExportCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().println(e.getMessage());
            return e instanceof UsageException ? ExitCode.USAGE : ExitCode.FAILURE;
        });
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDirectory.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theTimelineAndTheMapAreExportedAsPngAtTwiceTheirSizeAndAsSvgWithTheirText() throws Exception {
        Path png = folder.resolve("guiyang-timeline.png");
        assertThat(run("--view", "timeline", "--city", "Guiyang", "--size", "800x500", "--scale", "2",
                "--out", png.toString())).as(err.toString()).isZero();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(1000);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours).as("a drawing, not a blank page").hasSizeGreaterThan(5);

        Path svg = folder.resolve("map.svg");
        assertThat(run("--view", "map", "--city", "Guiyang", "--out", svg.toString())).as(err.toString()).isZero();
        org.w3c.dom.Document document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(svg.toFile());
        assertThat(document.getDocumentElement().getAttribute("width")).isEqualTo("1600");
        org.w3c.dom.NodeList texts = document.getElementsByTagName("text");
        java.util.List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words).anyMatch(w -> w.contains("Guiyang")).anyMatch(w -> w.contains("贵阳"));
    }

    @Test
    void aPictureOfAnotherViewOrOfABadSizeIsRefusedAndAnUnwritablePictureNamesTheFile() throws Exception {
        assertThat(run("--view", "report", "--out", folder.resolve("r.png").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("only the timeline and the map");
        assertThat(run("--view", "map", "--size", "big", "--out", folder.resolve("m.png").toString()))
                .isEqualTo(ExitCode.USAGE);
        Path blocked = Files.writeString(folder.resolve("plain"), "x").resolve("m.svg");
        assertThat(run("--view", "map", "--out", blocked.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains(blocked.getParent().toString());
        assertThat(folder.resolve("r.png")).doesNotExist();
        assertThat(folder.resolve("m.png")).doesNotExist();
    }

    @Test
    void aReportOfOneCityNamesItsInitiativesAndTheFilter() throws IOException {
        Path pdf = folder.resolve("guiyang.pdf");

        int status = run("--view", "report", "--city", "Guiyang", "--page", "letter", "--out", pdf.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("Wrote ").contains(pdf.toString());
        String text = text(pdf);
        assertThat(text).contains("Guiyang metaverse study seminar").contains("City: Guiyang 贵阳")
                .doesNotContain("First science fiction week, Shenzhen");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
    }

    @Test
    void anOrganizationCanBeNamedByPartOfItsName() throws IOException {
        Path pdf = folder.resolve("org.pdf");

        int status = run("--view", "organization", "--org", "association for science", "--out", pdf.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(text(pdf)).contains("Shenzhen Association for Science and Technology");
    }

    @Test
    void anAmbiguousOrganizationNameListsTheCandidates() {
        int status = run("--view", "organization", "--org", "Science and Technology", "--out",
                folder.resolve("x.pdf").toString());

        assertThat(status).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("org-guiyang-stb").contains("org-shenzhen-sast");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void landscapePagesAreWiderThanTall() throws IOException {
        Path pdf = folder.resolve("initiative.pdf");

        int status = run("--view", "initiative", "--initiative", "ini-2021-11-20-shenzhen-science-fiction-week",
                "--landscape", "--out", pdf.toString());

        assertThat(status).as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getWidth())
                    .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void anUnwritablePathFailsWithItsNameAndLeavesNoFile() throws IOException {
        Path pdf = folder.resolve("missing").resolve("report.pdf");

        int status = run("--view", "report", "--out", pdf.toString());

        assertThat(status).isEqualTo(ExitCode.FAILURE);
        assertThat(err.toString()).contains(pdf.toString()).contains("does not exist");
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnknownCityIsAUsageError() {
        int status = run("--view", "timeline", "--city", "Atlantis", "--out", folder.resolve("x.pdf").toString());

        assertThat(status).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("Unknown city 'Atlantis'");
    }

    @Test
    void theOrganizationViewNeedsAnOrganization() {
        int status = run("--view", "organization", "--out", folder.resolve("x.pdf").toString());

        assertThat(status).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--org");
    }

    @Test
    void optionsThatWouldBeIgnoredAndANameThatIsNoPdfAreUsageErrors() throws IOException {
        assertThat(run("--view", "report", "--org", "Hangzhou Normal University", "--out",
                folder.resolve("x.pdf").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("--org is for --view organization");

        assertThat(run("--view", "map", "--out", folder.resolve("map.txt").toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err.toString()).contains("name the file .pdf");
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
