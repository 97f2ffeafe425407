/**
 * The command line ({@code paraat <command>}, picocli): one class per command, registered in
 * {@link nl.paraat.cli.ParaatCli}; user mistakes are {@link nl.paraat.cli.UserError}s shown as one line.
 */
package nl.paraat.cli;
