package org.metaverseatlas.tools;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The start-up floor: an empty JavaFX window (1200x800, one label), measured beside the app by startup-time.sh. */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setTitle("Empty JavaFX window");
            stage.setScene(new Scene(new StackPane(new Label("Empty")), 1200, 800));
            stage.show();
        }
    }
}
