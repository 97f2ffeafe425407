/**
 * The main window every screen plugs into: menu bar, content area showing one {@link nl.paraat.ui.shell.Page}
 * at a time, status bar, About dialog, and the toolkit-free {@link nl.paraat.ui.shell.ShellModel} behind them.
 */
package nl.paraat.ui.shell;
