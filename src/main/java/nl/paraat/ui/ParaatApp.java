package nl.paraat.ui;

import javafx.application.Application;
import javafx.stage.Stage;
import nl.paraat.ui.shell.MainWindow;
import nl.paraat.ui.shell.ShellModel;

/** The desktop application: the AtlantaFX theme and the main window, in Dutch. */
public final class ParaatApp extends Application {
    /** Starts the JavaFX application (blocks until the last window closes). */
    public static void start(String[] args) {
        Application.launch(ParaatApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow.applyTheme();
        new MainWindow(new ShellModel()).show(stage);
    }
}
