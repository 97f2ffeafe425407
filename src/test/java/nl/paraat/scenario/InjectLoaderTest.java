package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One inject read against a scenario: the same checks and messages as inside a scenario file. */
class InjectLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MINI = Path.of("src/test/resources/scenarios/mini.json");

    private static Scenario mini() {
        return ScenarioLoader.standard().loadOrThrow(MINI);
    }

    private static ObjectNode inject(String id) {
        ObjectNode i = JSON.createObjectNode().put("id", id).put("type", "information").put("channel", "mail");
        i.putObject("title").put("nl", "Melding").put("en", "Report");
        i.putObject("text").put("nl", "Tekst.").put("en", "Text.");
        i.putObject("trigger").put("at", "D-1 23:30");
        i.putArray("recipients").add("ghor");
        ObjectNode s = i.putObject("sender");
        s.putObject("name").put("nl", "Piet").put("en", "Piet");
        s.putObject("organisation").put("nl", "GGD").put("en", "GGD");
        return i;
    }

    /** The messages a whole scenario file with this inject added gives. */
    private static List<String> inFile(ObjectNode inject) throws Exception {
        ObjectNode s = (ObjectNode) JSON.readTree(Files.readAllBytes(MINI));
        ((ArrayNode) s.get("injects")).add(inject);
        return ScenarioLoader.standard().parse("mini.json", JSON.writeValueAsString(s)).problems().stream()
            .map(Problem::message).toList();
    }

    @Test
    void aValidInjectIsReadWithItsTrigger() {
        InjectLoad l = InjectLoader.standard().add(mini(), "ad-hoc", inject("X1").toString());
        assertTrue(l.ok(), l::message);
        assertEquals(new Trigger.At(mini().time().parse("D-1 23:30")), l.inject().trigger());
        assertEquals(List.of("ghor"), l.inject().recipients());
    }

    @Test
    void problemsAreTheScenarioFilesOwnLocatedInTheInjectsText() throws Exception {
        ObjectNode bad = inject("X1");
        ((ArrayNode) bad.get("recipients")).removeAll().add("brandweer");
        bad.put("channel", "telex");
        bad.putObject("trigger").put("at", "D+9 00:00");
        bad.remove("title");
        String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bad);
        InjectLoad l = InjectLoader.standard().add(mini(), "ad-hoc", text);
        assertFalse(l.ok());
        List<String> messages = l.problems().stream().map(Problem::message).toList();
        assertEquals(inFile(bad).stream().sorted().toList(), messages.stream().sorted().toList());
        assertEquals(4, messages.size(), messages::toString);
        Problem recipient = l.problems().stream().filter(p -> p.path().startsWith("$.recipients")).findFirst()
            .orElseThrow();
        assertEquals("ad-hoc", recipient.file());
        assertEquals(text.lines().toList().indexOf(text.lines().filter(x -> x.contains("brandweer")).findFirst()
            .orElseThrow()) + 1, recipient.line(), "located in the inject's own text");
    }

    @Test
    void idsMustBeNewToAddAndKnownToReplace() {
        Scenario s = mini();
        assertTrue(InjectLoader.standard().add(s, "a", inject("T1").toString()).message()
            .contains("duplicate inject id \"T1\""));
        assertTrue(InjectLoader.standard().replace(s, "a", inject("T1").toString()).ok());
        assertTrue(InjectLoader.standard().replace(s, "a", inject("Q9").toString()).message()
            .contains("unknown inject \"Q9\""));
        assertTrue(InjectLoader.standard().add(s, "a", "[1]").message().contains("an inject is a JSON object"));
        assertFalse(InjectLoader.standard().add(s, "a", "{\"id\": ").ok());
        assertFalse(InjectLoader.standard().add(s, "a", "").ok());
    }
}
