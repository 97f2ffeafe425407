/**
 * What this program is: its name and version, read from the build. A leaf every layer may use
 * (the CLI's {@code --version}, the About dialog, journal headers); it imports nothing of the project.
 */
package nl.paraat.about;
