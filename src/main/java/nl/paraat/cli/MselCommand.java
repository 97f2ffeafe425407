package nl.paraat.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioLoader;
import nl.paraat.scenario.msel.MselExport;
import nl.paraat.scenario.msel.MselImport;
import nl.paraat.scenario.msel.MselLanguage;
import nl.paraat.scenario.msel.Sheet;
import nl.paraat.scenario.msel.SheetException;
import nl.paraat.scenario.msel.SheetFiles;
import nl.paraat.world.WorldCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code paraat msel export|import}: a scenario's injects as an MSEL spreadsheet (.xlsx or ';' CSV) and back. */
@Command(name = "msel", mixinStandardHelpOptions = true,
    description = "MSEL spreadsheets: export a scenario's injects to .xlsx or .csv, import an edited sheet back.",
    subcommands = {MselCommand.Export.class, MselCommand.Import.class})
public final class MselCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code paraat msel export SCENARIO --out FILE.xlsx|.csv [--lang nl|en]}. */
    @Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the injects of a scenario as an MSEL: the 14 standard columns plus one column per "
            + "further inject field. .xlsx for Excel, or .csv with ';' in UTF-8 with BOM.")
    static final class Export implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (or name of a shipped scenario).")
        String scenarioArg;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "The sheet to write: .xlsx or .csv.")
        Path out;

        @Option(names = "--lang", defaultValue = "nl", paramLabel = "nl|en",
            description = "Language of the column names and of the first title/text/sender columns (default ${DEFAULT-VALUE}).")
        String lang;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            MselLanguage language;
            try {
                language = MselLanguage.of(lang);
            } catch (IllegalArgumentException e) {
                throw new UserError("--lang: " + e.getMessage());
            }
            Scenario scenario = ScenarioArgument.load(scenarioArg);
            MselExport export = new MselExport(scenario, language, WorldCatalog.standard());
            try {
                SheetFiles.Kind kind = SheetFiles.Kind.of(out);
                SheetFiles.write(out, export.sheet(), export.layout());
                spec.commandLine().getOut().printf("wrote %d injects of %s to %s (%s, %s column names)%n",
                    scenario.injects().size(), scenario.meta().id(), out, kind.name().toLowerCase(java.util.Locale.ROOT),
                    language == MselLanguage.NL ? "Dutch" : "English");
            } catch (SheetException e) {
                throw new UserError(e.getMessage());
            }
            return 0;
        }
    }

    /** {@code paraat msel import FILE --into BASE.json --out NEW.json}. */
    @Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads an MSEL sheet (.xlsx or .csv) into a copy of a base scenario whose injects it replaces; "
            + "metadata, roles and objectives come from the base. Nothing is written when the sheet has errors.")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "The sheet: .xlsx or .csv (';', UTF-8 or Windows-1252).")
        Path sheetFile;

        @Option(names = "--into", required = true, paramLabel = "BASE", description = "The base scenario.")
        String baseArg;

        @Option(names = "--out", required = true, paramLabel = "NEW.json", description = "The scenario file to write.")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Scenario base = ScenarioArgument.load(baseArg);
            Sheet sheet;
            try {
                sheet = SheetFiles.read(sheetFile);
            } catch (SheetException e) {
                throw new UserError(e.getMessage());
            }
            MselImport.Result r = new MselImport(base, WorldCatalog.standard(), ScenarioLoader.standard())
                .read(sheet, sheetFile.toString(), out.toString());
            PrintWriter err = spec.commandLine().getErr();
            r.warnings().forEach(w -> err.println("paraat: warning: " + w));
            err.flush();
            if (!r.ok()) {
                String nl = System.lineSeparator();
                throw new UserError(r.errors().size() + (r.errors().size() == 1 ? " problem" : " problems")
                    + " in the sheet; nothing was written:" + nl + String.join(nl, r.errors()));
            }
            try {
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(out, r.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError(out + ": cannot write the file: " + e.getMessage());
            }
            spec.commandLine().getOut().printf("wrote %s: %d injects from %s into %s%n", out,
                r.scenario().injects().size(), sheetFile, base.meta().id());
            return 0;
        }
    }
}
