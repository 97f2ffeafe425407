package nl.paraat.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code paraat <command> ...}. Subcommands are registered in the
 * {@code subcommands} list below, one class per command.
 */
@Command(
    name = "paraat",
    mixinStandardHelpOptions = true,
    versionProvider = ParaatCli.VersionProvider.class,
    description = "Paraat: tabletop-exercise simulator for the Dutch military and hybrid threat scenario.",
    subcommands = {
        BenchCommand.class,
        ValidateCommand.class,
        RunCommand.class,
        ReplayCommand.class,
        ResumeCommand.class,
        ForkCommand.class,
    })
public final class ParaatCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs the command line with the given output streams (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ParaatCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Supplies {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"paraat " + Version.get()};
        }
    }
}
