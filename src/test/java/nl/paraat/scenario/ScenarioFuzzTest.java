package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * Mutates and truncates valid scenarios (seeded) and checks the loader only ever returns a scenario or
 * located problems: no exception escapes, whatever the input.
 */
class ScenarioFuzzTest {
    private static final String[] SOURCES = {"mini.json"};
    private static final String NOISE = "{}[]\",:0aD+-\\ ";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode[] ODD_VALUES = {
        JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.textNode(""),
        JsonNodeFactory.instance.textNode("D+99999 99:99"), JsonNodeFactory.instance.textNode("rot"),
        JsonNodeFactory.instance.numberNode(-1), JsonNodeFactory.instance.numberNode(1e308),
        JsonNodeFactory.instance.numberNode(Long.MAX_VALUE), JsonNodeFactory.instance.booleanNode(true),
        JsonNodeFactory.instance.objectNode(), JsonNodeFactory.instance.arrayNode(),
        JsonNodeFactory.instance.textNode("T1"), JsonNodeFactory.instance.textNode("5m"),
        JsonNodeFactory.instance.textNode("society.trustNational"),
    };

    @RepeatedTest(60)
    void loaderReturnsAScenarioOrProblemsForMutatedInput(RepetitionInfo info) throws Exception {
        SplittableRandom rnd = new SplittableRandom(0xf022L * info.getCurrentRepetition());
        String source = ScenarioFiles.text(SOURCES[rnd.nextInt(SOURCES.length)]);
        for (int i = 0; i < 8; i++) {
            String text = rnd.nextInt(3) == 0 ? mutateText(source, rnd) : mutateTree(source, rnd);
            check(text);
        }
    }

    @RepeatedTest(20)
    void loaderSurvivesTruncation(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(0x7a11L * info.getCurrentRepetition());
        String source = ScenarioFiles.text(SOURCES[rnd.nextInt(SOURCES.length)]);
        for (int i = 0; i < 5; i++) {
            ScenarioLoad l = check(source.substring(0, rnd.nextInt(source.length())));
            assertFalse(l.ok());
        }
    }

    private static ScenarioLoad check(String text) {
        ScenarioLoad l = ScenarioFiles.LOADER.parse("fuzz.json", text);
        assertNotNull(l);
        assertEquals(l.ok(), l.problems().isEmpty());
        for (Problem p : l.problems()) {
            assertEquals("fuzz.json", p.file());
            assertTrue(p.line() >= 0 && p.column() >= 0);
            assertFalse(p.message().isBlank());
            assertFalse(p.message().contains("Exception"), p.message());
        }
        return l;
    }

    private static String mutateText(String s, SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(s);
        int n = 1 + rnd.nextInt(4);
        for (int k = 0; k < n && b.length() > 0; k++) {
            int at = rnd.nextInt(b.length());
            switch (rnd.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, NOISE.charAt(rnd.nextInt(NOISE.length())));
                default -> b.setCharAt(at, (char) (32 + rnd.nextInt(95)));
            }
        }
        return b.toString();
    }

    private static String mutateTree(String s, SplittableRandom rnd) throws Exception {
        JsonNode root = MAPPER.readTree(s);
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) {
            JsonNode c = containers.get(rnd.nextInt(containers.size()));
            if (c instanceof ObjectNode o && o.size() > 0) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.get(rnd.nextInt(names.size()));
                switch (rnd.nextInt(4)) {
                    case 0 -> o.remove(name);
                    case 1 -> o.set(name, ODD_VALUES[rnd.nextInt(ODD_VALUES.length)].deepCopy());
                    case 2 -> o.set(name + "x", o.get(name).deepCopy());
                    default -> o.set(name, containers.get(rnd.nextInt(containers.size())).deepCopy());
                }
            } else if (c instanceof ArrayNode a && a.size() > 0) {
                int i = rnd.nextInt(a.size());
                switch (rnd.nextInt(3)) {
                    case 0 -> a.remove(i);
                    case 1 -> a.add(a.get(i).deepCopy());
                    default -> a.set(i, ODD_VALUES[rnd.nextInt(ODD_VALUES.length)].deepCopy());
                }
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            Iterator<JsonNode> it = n.elements();
            while (it.hasNext()) {
                collect(it.next(), out);
            }
        }
    }
}
