package nl.paraat.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.paraat.ui.i18n.Messages;

/**
 * The start page while no exercise is loaded: what Paraat is, who it is for, how an exercise runs and
 * that exercises come from scenario files in the {@code scenarios/} folder.
 */
public final class WelcomePage implements Page {
    private final ScrollPane view;

    public WelcomePage(ShellModel shell) {
        Messages m = shell.messages();
        VBox column = new VBox(
            header(m),
            paragraph(m.get("welcome.intro"), "welcome-intro", "intro-text"),
            section(m, "welcome.audience", "welcome-audience"),
            steps(m),
            scenarios(m));
        column.getStyleClass().add("welcome-column");
        column.setMaxWidth(940);
        StackPane centred = new StackPane(column);
        centred.setAlignment(Pos.TOP_CENTER);
        centred.getStyleClass().add("welcome");
        view = new ScrollPane(centred);
        view.setFitToWidth(true);
        view.setId("welcome-page");
        view.getStyleClass().add("welcome-scroll");
    }

    @Override
    public Node getView() {
        return view;
    }

    @Override
    public void reset() {
        view.setVvalue(0);
    }

    private static Node header(Messages m) {
        Label name = label(m.get("app.name"), "welcome-title", "product-name");
        Label mark = label(m.get("welcome.mark"), "welcome-mark", "exercise-mark");
        HBox nameRow = new HBox(16, name, mark);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        Region rule = new Region();
        rule.getStyleClass().add("accent-rule");
        Label tagline = label(m.get("app.tagline"), "welcome-tagline", "tagline");
        VBox header = new VBox(nameRow, tagline, rule);
        header.getStyleClass().add("welcome-header");
        return header;
    }

    private static Node section(Messages m, String key, String id) {
        Label title = label(m.get(key + ".title"), id + "-title", "section-title");
        Label body = paragraph(m.get(key + ".body"), id + "-body", "body-text");
        VBox box = new VBox(title, body);
        box.getStyleClass().add("welcome-section");
        return box;
    }

    private static Node steps(Messages m) {
        Label title = label(m.get("welcome.how.title"), "welcome-how-title", "section-title");
        HBox cards = new HBox();
        cards.getStyleClass().add("step-row");
        for (int i = 1; i <= 3; i++) {
            String key = "welcome.step" + i;
            Label number = label(String.valueOf(i), "welcome-step" + i + "-number", "step-number");
            Label stepTitle = label(m.get(key + ".title"), "welcome-step" + i + "-title", "step-title");
            Label body = paragraph(m.get(key + ".body"), "welcome-step" + i + "-body", "step-body");
            VBox card = new VBox(number, stepTitle, body);
            card.getStyleClass().add("step-card");
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setMaxWidth(Double.MAX_VALUE);
            card.setMinWidth(0);
            card.setPrefWidth(1);
            cards.getChildren().add(card);
        }
        VBox box = new VBox(title, cards);
        box.getStyleClass().add("welcome-section");
        return box;
    }

    private static Node scenarios(Messages m) {
        Label title = label(m.get("welcome.scenarios.title"), "welcome-scenarios-title", "section-title");
        Label body = paragraph(m.get("welcome.scenarios.body"), "welcome-scenarios-body", "body-text");
        Label folder = label("scenarios/", "welcome-scenarios-folder", "folder-name");
        Label folderNote = paragraph(m.get("welcome.scenarios.folder"), "welcome-scenarios-note", "muted-text");
        HBox folderRow = new HBox(12, folder, folderNote);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(folderNote, Priority.ALWAYS);
        VBox box = new VBox(title, body, folderRow);
        box.getStyleClass().addAll("welcome-section", "scenario-note");
        return box;
    }

    private static Label paragraph(String text, String id, String styleClass) {
        Label l = label(text, id, styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label label(String text, String id, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
