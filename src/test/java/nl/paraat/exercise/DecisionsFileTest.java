package nl.paraat.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.world.Params;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.Test;

class DecisionsFileTest {
    private static final Scenario MINI = ScenarioFiles.load("mini.json");

    private static DecisionsFile.Result parse(String text) {
        return DecisionsFile.parse("d.jsonl", text, MINI, WorldCatalog.standard());
    }

    @Test
    void readsDecisionsAndJournalRecords() {
        DecisionsFile.Result r = parse("""
            {"t": "D-1 23:30", "actor": "prorail", "type": "reroute-military-trains", "params": {"from": "rail-brabantroute", "to": "rail-betuweroute"}}

            {"t":"D 01:00:30","seq":7,"afterEvents":42,"actor":"facilitator","type":"action.tick","params":{"action":"T1-meld"},"outcome":{"accepted":true},"crc":"0a1b2c3d"}
            """);
        assertTrue(r.ok(), r.problems().toString());
        List<TimedCommand> c = r.commands();
        assertEquals(2, c.size());
        assertEquals(5400, c.get(0).time());
        assertEquals(Params.of("from", "rail-brabantroute", "to", "rail-betuweroute"), c.get(0).command().params());
        assertEquals(3 * 3600 + 30, c.get(1).time());
        assertEquals(42, c.get(1).afterEvents().getAsLong());
        assertEquals(3, c.get(1).line());
        assertFalse(c.get(0).afterEvents().isPresent());
    }

    @Test
    void reportsEveryBadLineWithFileAndLine() {
        DecisionsFile.Result r = parse("""
            {"t": "D+1 8:00", "actor": "prorail", "type": "repair-link", "params": {"corridor": "rail-zeeland"}}
            {"t": "morgen", "actor": "prorail", "type": "repair-link"}
            {"t": "D-1 23:00", "actor": "brandweer", "type": "repair-link"}
            {"t": "D-1 23:00", "actor": "prorail", "type": "repareer"}
            {"t": "D-1 23:00", "actor": "prorail"
            {"t": "D-2 23:00", "actor": "prorail", "type": "repair-link"}
            {"t": "D-1 23:30", "actor": "prorail", "type": "repair-link", "params": {"x": [1]}}
            """);
        assertFalse(r.ok());
        List<String> p = r.problems();
        assertEquals(6, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("d.jsonl:2: expected a time like"), p.get(0));
        assertTrue(p.get(1).startsWith("d.jsonl:3: unknown role instance \"brandweer\""), p.get(1));
        assertTrue(p.get(2).startsWith("d.jsonl:4: unknown decision type \"repareer\""), p.get(2));
        assertTrue(p.get(3).startsWith("d.jsonl:5: malformed JSON"), p.get(3));
        assertTrue(p.get(4).startsWith("d.jsonl:6: time D-2 23:00 lies before the start"), p.get(4));
        assertTrue(p.get(5).startsWith("d.jsonl:7: parameter \"x\""), p.get(5));
        assertTrue(r.commands().isEmpty(), "nothing is run when a line is bad");
    }

    @Test
    void objectParametersBecomeTheirJsonTextAsInAJournal() {
        com.fasterxml.jackson.databind.node.ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
            .objectNode();
        o.putObject("inject").put("id", "X1");
        o.put("n", 3);
        o.put("share", 0.5);
        Params p = DecisionsFile.params(o);
        assertEquals("{\"id\":\"X1\"}", p.string("inject"));
        assertEquals(3L, p.integer("n"));
        assertEquals(0.5, p.number("share"));
        o.putArray("list").add(1);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> DecisionsFile.params(o));
        assertTrue(e.getMessage().contains("\"list\""), e.getMessage());
    }
}
