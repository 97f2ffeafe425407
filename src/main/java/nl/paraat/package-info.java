/**
 * Paraat, a tabletop-exercise simulator. This package holds only {@link nl.paraat.Main}, the entry point
 * that hands over to the desktop application ({@code ui}) or the command line ({@code cli}).
 */
package nl.paraat;
