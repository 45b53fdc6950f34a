package org.metaverseatlas.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.metaverseatlas.ui.task.TaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** While the store opens, the window says it is loading: no view reports an empty result or offers to clear filters. */
@ExtendWith(ApplicationExtension.class)
class LoadingWindowTest {
    @TempDir
    static Path dataDirectory;
    private final HeldStore tasks = new HeldStore();
    private AtlasDesktop desktop;

    /** Holds the store's work until the test lets it go; everything else (the map geometry) runs at once. */
    private static final class HeldStore implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> TaskRunner.synchronous().run(work, onSuccess, onFailure));
        }

        @Override
        public <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            TaskRunner.synchronous().run(work, onSuccess, onFailure);
        }

        void release() {
            List<Runnable> now = new ArrayList<>(held);
            held.clear();
            now.forEach(Runnable::run);
        }
    }

    @Start
    void start(Stage stage) {
        desktop = new AtlasDesktop(stage, dataDirectory, tasks);
        desktop.start();
    }

    @AfterEach
    void closeStore() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> desktop.stop()).get();
    }

    @Test
    void whileTheStoreOpensEveryViewSaysItIsLoadingAndNoneOffersToClearFilters(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#filter-count").queryLabeled().getText()).isEqualTo("Loading initiatives…")
                .doesNotContain("0 of 0");
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith("Opening the store");
        assertThat(robot.lookup("#timeline-empty-title").queryLabeled().getText()).isEqualTo("Loading the initiatives…");
        assertThat(robot.lookup("#timeline-clear-filters").query().isVisible()).isFalse();
        assertThat(robot.lookup("#table-loading").queryLabeled().getText()).isEqualTo("Loading the initiatives…");
        assertThat(robot.lookup("#map-empty").queryLabeled().getText()).isEqualTo("Loading the initiatives…");
        assertThat(robot.lookup("#map-empty").query().isVisible()).isTrue();
        assertThat(shownTexts(robot)).noneMatch(t -> t.contains("No initiative matches"))
                .noneMatch(t -> t.equals("Clear filters"));
    }

    @Test
    void onceTheStoreHasOpenedTheViewsShowItsInitiatives(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(tasks::release).get();
        WaitForAsyncUtils.waitForFxEvents();

        int count = desktop.filter().getCatalog().initiatives().size();
        assertThat(count).isGreaterThan(20);
        assertThat(robot.lookup("#filter-count").queryLabeled().getText()).isEqualTo(count + " of " + count + " initiatives");
        assertThat(robot.lookup("#initiative-table").queryAs(TableView.class).getItems()).hasSize(count);
        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#map-empty").query().isVisible()).isFalse();
        assertThat(robot.lookup("#status").queryLabeled().getText()).startsWith(count + " initiatives");
    }

    private static List<String> shownTexts(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        for (Node n : robot.lookup(node -> node instanceof Labeled).queryAll()) {
            if (treeVisible(n) && ((Labeled) n).getText() != null) {
                texts.add(((Labeled) n).getText());
            }
        }
        return texts;
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
