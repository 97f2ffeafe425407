package nl.paraat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.paraat.scenario.ScenarioFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** paraat validate and run, in process. */
class ScenarioCommandsTest {
    @TempDir
    Path dir;

    private record Out(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    private static Out run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ParaatCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Out(code, out.toString(), err.toString());
    }

    private Path mini() throws Exception {
        Path p = dir.resolve("mini.json");
        Files.writeString(p, ScenarioFiles.text("mini.json"));
        return p;
    }

    @Test
    void validateAcceptsGoodFilesAndListsEveryProblemOfBadOnes() throws Exception {
        Path good = mini();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, ScenarioFiles.text("mini.json").replace("\"recipients\": [\"ghor\"]", "\"recipients\": [\"gohr\"]")
            .replace("\"type\": \"prorail\"", "\"type\": \"spoor\""));
        Out ok = run("validate", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("ok (4 roles, 2 phases, 4 injects, 1 objectives)"), ok.out());
        Out ko = run("validate", good.toString(), bad.toString());
        assertEquals(1, ko.code());
        assertTrue(ko.err().matches("(?s).*bad\\.json:\\d+:\\d+: unknown role type \"spoor\".*"), ko.err());
        assertTrue(ko.err().matches("(?s).*bad\\.json:\\d+:\\d+: unknown role instance \"gohr\" as recipient.*\\(at \\$\\.phases\\[0]\\.injects\\[0]\\.recipients\\[0]\\).*"), ko.err());
        assertFalse(ko.err().contains("Exception"), ko.err());
        Out missing = run("validate", dir.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("nope.json:0:0: no such file"), missing.err());
    }

    @Test
    void runPrintsInjectsTallyIndicatorsAndTheSummaryLineLast() throws Exception {
        Path decisions = dir.resolve("d.jsonl");
        Files.writeString(decisions, "{\"t\":\"D-1 23:30\",\"actor\":\"prorail\",\"type\":\"reroute-military-trains\","
            + "\"params\":{\"from\":\"rail-brabantroute\",\"to\":\"rail-betuweroute\"}}\n");
        Out a = run("run", mini().toString(), "--seed", "3", "--decisions", decisions.toString(), "--until", "D 01:00");
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("T1       rot,prorail"), a.out());
        assertTrue(a.out().contains("expected actions: "), a.out());
        List<String> lines = a.lines();
        assertTrue(lines.get(lines.size() - 1).matches("events=\\d+ injects=\\d+ decisions=\\d+ trace=[0-9a-f]{16}"),
            lines.get(lines.size() - 1));
        Out b = run("run", mini().toString(), "--seed", "3", "--decisions", decisions.toString(), "--until", "D 01:00");
        assertEquals(lines.get(lines.size() - 1), b.lines().get(b.lines().size() - 1));
        Out none = run("run", mini().toString(), "--seed", "3", "--until", "D 01:00", "--policy", "none");
        assertEquals(0, none.code(), none.err());
    }

    @Test
    void runExplainsBadInputInOneClearLineEach() throws Exception {
        Path decisions = dir.resolve("d.jsonl");
        Files.writeString(decisions, "{\"t\":\"D-1 23:30\",\"actor\":\"brandweer\",\"type\":\"repair-link\"}\n");
        Out bad = run("run", mini().toString(), "--seed", "1", "--decisions", decisions.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("d.jsonl:1: unknown role instance \"brandweer\""), bad.err());
        Out until = run("run", mini().toString(), "--seed", "1", "--until", "morgen");
        assertEquals(1, until.code());
        assertTrue(until.err().contains("--until: expected a time like"), until.err());
        Out policy = run("run", mini().toString(), "--seed", "1", "--policy", "random");
        assertEquals(1, policy.code());
        for (Out o : List.of(bad, until, policy)) {
            assertFalse(o.err().contains("Exception") || o.err().contains("at nl."), o.err());
        }
    }
}
