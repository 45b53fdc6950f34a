package org.metaverseatlas.ui.export;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.export.BundledCatalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.ui.state.FilterModel;
import org.metaverseatlas.ui.state.SelectionModel;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path folder;
    private final FilterModel filter = new FilterModel();
    private final SelectionModel selection = new SelectionModel();
    private final List<String> statuses = new ArrayList<>();
    private Stage owner;
    private ExportDialog dialog;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        owner = stage;
        filter.setCatalog(BundledCatalog.catalog());
        stage.setScene(new Scene(new StackPane(), 800, 600));
        stage.show();
    }

    private void open(FxRobot robot, TaskRunner runner) {
        robot.interact(() -> {
            dialog = new ExportDialog(owner, filter, BundledCatalog::gazetteer, ExportSources.of(filter, selection), runner,
                    statuses::add);
            dialog.show();
        });
    }

    private void exportTo(FxRobot robot, Path file) {
        robot.interact(() -> robot.lookup("#export-file").queryAs(TextField.class).setText(file.toString()));
        robot.clickOn("#export-button");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private long filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void exportingTheFilteredReportWritesItAndClosesTheDialog(FxRobot robot) throws IOException {
        String guiyang = BundledCatalog.gazetteer().cities("Guiyang").get(0).id();
        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withCities(Set.of(guiyang))));
        open(robot, TaskRunner.synchronous());
        Path pdf = folder.resolve("report.pdf");

        assertThat(robot.lookup("#export-view-report").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#export-filters").queryLabeled().getText()).contains("City: Guiyang 贵阳");
        exportTo(robot, pdf);

        assertThat(text(pdf)).contains("Guiyang metaverse study seminar")
                .doesNotContain("First science fiction week, Shenzhen");
        assertThat(statuses).singleElement().asString().startsWith("Exported ").contains(pdf.toString());
        assertThat(dialog.stage().isShowing()).isFalse();

        open(robot, TaskRunner.synchronous());
        assertThat(robot.lookup("#export-file").queryAs(TextField.class).getText())
                .startsWith(folder.toAbsolutePath().toString());
    }

    @Test
    void theTimelineIsProposedInLandscapeUnderANameThatSaysWhatItHolds(FxRobot robot) {
        String guiyang = BundledCatalog.gazetteer().cities("Guiyang").get(0).id();
        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE.withCities(Set.of(guiyang))
                .withDates(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 12, 31))));
        open(robot, TaskRunner.synchronous());
        robot.clickOn("#export-view-timeline");
        assertThat(robot.lookup("#export-landscape").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(Path.of(robot.lookup("#export-file").queryAs(TextField.class).getText()).getFileName().toString())
                .isEqualTo("timeline-guiyang-2021.pdf");
        robot.clickOn("#export-portrait");
        robot.clickOn("#export-view-map");
        assertThat(robot.lookup("#export-portrait").queryAs(RadioButton.class).isSelected())
                .as("the user's choice stands").isTrue();
        assertThat(Path.of(robot.lookup("#export-file").queryAs(TextField.class).getText()).getFileName().toString())
                .isEqualTo("map-guiyang-2021.pdf");
        robot.interact(() -> dialog.stage().close());
        robot.interact(() -> filter.setCriteria(FilterCriteria.NONE));
    }

    @Test
    void theDialogProposesThePaperAndOrientationOfTheLastExport(FxRobot robot) {
        open(robot, TaskRunner.synchronous());
        robot.clickOn("#export-landscape");
        exportTo(robot, folder.resolve("wide.pdf"));

        open(robot, TaskRunner.synchronous());
        assertThat(robot.lookup("#export-landscape").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.clickOn("#export-portrait"); // as the other tests expect it
        exportTo(robot, folder.resolve("tall.pdf"));
        open(robot, TaskRunner.synchronous());
        assertThat(robot.lookup("#export-portrait").queryAs(RadioButton.class).isSelected()).isTrue();
        robot.interact(() -> dialog.stage().close());
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterAsking(FxRobot robot) throws IOException {
        Path pdf = Files.writeString(folder.resolve("kept.pdf"), "earlier work");
        open(robot, TaskRunner.synchronous());

        exportTo(robot, pdf);
        DialogPane ask = robot.lookup("#export-replace").queryAs(DialogPane.class);
        assertThat(ask.getHeaderText()).isEqualTo("Replace kept.pdf?");
        robot.clickOn((javafx.scene.Node) ask.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        assertThat(pdf).hasContent("earlier work");
        assertThat(dialog.stage().isShowing()).isTrue();

        exportTo(robot, pdf);
        robot.clickOn("Replace");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(pdf)).contains("Metaverse initiatives in China");
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void anUnwritablePathShowsAnErrorNamingItAndLeavesNoFile(FxRobot robot) throws IOException {
        open(robot, TaskRunner.synchronous());
        Path pdf = folder.resolve("missing").resolve("report.pdf");

        exportTo(robot, pdf);

        DialogPane error = robot.lookup("#export-error").queryAs(DialogPane.class);
        assertThat(error.getContentText()).contains(pdf.toString()).contains("does not exist");
        assertThat(dialog.stage().isShowing()).isTrue();
        assertThat(filesIn(folder)).isZero();
        assertThat(statuses).isEmpty();
    }

    @Test
    void cancellingARunningExportWritesNothing(FxRobot robot) throws Exception {
        HeldRunner held = new HeldRunner();
        open(robot, held);
        Path pdf = folder.resolve("report.pdf");

        exportTo(robot, pdf);
        assertThat(robot.lookup("#export-progress").query().isVisible()).isTrue();
        robot.clickOn("#export-cancel");
        robot.interact(held::finish);

        assertThat(statuses).singleElement().asString().contains("cancelled");
        assertThat(filesIn(folder)).isZero();
        assertThat(dialog.stage().isShowing()).isFalse();
    }

    @Test
    void theInitiativeInTheDetailPaneIsOfferedFirst(FxRobot robot) {
        Initiative week = BundledCatalog.catalog().initiative("ini-2021-11-20-shenzhen-science-fiction-week").orElseThrow();
        robot.interact(() -> selection.select(week));
        open(robot, TaskRunner.synchronous());

        RadioButton initiative = robot.lookup("#export-view-initiative").queryAs(RadioButton.class);
        assertThat(initiative.isSelected()).isTrue();
        assertThat(initiative.getText()).contains("First science fiction week, Shenzhen");
        assertThat(robot.lookup("#export-view-organization").queryAs(RadioButton.class).isDisabled()).isTrue();
    }

    @Test
    void cancelWhileIdleJustCloses(FxRobot robot) {
        open(robot, TaskRunner.synchronous());

        robot.clickOn("#export-cancel");

        assertThat(dialog.stage().isShowing()).isFalse();
        assertThat(statuses).isEmpty();
    }

    /** Holds the work until the test lets it run, as a background thread would. */
    private static final class HeldRunner implements TaskRunner {
        private Runnable held;

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held = () -> TaskRunner.synchronous().run(work, onSuccess, onFailure);
        }

        void finish() {
            held.run();
        }
    }
}
