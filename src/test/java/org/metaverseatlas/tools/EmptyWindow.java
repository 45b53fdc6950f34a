package org.metaverseatlas.tools;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The start-up floor: an empty JavaFX window (1200x800, one label), measured beside the app by startup-time.sh.
 * With {@code -Dmetaverseatlas.startupTrace=exit} it reports its first frame as the app reports its phases
 * ({@code startup first-frame MS}, since the process started) and closes.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            boolean trace = "exit".equals(System.getProperty("metaverseatlas.startupTrace"));
            long processStart = trace ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
            stage.setTitle("Empty JavaFX window");
            Scene scene = new Scene(new StackPane(new Label("Empty")), 1200, 800);
            stage.setScene(scene);
            stage.show();
            if (trace) {
                scene.addPostLayoutPulseListener(new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        System.err.println("startup first-frame " + (System.currentTimeMillis() - processStart));
                        Platform.runLater(Platform::exit);
                    }
                });
            }
        }
    }
}
