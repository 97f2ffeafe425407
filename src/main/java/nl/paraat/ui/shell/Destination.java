package nl.paraat.ui.shell;

import java.util.Objects;

/**
 * A place the main window can show: an id (the key of its {@link PageFactory}) and the message key of
 * the title shown after the product name in the window title, or none for the start page.
 */
public record Destination(String id, String titleKey) {
    /** The start page. Until the launcher exists it is the empty-state {@link WelcomePage}. */
    public static final Destination HOME = new Destination("home", null);

    public Destination {
        Objects.requireNonNull(id, "id");
    }

    /** True if the window title shows a page title after the product name. */
    public boolean hasTitle() {
        return titleKey != null;
    }
}
