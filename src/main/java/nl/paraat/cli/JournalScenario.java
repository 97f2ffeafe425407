package nl.paraat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.paraat.exercise.journal.JournalContents;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalExpectation;
import nl.paraat.exercise.journal.JournalHeader;
import nl.paraat.exercise.journal.JournalReader;
import nl.paraat.exercise.journal.JournalWarning;
import nl.paraat.exercise.runtime.JournaledRun;
import nl.paraat.scenario.Problem;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoad;
import nl.paraat.scenario.ScenarioLoader;

/** The scenario of a journal (or for a new one), with the bytes its SHA-256 is taken of. */
record JournalScenario(Scenario scenario, String path, byte[] bytes) {
    String sha256() {
        return JournalScenario.sha(bytes);
    }

    private static String sha(byte[] b) {
        return JournaledRun.sha256(b);
    }

    /** The scenario named on the command line (a file or a shipped scenario's name). */
    static JournalScenario ofArgument(String arg) {
        Path p = Path.of(arg);
        if (Files.exists(p) || arg.contains("/") || arg.contains("\\")) {
            return load(arg, readFile(p));
        }
        byte[] shipped = shipped(arg);
        if (shipped == null) {
            return load(arg, readFile(p));
        }
        return load("scenarios/" + (arg.endsWith(".json") ? arg : arg + ".json"), shipped);
    }

    /**
     * The scenario a journal's header names: its path as written, relative to the working directory or to
     * the journal's folder, then a shipped scenario of that name, then the scenario embedded in the header.
     */
    static JournalScenario ofHeader(JournalHeader h, Path journal) {
        JournalHeader.ScenarioRef ref = h.scenario();
        if (ref.path() != null) {
            Path p = Path.of(ref.path());
            Path beside = journal.toAbsolutePath().getParent() == null ? p
                : journal.toAbsolutePath().getParent().resolve(ref.path());
            for (Path candidate : new Path[] {p, beside}) {
                if (Files.isRegularFile(candidate)) {
                    return load(ref.path(), readFile(candidate));
                }
            }
            byte[] shipped = shipped(p.getFileName().toString());
            if (shipped != null) {
                return load(ref.path(), shipped);
            }
        }
        if (ref.embedded() != null) {
            return load(journal + " (embedded scenario)", ref.embedded().toString().getBytes(StandardCharsets.UTF_8));
        }
        throw new UserError("journal " + journal + ", line 1: its scenario " + ref.path() + " ('" + ref.id()
            + "') is not found here, nor shipped with Paraat, nor embedded in the journal");
    }

    /** Reads a journal for replaying with this program, showing the warnings; a refused journal is a UserError. */
    static JournalContents read(Path file, PrintWriter err) {
        try {
            JournalContents c = JournalReader.read(file, new JournalExpectation(null, Version.get()));
            for (JournalWarning w : c.warnings()) {
                err.println("paraat: warning: " + w.message());
            }
            err.flush();
            return c;
        } catch (JournalException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** Refuses the journal if its header names another scenario version than this one. */
    void check(Path file, JournalHeader h) {
        try {
            JournalReader.checkScenario(file, h, sha256());
        } catch (JournalException e) {
            throw new UserError(e.getMessage());
        }
    }

    private static JournalScenario load(String name, byte[] bytes) {
        ScenarioLoad load = ScenarioLoader.standard().parse(name, bytes);
        if (!load.ok()) {
            StringBuilder b = new StringBuilder("the scenario has problems:");
            for (Problem p : load.problems()) {
                b.append(System.lineSeparator()).append(p);
            }
            throw new UserError(b.toString());
        }
        return new JournalScenario(load.scenario(), name, bytes);
    }

    private static byte[] readFile(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError(p + ": no such file");
        } catch (IOException e) {
            throw new UserError(p + ": cannot read the file: " + e.getMessage());
        }
    }

    private static byte[] shipped(String name) {
        String file = name.endsWith(".json") ? name : name + ".json";
        try (InputStream in = JournalScenario.class.getResourceAsStream("/scenarios/" + file)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }
}
