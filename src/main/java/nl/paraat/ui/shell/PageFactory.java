package nl.paraat.ui.shell;

/** Builds a {@link Page} for the shell's current language; called again after every language switch. */
@FunctionalInterface
public interface PageFactory {
    Page create(ShellModel shell);
}
