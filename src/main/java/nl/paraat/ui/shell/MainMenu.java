package nl.paraat.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import nl.paraat.ui.i18n.Language;
import nl.paraat.ui.i18n.Messages;

/** The menu bar of the main window, built for the current language: File, View, Language, Help. */
final class MainMenu {
    private MainMenu() {
    }

    static MenuBar build(MainWindow window, ShellModel model) {
        Messages m = model.messages();
        MenuBar bar = new MenuBar(
            file(m, window),
            view(m, model),
            language(m, model),
            help(m, window));
        bar.setId("menu-bar");
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private static Menu file(Messages m, MainWindow window) {
        Menu file = menu(m, "menu.file", "menu-file");
        file.getItems().add(item(m, "menu.file.quit", "menu-quit", "Shortcut+Q", e -> window.requestQuit()));
        return file;
    }

    private static Menu view(Messages m, ShellModel model) {
        Menu view = menu(m, "menu.view", "menu-view");
        CheckMenuItem fullScreen = new CheckMenuItem(m.get("menu.view.fullScreen"));
        fullScreen.setId("menu-full-screen");
        fullScreen.setAccelerator(KeyCombination.keyCombination("F11"));
        fullScreen.setSelected(model.fullScreenProperty().get());
        fullScreen.setOnAction(e -> model.setFullScreen(fullScreen.isSelected()));
        // weak, so menu bars thrown away at a language switch are not kept alive by the model
        ChangeListener<Boolean> follow = (o, was, now) -> fullScreen.setSelected(now);
        fullScreen.getProperties().put("followFullScreen", follow);
        model.fullScreenProperty().addListener(new WeakChangeListener<>(follow));
        view.getItems().addAll(
            item(m, "menu.view.home", "menu-home", "Shortcut+H", e -> model.goHome()),
            new SeparatorMenuItem(),
            item(m, "menu.view.zoomIn", "menu-zoom-in", "Shortcut+=", e -> model.zoomIn()),
            item(m, "menu.view.zoomOut", "menu-zoom-out", "Shortcut+Minus", e -> model.zoomOut()),
            item(m, "menu.view.zoomReset", "menu-zoom-reset", "Shortcut+0", e -> model.zoomReset()),
            new SeparatorMenuItem(),
            fullScreen);
        return view;
    }

    private static Menu language(Messages m, ShellModel model) {
        Menu menu = menu(m, "menu.language", "menu-language");
        ToggleGroup group = new ToggleGroup();
        for (Language l : Language.values()) {
            RadioMenuItem item = new RadioMenuItem(m.get("language." + l.code()));
            item.setId("menu-language-" + l.code());
            item.setToggleGroup(group);
            item.setSelected(l == model.language());
            item.setOnAction(e -> model.setLanguage(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static Menu help(Messages m, MainWindow window) {
        Menu help = menu(m, "menu.help", "menu-help");
        help.getItems().add(item(m, "menu.help.about", "menu-about", "F1", e -> window.showAbout()));
        return help;
    }

    private static Menu menu(Messages m, String key, String id) {
        Menu menu = new Menu(m.get(key));
        menu.setId(id);
        return menu;
    }

    private static MenuItem item(Messages m, String key, String id, String accelerator,
                                 EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(m.get(key));
        item.setId(id);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(action);
        return item;
    }
}
