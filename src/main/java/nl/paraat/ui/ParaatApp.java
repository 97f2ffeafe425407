package nl.paraat.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class ParaatApp extends Application {
    /** Starts the JavaFX application (blocks until the last window closes). */
    public static void start(String[] args) {
        Application.launch(ParaatApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Paraat");
        stage.setScene(new Scene(new Label("Paraat"), 800, 600));
        stage.show();
    }
}
