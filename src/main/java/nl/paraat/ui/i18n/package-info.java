/**
 * The languages of the user interface: Dutch (always the default) and English, each an explicit UTF-8
 * bundle {@code messages_nl.properties} / {@code messages_en.properties} holding every text a user sees.
 */
package nl.paraat.ui.i18n;
