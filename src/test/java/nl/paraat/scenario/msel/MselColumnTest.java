package nl.paraat.scenario.msel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MselColumnTest {
    @Test
    void everyNameBelongsToOneColumn() {
        Map<String, MselColumn> seen = new HashMap<>();
        for (MselColumn c : MselColumn.values()) {
            for (String n : new HashSet<>(c.names())) {
                MselColumn before = seen.put(n, c);
                assertNull(before, () -> "\"" + n + "\" names both " + before + " and " + c);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(MselLanguage.class)
    void layoutHasEveryColumnOnceAndTheStandardFourteenFirst(MselLanguage l) {
        List<MselColumn> layout = MselColumn.layout(l);
        assertEquals(MselColumn.values().length, new HashSet<>(layout).size());
        assertEquals(layout.size(), MselColumn.values().length);
        assertEquals(MselColumn.title(l), layout.get(3));
        assertEquals(MselColumn.text(l), layout.get(4));
        assertEquals(MselColumn.STATUS, layout.get(13));
        for (MselColumn c : layout) {
            assertEquals(c, MselColumn.byHeader(c.header(l)), c.header(l));
        }
    }

    @Test
    void headersAreMatchedWithoutCaseAccentsAndSpaces() {
        assertEquals(MselColumn.SCENARIO_TIME, MselColumn.byHeader("  SCENARIO   time: "));
        assertEquals(MselColumn.RECIPIENTS, MselColumn.byHeader("Ontvangers"));
        assertEquals(MselColumn.TITLE_EN, MselColumn.byHeader("Event synopsis / inject title"));
        assertEquals(MselColumn.NOTES, MselColumn.byHeader("Aantekeningen évaluator"));
        assertNull(MselColumn.byHeader("Kleur"));
        assertTrue(MselColumn.byHeader("Trigger") == MselColumn.TRIGGER);
    }
}
