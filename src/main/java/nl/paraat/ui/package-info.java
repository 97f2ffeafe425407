/**
 * The JavaFX desktop application: {@link nl.paraat.ui.ParaatApp} starts it; sub-packages hold the
 * language bundles ({@code i18n}), the main window shell ({@code shell}) and, one package per window, the screens.
 */
package nl.paraat.ui;
