package nl.paraat.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.paraat.about.Version;
import nl.paraat.ui.i18n.Language;
import org.junit.jupiter.api.Test;

/** The main window's ViewModel, without a toolkit. */
class ShellModelTest {

    @Test
    void startsInDutchOnTheStartPage() {
        ShellModel m = new ShellModel();
        assertEquals(Language.NL, m.language());
        assertSame(Destination.HOME, m.destination());
        assertEquals("Paraat", m.titleProperty().get());
        assertEquals("Geen oefening geladen", m.statusProperty().get());
        assertEquals("Paraat " + Version.get(), m.versionText());
    }

    @Test
    void switchingLanguageChangesEveryTextAndNotifiesOnce() {
        ShellModel m = new ShellModel();
        List<Language> seen = new ArrayList<>();
        m.languageProperty().addListener((o, was, now) -> {
            seen.add(now);
            assertEquals(now, m.messages().language(), "texts are switched before listeners hear of it");
        });
        m.setLanguage(Language.EN);
        m.setLanguage(Language.EN);
        assertEquals(List.of(Language.EN), seen);
        assertEquals("File", m.messages().get("menu.file"));
        assertEquals("No exercise loaded", m.statusProperty().get());
        m.setLanguage(Language.NL);
        assertEquals("Bestand", m.messages().get("menu.file"));
    }

    @Test
    void titleShowsThePageTitleInTheCurrentLanguage() {
        ShellModel m = new ShellModel();
        m.navigate(new Destination("about-page", "about.title"));
        assertEquals("Paraat — Over Paraat", m.titleProperty().get());
        m.setLanguage(Language.EN);
        assertEquals("Paraat — About Paraat", m.titleProperty().get());
        m.goHome();
        assertEquals("Paraat", m.titleProperty().get());
    }

    @Test
    void statusFollowsTheLanguage() {
        ShellModel m = new ShellModel();
        m.setStatus("menu.view.fullScreen");
        assertEquals("Volledig scherm", m.statusProperty().get());
        m.setLanguage(Language.EN);
        assertEquals("Full screen", m.statusProperty().get());
    }

    @Test
    void zoomStepsAndStaysWithinBounds() {
        ShellModel m = new ShellModel();
        m.zoomIn();
        m.zoomIn();
        assertEquals(1.2, m.textScale(), 1e-9);
        for (int i = 0; i < 30; i++) {
            m.zoomIn();
        }
        assertEquals(ShellModel.MAX_SCALE, m.textScale(), 1e-9);
        for (int i = 0; i < 30; i++) {
            m.zoomOut();
        }
        assertEquals(ShellModel.MIN_SCALE, m.textScale(), 1e-9);
        m.zoomReset();
        assertEquals(1.0, m.textScale(), 1e-9);
    }

    @Test
    void fullScreenIsARequestTheWindowConfirms() {
        ShellModel m = new ShellModel();
        assertFalse(m.fullScreenProperty().get());
        m.setFullScreen(true);
        assertTrue(m.fullScreenProperty().get());
        m.fullScreenChanged(false);
        assertFalse(m.fullScreenProperty().get());
    }
}
