package nl.paraat.ui.shell;

import atlantafx.base.theme.PrimerLight;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window: menu bar on top, one {@link Page} in the content area, status bar below. Later
 * screens plug in with {@link #addPage(String, PageFactory)} and are shown by
 * {@link ShellModel#navigate(Destination)}.
 *
 * <p>Every text is built from the shell's current {@link nl.paraat.ui.i18n.Messages}; when the language
 * changes, the menu bar, the status bar and the open page are rebuilt at once.
 */
public final class MainWindow {
    /** Base text size of the theme (AtlantaFX Primer), scaled by {@link ShellModel#textScaleProperty()}. */
    static final double BASE_FONT_PX = 14;
    static final String STYLESHEET = MainWindow.class.getResource("shell.css").toExternalForm();

    private final ShellModel model;
    private final Map<String, PageFactory> pages = new HashMap<>(); // looked up only
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private Page page;
    private Stage stage;
    private Dialog<?> about;

    public MainWindow(ShellModel model) {
        this.model = Objects.requireNonNull(model, "model");
        pages.put(Destination.HOME.id(), WelcomePage::new);
        root.getStyleClass().add("paraat-shell");
        root.setId("main-window");
        content.getStyleClass().add("content-area");
        content.setId("content");
        root.setCenter(content);
        model.languageProperty().addListener((o, was, now) -> rebuild());
        model.destinationProperty().addListener((o, was, now) -> showPage());
        model.textScaleProperty().addListener((o, was, now) -> applyTextScale());
        applyTextScale();
        rebuild();
    }

    /** Applies the application theme (AtlantaFX Primer Light); call once before the first window. */
    public static void applyTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    /** Registers (or replaces) the factory of the page shown for a destination id. */
    public void addPage(String destinationId, PageFactory factory) {
        pages.put(Objects.requireNonNull(destinationId, "destinationId"), Objects.requireNonNull(factory, "factory"));
        if (destinationId.equals(model.destination().id())) {
            showPage();
        }
    }

    public ShellModel model() {
        return model;
    }

    /** The root node (for tests and snapshots). */
    public Parent root() {
        return root;
    }

    /** The page on show. */
    public Page page() {
        return page;
    }

    /** A scene holding this window's root with the shell stylesheet. */
    public Scene createScene(double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
    }

    /** Puts the window on the stage and shows it. */
    public void show(Stage stage) {
        attach(stage);
        stage.setScene(createScene(1200, 780));
        stage.setMinWidth(880);
        stage.setMinHeight(560);
        stage.show();
    }

    /** Binds the stage's title and full-screen state to the model (without showing it). */
    public void attach(Stage s) {
        this.stage = s;
        s.titleProperty().bind(model.titleProperty());
        s.setFullScreenExitHint(model.messages().get("view.fullScreen.hint"));
        model.fullScreenProperty().addListener((o, was, now) -> {
            if (s.isFullScreen() != now) {
                s.setFullScreen(now);
            }
        });
        s.fullScreenProperty().addListener((o, was, now) -> model.fullScreenChanged(now));
    }

    /** Asks to close the window; a close-request handler (e.g. a running exercise) may veto it. */
    public void requestQuit() {
        if (stage == null) {
            return;
        }
        WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        stage.fireEvent(request);
        if (!request.isConsumed()) {
            stage.close();
        }
    }

    /** Shows the About dialog (product, version, purpose). */
    public void showAbout() {
        if (about != null && about.isShowing()) {
            about.close();
        }
        about = AboutDialog.create(model.messages(), stage);
        about.show();
    }

    private void rebuild() {
        root.setTop(MainMenu.build(this, model));
        root.setBottom(StatusBar.build(model));
        if (stage != null) {
            stage.setFullScreenExitHint(model.messages().get("view.fullScreen.hint"));
        }
        if (about != null && about.isShowing()) {
            showAbout();
        }
        showPage();
    }

    private void showPage() {
        Destination d = model.destination();
        PageFactory factory = pages.get(d.id());
        if (factory == null) {
            throw new IllegalStateException("no page registered for destination '" + d.id() + "'");
        }
        page = factory.create(model);
        page.reset();
        content.getChildren().setAll(page.getView());
    }

    private void applyTextScale() {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * model.textScale()));
    }
}
