package nl.paraat.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: what is loaded on the left, product and version on the right. */
final class StatusBar {
    private StatusBar() {
    }

    static HBox build(ShellModel model) {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(model.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label version = new Label(model.versionText());
        version.setId("status-version");
        HBox bar = new HBox(status, gap, version);
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
