package nl.paraat.ui.shell;

import javafx.scene.Node;

/**
 * One screen shown in the content area of the main window. A page is a view: it is built for the
 * current language and thrown away when the language changes or another page is shown, so its state
 * belongs in a ViewModel that its {@link PageFactory} hands it, not in its controls.
 */
public interface Page {
    /** The root node of this page. */
    Node getView();

    /** Returns the page to its initial state (called when it is shown again). */
    default void reset() {
    }
}
