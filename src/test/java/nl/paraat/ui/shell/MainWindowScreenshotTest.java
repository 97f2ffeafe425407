package nl.paraat.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import nl.paraat.ui.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the main window headless ({@code Node.snapshot}) in both languages and writes the PNGs to
 * {@code target/screenshots/}. With {@code -Dparaat.screenshots.update=true} they go to
 * {@code docs/screenshots/} instead, to refresh the committed pictures:
 * {@code mvn -q test -Dtest=MainWindowScreenshotTest -Dparaat.screenshots.update=true}.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenshotTest {
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 780;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        MainWindow.applyTheme();
        window = new MainWindow(new ShellModel());
        window.show(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @Test
    void rendersTheMainWindowInBothLanguages(FxRobot robot) throws Exception {
        for (Language language : Language.values()) {
            robot.interact(() -> window.model().setLanguage(language));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.asyncFx(() -> window.root().snapshot(null, null))
                .get(10, TimeUnit.SECONDS);
            BufferedImage png = toPng(image);
            assertEquals(WIDTH, png.getWidth(), "snapshot has the window's width");
            assertTrue(inkFraction(png, 0, 0, png.getWidth(), png.getHeight()) > 0.01,
                "text and controls were rendered");
            assertTrue(inkFraction(png, 0, 90, png.getWidth(), 160) > 0.01, "the header was rendered");
            write(png, "main-window-" + language.code() + ".png");
        }
    }

    @Test
    void rendersTheAboutDialog(FxRobot robot) throws Exception {
        robot.interact(() -> window.showAbout());
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = robot.listWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> dialog.getScene().getRoot().snapshot(null, null))
            .get(10, TimeUnit.SECONDS);
        BufferedImage png = toPng(image);
        assertTrue(inkFraction(png, 0, 0, png.getWidth(), png.getHeight()) > 0.01, "the dialog was rendered");
        write(png, "about-nl.png");
        robot.interact(dialog::hide);
    }

    private static BufferedImage toPng(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pr = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        return out;
    }

    /** The share of pixels in the box that are clearly darker than the light background. */
    private static double inkFraction(BufferedImage img, int x0, int y0, int x1, int y1) {
        long dark = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int luma = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                if (luma < 160) {
                    dark++;
                }
            }
        }
        return dark / (double) ((long) (x1 - x0) * (y1 - y0));
    }

    private static void write(BufferedImage png, String name) throws IOException {
        Path dir = Boolean.getBoolean("paraat.screenshots.update")
            ? Path.of("docs", "screenshots")
            : Path.of("target", "screenshots");
        Files.createDirectories(dir);
        ImageIO.write(png, "png", dir.resolve(name).toFile());
    }
}
