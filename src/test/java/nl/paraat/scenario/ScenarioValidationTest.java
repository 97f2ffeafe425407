package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One broken copy of mini.json per kind of mistake: each is found, located and explained. */
class ScenarioValidationTest {
    private static final String MINI = ScenarioFiles.text("mini.json");

    @Test
    void theMiniScenarioIsValid() {
        ScenarioLoad l = ScenarioFiles.LOADER.parse("mini.json", MINI);
        assertTrue(l.ok(), l.problems().toString());
        Scenario s = l.scenario();
        assertEquals(4, s.injects().size());
        assertEquals(List.of("T1", "C1", "D1", "N1"), s.injects().stream().map(Inject::id).toList());
        assertEquals("nacht", s.inject("N1").orElseThrow().phase(), "nested injects take their phase");
        assertEquals(2 * 3600, s.meta().dOffset());
        assertEquals(7200, s.reportingDelay("society"));
        assertEquals(0, s.reportingDelay("health"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown role type           | "type": "prorail"                     | "type": "spoorbeheer"                   | unknown role type "spoorbeheer"          | $.roles[2].type
        unknown recipient           | "recipients": ["ghor"]                | "recipients": ["gohr"]                  | unknown role instance "gohr" as recipient | $.phases[0].injects[0].recipients[0]
        unknown role in action      | {"role": "nctv", "decision"           | {"role": "nctv2", "decision"            | unknown role instance "nctv2"            | $.injects[1].expectedActions[0].role
        unknown pillar              | "pillars": ["P1"]                     | "pillars": ["P7"]                       | a pillar P1 to P6                        | $.injects[0].pillars[0]
        unknown element             | "elements": ["E3"]                    | "elements": ["E8"]                      | a scenario element E1 to E7              | $.injects[0].elements[0]
        unknown indicator           | "society.trustNational"               | "society.trustt"                        | unknown indicator "society.trustt"       | $.injects[1].trigger.condition.indicator
        unknown scope               | "indicator": "society.trustNational", | "indicator": "society.trust", "scope": "vr-atlantis", | "vr-atlantis" is not one | $.injects[1].trigger.condition.scope
        unknown decision type       | "decision": "counter-disinformation"  | "decision": "tegenspraak"               | unknown decision type "tegenspraak"      | $.injects[1].expectedActions[0].decision
        unknown event type          | "rail-cable-cut"                      | "rail-cable-snip"                       | unknown world event type "rail-cable-snip" | $.worldEvents[0].type
        unknown effect type         | "hospital-train-delay"                | "train-delay"                           | unknown world event type "train-delay"   | $.injects[2].effects[0].type
        unknown parameter id        | "transport.drone.closureHours": 3     | "transport.drone.closureHourz": 3       | unknown parameter "transport.drone.closureHourz" | $.parameters['transport.drone.closureHourz']
        parameter out of range      | "transport.drone.closureHours": 3     | "transport.drone.closureHours": 100     | outside its range 0 to 72                | $.parameters['transport.drone.closureHours']
        unknown entity field        | "icuBeds": 90                         | "icuBedz": 90                           | entity "roaz-brabant" has no field "icuBedz" | $.entities['roaz-brabant'].icuBedz
        missing inject              | "afterInject": "T1"                   | "afterInject": "T9"                     | unknown inject "T9"                      | $.phases[0].injects[0].trigger.afterInject
        missing decision in trigger | {"type": "reroute-military-trains", "role": "prorail", "match": {"to" | {"type": "reroute-trains", "role": "prorail", "match": {"to" | unknown decision type "reroute-trains" | $.injects[2].trigger.afterDecision.type
        trigger cycle               | "trigger": {"at": "D-1 23:05"}        | "trigger": {"afterInject": "N1"}        | trigger cycle: T1 after N1 after T1      | $.injects[0].trigger.afterInject
        time outside the scenario   | "at": "D-1 23:05"                     | "at": "D+1 23:05"                       | time D+1 23:05 lies outside the scenario (D-1 22:00 to D+0 06:00) | $.injects[0].trigger.at
        deadline outside            | "deadline": "D 00:00"                 | "deadline": "D+2 00:00"                 | lies outside the scenario                | $.injects[0].expectedActions[1].deadline
        text missing in English     | "title": {"nl": "Vertrouwen daalt", "en": "Trust falls"} | "title": {"nl": "Vertrouwen daalt"} | missing field "en" (the English text) | $.injects[1].title
        empty Dutch text            | "nl": "Tekst N1."                     | "nl": "  "                              | the Dutch text ("nl") is empty           | $.phases[0].injects[0].text.nl
        bad decision params         | "match": {"from": "rail-brabantroute"} | "match": {"from": "rail-nergens"}      | unknown corridor 'rail-nergens'          | $.injects[0].expectedActions[0].match
        bad event params            | "hours": 6                            | "hours": 9999                           | parameter 'hours': 9999 is outside       | $.worldEvents[0].params
        unknown decision parameter  | "match": {"to": "rail-betuweroute"}   | "match": {"naar": "rail-betuweroute"}   | has no parameter "naar"                  | $.injects[2].trigger.afterDecision.match.naar
        role cannot take decision   | {"role": "prorail", "decision": "reroute-military-trains" | {"role": "rot", "decision": "reroute-military-trains" | role "rot" (a rot) cannot take decision "reroute-military-trains" | $.injects[0].expectedActions[0].role
        unknown objective           | "objective": "O1"                     | "objective": "O2"                       | unknown objective "O2"                   | $.injects[0].objective
        unknown phase               | "phase": "nacht"                      | "phase": "dag"                          | unknown phase "dag"                      | $.injects[0].phase
        bad time                    | "at": "D-1 23:05"                     | "at": "D-1 25:05"                       | hours 00-23                              | $.injects[0].trigger.at
        bad duration                | "delay": "30m"                        | "delay": "30 min"                       | expected a duration like                 | $.phases[0].injects[0].trigger.delay
        duplicate inject id         | "id": "D1"                            | "id": "T1"                              | duplicate inject id "T1"                 | $.injects[2].id
        duplicate key               | "id": "mini",                         | "id": "mini", "id": "mini2",            | duplicate key "id"                       | $.id
        unknown field               | "channel": "mail",                    | "channel": "mail", "kanaal": "mail",    | unknown field "kanaal"                   | $.phases[0].injects[0].kanaal
        unknown channel             | "channel": "phone"                    | "channel": "fax"                        | expected one of "situation-report"       | $.injects[0].channel
        unknown region              | "region": "vr-brabant-zuidoost", "name": {"nl": "GHOR" | "region": "vr-brabant-zuid", "name": {"nl": "GHOR" | unknown safety region "vr-brabant-zuid" | $.roles[1].region
        region missing              | , "region": "vr-brabant-zuidoost", "name": {"nl": "GHOR" | , "name": {"nl": "GHOR"  | role type "ghor" needs a "region"        | $.roles[1]
        unknown reporting group     | "society": "2h"                       | "gezondheid": "2h"                      | unknown indicator group "gezondheid"     | $.reportingDelays.gezondheid
        two trigger kinds           | "trigger": {"at": "D-1 23:05"}        | "trigger": {"at": "D-1 23:05", "afterInject": "C1"} | found at and afterInject  | $.injects[0].trigger
        action without kind         | {"role": "nctv", "decision": "counter-disinformation", | {"role": "nctv",      | either a "decision"                      | $.injects[1].expectedActions[0]
        phases out of order         | "start": "D 02:00"                    | "start": "D-1 21:00"                    | time D-1 21:00 lies outside              | $.phases[1].start
        malformed JSON              | "duration": "8h",                     | "duration": "8h"                        | malformed JSON                           | ''
        """)
    void reportsEachKindOfMistakeWithItsPlace(String kind, String find, String replace, String message, String path) {
        assertTrue(MINI.contains(find), "test set-up: mini.json has no " + find);
        String broken = MINI.replace(find, replace);
        ScenarioLoad l = ScenarioFiles.LOADER.parse("broken.json", broken);
        assertFalse(l.ok(), kind + " was accepted");
        Problem p = l.problems().stream().filter(x -> x.message().contains(message)).findFirst()
            .orElseThrow(() -> new AssertionError(kind + ": no problem says \"" + message + "\": " + l.problems()));
        assertEquals(path == null ? "" : path, p.path(), p.toString());
        assertEquals("broken.json", p.file());
        assertTrue(p.line() > 0 && p.column() > 0, p.toString());
        String line = broken.lines().toList().get(p.line() - 1);
        if (!path.isEmpty()) {
            String leaf = replace.length() > 12 ? replace.substring(0, 8) : replace;
            assertTrue(line.contains(leaf.strip().replaceFirst("^, ", "")) || line.contains(find.substring(0, 5))
                || p.path().endsWith("]") || p.path().endsWith("trigger") || p.path().endsWith("params")
                || p.path().endsWith("title") || p.path().endsWith("match") || p.path().equals("$.roles[1]"),
                "line " + p.line() + " does not hold the mistake: " + line);
        }
        String all = String.join("\n", l.problems().stream().map(Problem::toString).toList());
        assertFalse(all.contains("Exception") || all.contains("at nl.") || all.contains("at java."), all);
        assertTrue(p.toString().startsWith("broken.json:" + p.line() + ":" + p.column() + ": "), p.toString());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = MINI.replace("\"recipients\": [\"ghor\"]", "\"recipients\": [\"gohr\"]")
            .replace("\"type\": \"prorail\"", "\"type\": \"spoorbeheer\"")
            .replace("\"at\": \"D-1 23:05\"", "\"at\": \"D+3 00:00\"")
            .replace("\"pillars\": [\"P1\"]", "\"pillars\": [\"P0\"]");
        List<Problem> problems = ScenarioFiles.LOADER.parse("b.json", broken).problems();
        assertTrue(problems.size() >= 4, problems.toString());
        for (int i = 1; i < problems.size(); i++) {
            assertTrue(Problem.IN_FILE_ORDER.compare(problems.get(i - 1), problems.get(i)) <= 0, "in file order");
        }
    }

    @Test
    void notAnObjectAndEmptyFilesAreProblems() {
        assertEquals("x.json:1:1: a scenario is a JSON object {...}, found a list (at $)",
            ScenarioFiles.LOADER.parse("x.json", "[1, 2]").problems().get(0).toString());
        assertEquals(1, ScenarioFiles.LOADER.parse("x.json", "").problems().size());
        assertFalse(ScenarioFiles.LOADER.parse("x.json", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}).ok());
    }

    @Test
    void theSchemaPublishedInDocsIsTheOneInTheProgram() throws Exception {
        String docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/scenario.schema.json"));
        assertEquals(SchemaCheck.schemaText(), docs, "docs/scenario.schema.json differs from the schema in src/main/resources");
    }
}
