package nl.paraat.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.paraat.about.Version;
import nl.paraat.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless (TestFX + Monocle), driven through its menus. */
@ExtendWith(ApplicationExtension.class)
class MainWindowUiTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage s) {
        MainWindow.applyTheme();
        stage = s;
        window = new MainWindow(new ShellModel());
        window.show(s);
    }

    @Test
    void opensInDutchWithTitleMenusAndStartPage(FxRobot robot) {
        assertEquals("Paraat", stage.getTitle());
        assertEquals(List.of("Bestand", "Beeld", "Taal", "Help"), menuTexts(robot));
        assertEquals("Paraat", text(robot, "#welcome-title"));
        assertEquals("Samen oefenen voor een weerbaar Nederland", text(robot, "#welcome-tagline"));
        assertTrue(text(robot, "#welcome-scenarios-title").contains("scenariobestanden"));
        assertEquals("scenarios/", text(robot, "#welcome-scenarios-folder"));
        assertEquals("Geen oefening geladen", text(robot, "#status-text"));
        assertEquals("Paraat " + Version.get(), text(robot, "#status-version"));
    }

    @Test
    void switchingLanguageRebuildsTheOpenViewsAtOnce(FxRobot robot) {
        Page before = window.page();
        robot.clickOn("Taal").clickOn("English");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.EN, window.model().language());
        assertEquals(List.of("File", "View", "Language", "Help"), menuTexts(robot));
        assertEquals("Exercising together for a resilient Netherlands", text(robot, "#welcome-tagline"));
        assertEquals("Who it is for", text(robot, "#welcome-audience-title"));
        assertEquals("No exercise loaded", text(robot, "#status-text"));
        assertNotSame(before, window.page(), "the open page was rebuilt");

        robot.clickOn("Language").clickOn("Nederlands");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Bestand", "Beeld", "Taal", "Help"), menuTexts(robot));
        assertEquals("Voor wie", text(robot, "#welcome-audience-title"));
    }

    @Test
    void aboutShowsTheVersionAndCloses(FxRobot robot) {
        robot.clickOn("Help").clickOn("Over Paraat");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, robot.listWindows().size(), "the About dialog opened");
        assertEquals("Versie " + Version.get(), text(robot, "#about-version"));
        assertTrue(text(robot, "#about-body").contains("BLR"));
        robot.clickOn("Sluiten");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.listWindows().stream().filter(Window::isShowing).count());
    }

    @Test
    void viewMenuScalesTheText(FxRobot robot) {
        robot.clickOn("Beeld").clickOn("Tekst groter");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.1, window.model().textScale(), 1e-9);
        assertTrue(window.root().getStyle().contains("-fx-font-size: 15.4px"), window.root().getStyle());
        robot.clickOn("Beeld").clickOn("Normale tekstgrootte");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, window.model().textScale(), 1e-9);
    }

    @Test
    void quitClosesTheWindowUnlessAHandlerVetoesIt(FxRobot robot) {
        int[] asked = {0};
        stage.setOnCloseRequest(e -> {
            asked[0]++;
            e.consume();
        });
        robot.clickOn("Bestand").clickOn("Afsluiten");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, asked[0]);
        assertTrue(stage.isShowing(), "a vetoed quit keeps the window open");
        stage.setOnCloseRequest(null);
        robot.clickOn("Bestand").clickOn("Afsluiten");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    private static List<String> menuTexts(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(Menu::getText).collect(Collectors.toList());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
