package nl.paraat.ui.shell;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.paraat.about.Version;
import nl.paraat.ui.i18n.Language;
import nl.paraat.ui.i18n.Messages;

/**
 * The ViewModel of the main window: language, shown destination, window title, text size and full
 * screen, as read-only properties changed only through the commands below. It touches no control and
 * needs no running toolkit, so it is tested with plain JUnit.
 */
public final class ShellModel {
    /** Smallest and largest text scale, and the step of one zoom command. */
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.0;
    public static final double SCALE_STEP = 0.1;

    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final ReadOnlyObjectWrapper<Messages> messages = new ReadOnlyObjectWrapper<>(this, "messages");
    private final ReadOnlyObjectWrapper<Destination> destination =
        new ReadOnlyObjectWrapper<>(this, "destination", Destination.HOME);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyDoubleWrapper textScale = new ReadOnlyDoubleWrapper(this, "textScale", 1.0);
    private final ReadOnlyBooleanWrapper fullScreen = new ReadOnlyBooleanWrapper(this, "fullScreen");
    private String statusKey = "status.noExercise";

    /** A shell in the default language (Dutch), showing the start page. */
    public ShellModel() {
        this(Language.DEFAULT);
    }

    public ShellModel(Language start) {
        language.set(Objects.requireNonNull(start, "start"));
        messages.set(Messages.of(start));
        refreshTexts();
    }

    // ---------------------------------------------------------------------------------------------
    // commands

    /** Switches the language; every open view is rebuilt in it. */
    public void setLanguage(Language l) {
        Objects.requireNonNull(l, "language");
        if (l == language.get()) {
            return;
        }
        messages.set(Messages.of(l));
        refreshTexts();
        language.set(l);
    }

    /** Shows another destination. */
    public void navigate(Destination d) {
        destination.set(Objects.requireNonNull(d, "destination"));
        refreshTexts();
    }

    /** Shows the start page. */
    public void goHome() {
        navigate(Destination.HOME);
    }

    /** Sets the status line to the text of a message key (shown in the current language). */
    public void setStatus(String messageKey) {
        statusKey = Objects.requireNonNull(messageKey, "messageKey");
        refreshTexts();
    }

    /** Makes all text one step larger (for a projector or a far screen), up to {@link #MAX_SCALE}. */
    public void zoomIn() {
        setScale(textScale.get() + SCALE_STEP);
    }

    /** Makes all text one step smaller, down to {@link #MIN_SCALE}. */
    public void zoomOut() {
        setScale(textScale.get() - SCALE_STEP);
    }

    /** Back to the normal text size. */
    public void zoomReset() {
        setScale(1.0);
    }

    /** Asks for full screen on or off; the window follows, and reports back with {@link #fullScreenChanged}. */
    public void setFullScreen(boolean on) {
        fullScreen.set(on);
    }

    /** The window left or entered full screen by itself (e.g. the Escape key). */
    public void fullScreenChanged(boolean on) {
        fullScreen.set(on);
    }

    // ---------------------------------------------------------------------------------------------
    // state

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    /** The texts of the current language; changes together with {@link #languageProperty()}. */
    public ReadOnlyObjectProperty<Messages> messagesProperty() {
        return messages.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages.get();
    }

    public ReadOnlyObjectProperty<Destination> destinationProperty() {
        return destination.getReadOnlyProperty();
    }

    public Destination destination() {
        return destination.get();
    }

    /** The window title: the product name, then the page title if the page has one. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The left side of the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The right side of the status bar: product name and version. */
    public String versionText() {
        return messages().format("status.version", Version.get());
    }

    /** Factor on the base text size, between {@link #MIN_SCALE} and {@link #MAX_SCALE}. */
    public ReadOnlyDoubleProperty textScaleProperty() {
        return textScale.getReadOnlyProperty();
    }

    public double textScale() {
        return textScale.get();
    }

    public ReadOnlyBooleanProperty fullScreenProperty() {
        return fullScreen.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------------------------------------

    private void setScale(double s) {
        double rounded = Math.round(s * 10) / 10.0;
        textScale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, rounded)));
    }

    private void refreshTexts() {
        Messages m = messages.get();
        Destination d = destination.get();
        String name = m.get("app.name");
        title.set(d.hasTitle() ? name + " — " + m.get(d.titleKey()) : name);
        status.set(m.get(statusKey));
    }
}
