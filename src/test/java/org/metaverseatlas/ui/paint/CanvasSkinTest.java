package org.metaverseatlas.ui.paint;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class CanvasSkinTest {
    static final class Probe extends Control {
        final IntegerProperty value = new SimpleIntegerProperty();
        int draws;

        @Override
        protected Skin<?> createDefaultSkin() {
            return new ProbeSkin(this);
        }
    }

    static final class ProbeSkin extends CanvasSkin<Probe> {
        ProbeSkin(Probe probe) {
            super(probe);
            getChildren().add(canvas);
            watch(probe.value);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            sizeCanvas(w, h);
            if (isDirty()) {
                markDrawn();
                getSkinnable().draws++;
            }
        }
    }

    private final Probe probe = new Probe();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(probe), 300, 200));
        stage.show();
    }

    @Test
    void drawsOncePerPulseWhateverChangesAndResizesTheCanvasToTheControl(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        int before = probe.draws;
        assertThat(before).isPositive();
        robot.interact(() -> {
            probe.value.set(1);
            probe.value.set(2);
            probe.value.set(3);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(probe.draws).isEqualTo(before + 1);
        ProbeSkin skin = (ProbeSkin) probe.getSkin();
        assertThat(skin.canvas.getWidth()).isEqualTo(probe.getWidth());
        assertThat(skin.canvas.getHeight()).isEqualTo(probe.getHeight());
    }

    @Test
    void aDisposedSkinNoLongerListens(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ProbeSkin skin = (ProbeSkin) probe.getSkin();
        assertThat(skin.watchedCount()).isEqualTo(1);
        robot.interact(() -> {
            skin.dispose();
            probe.value.set(probe.value.get() + 10);
        });
        assertThat(skin.isDirty()).as("no listener left to mark it").isFalse();
        assertThat(skin.watchedCount()).isZero();
    }
}
