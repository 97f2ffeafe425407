package nl.paraat.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import nl.paraat.about.Version;
import nl.paraat.ui.i18n.Messages;

/** The About dialog: product name, tagline, version and what Paraat is for. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Dialog<ButtonType> create(Messages m, Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(m.get("about.title"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.getDialogPane().getStylesheets().add(MainWindow.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("about");
        dialog.getDialogPane().setContent(content(m));
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(m.get("dialog.close"), ButtonData.CANCEL_CLOSE));
        return dialog;
    }

    /** The dialog's content, also used on its own in tests. */
    static VBox content(Messages m) {
        Label name = label(m.get("app.name"), "about-name", "product-name");
        Label tagline = label(m.get("app.tagline"), "about-tagline", "tagline");
        Label version = label(m.format("about.version", Version.get()), "about-version", "about-version");
        Label body = label(m.get("about.body"), "about-body", "body-text");
        body.setWrapText(true);
        Label languages = label(m.get("about.languages"), "about-languages", "muted-text");
        languages.setWrapText(true);
        VBox box = new VBox(6, name, tagline, version, body, languages);
        box.getStyleClass().add("about-content");
        box.setPrefWidth(500);
        VBox.setMargin(body, new Insets(12, 0, 0, 0));
        return box;
    }

    private static Label label(String text, String id, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
