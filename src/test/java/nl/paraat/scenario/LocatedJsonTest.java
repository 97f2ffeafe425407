package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocatedJsonTest {
    @Test
    void recordsLineAndColumnOfEveryValue() {
        String text = "{\n  \"a\": [1,\n    {\"b\": \"x\"}],\n  \"c.d\": true\n}";
        LocatedJson doc = LocatedJson.parse("f.json", text);
        assertTrue(doc.problems().isEmpty());
        assertArrayEquals(new int[] {2, 8}, doc.position("$.a"));
        assertArrayEquals(new int[] {3, 5}, doc.position("$.a[1]"));
        assertArrayEquals(new int[] {3, 11}, doc.position("$.a[1].b"));
        assertArrayEquals(new int[] {4, 10}, doc.position("$['c.d']"));
        assertArrayEquals(new int[] {3, 11}, doc.position("$.a[1].b.missing"), "nearest located ancestor");
    }

    @Test
    void reportsEveryDuplicateKeyAndKeepsReading() {
        String text = "{\"a\": 1, \"a\": 2,\n \"b\": {\"x\": 1, \"x\": [1]}}";
        LocatedJson doc = LocatedJson.parse("f.json", text);
        List<Problem> p = doc.problems();
        assertEquals(2, p.size(), p.toString());
        assertEquals("f.json:1:10: duplicate key \"a\" (each key may appear once in an object) (at $.a)",
            p.get(0).toString());
        assertEquals(2, p.get(1).line());
        assertEquals("$.b.x", p.get(1).path());
        assertEquals(1, doc.root().get("a").asInt(), "the first value counts");
    }

    @Test
    void malformedJsonGivesTheSyntaxErrorPositionWithoutExceptionNames() {
        LocatedJson doc = LocatedJson.parse("bad.json", "{\n  \"a\": 1,\n  \"b\" 2\n}");
        assertNull(doc.root());
        Problem p = doc.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(7, p.column());
        assertTrue(p.toString().startsWith("bad.json:3:7: malformed JSON: "), p.toString());
        assertTrue(!p.toString().contains("Exception") && !p.toString().contains("com.fasterxml"), p.toString());
    }

    @Test
    void truncatedAndEmptyFilesAreProblems() {
        assertTrue(LocatedJson.parse("t.json", "{\"a\": [1, 2").problems().get(0).message()
            .contains("unexpected end"));
        assertEquals("t.json:1:1: the file is empty; expected a JSON object",
            LocatedJson.parse("t.json", "  ").problems().get(0).toString());
        assertTrue(LocatedJson.parse("t.json", "{} {}").problems().get(0).message().contains("after the end"));
    }

    @Test
    void pathsQuoteNamesThatAreNotPlain() {
        assertEquals("$.injects[5].recipients[0]", JsonPath.index(JsonPath.field(JsonPath.index(
            JsonPath.field("$", "injects"), 5), "recipients"), 0));
        assertEquals("$.parameters['health.icu.losDays']", JsonPath.field("$.parameters", "health.icu.losDays"));
        assertEquals("$.parameters", JsonPath.parent("$.parameters['a.b[1]']"));
        assertEquals("$.injects[5]", JsonPath.parent("$.injects[5].recipients"));
        assertEquals("$.injects", JsonPath.parent("$.injects[5]"));
        assertEquals("$", JsonPath.parent("$.injects"));
    }
}
