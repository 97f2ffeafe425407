package nl.paraat.exercise.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.paraat.exercise.journal.Outcome;
import org.junit.jupiter.api.Test;

class MessageBoardTest {
    private final List<MessageBoard.BoardEvent> events = new ArrayList<>();
    private final MessageBoard board = new MessageBoard(Set.of("ghor", "rot"), events::add);

    private static ObjectNode p() {
        return JsonNodeFactory.instance.objectNode();
    }

    private Outcome apply(long ts, String actor, String type, ObjectNode params) {
        return board.apply(ts, new Command(actor, type, params));
    }

    @Test
    void messagesReachTheirAddresseeAndTheFacilitatorAnswersAsASimulatedSender() {
        assertTrue(apply(60, "ghor", MessageBoard.SEND, p().put("to", "rot").put("text", "Stroom?")).accepted());
        assertTrue(apply(90, "facilitator", MessageBoard.SEND, p().put("to", "ghor").put("as", "Enexis")
            .put("channel", "phone").put("text", "Morgen.")).accepted());
        MessageBoard.Inbox rot = board.inbox("rot");
        assertEquals(1, rot.received().size());
        assertEquals("mail", rot.received().get(0).channel());
        MessageBoard.Inbox ghor = board.inbox("ghor");
        assertEquals("Enexis", ghor.received().get(0).as());
        assertEquals("phone", ghor.received().get(0).channel());
        assertEquals(1, ghor.sent().size());
        assertEquals(2, events.size());
    }

    @Test
    void badMessagesAreRejectedWithAReasonInBothLanguages() {
        Outcome o = apply(0, "ghor", MessageBoard.SEND, p().put("to", "rot").put("as", "Minister").put("text", "x"));
        assertFalse(o.accepted());
        assertTrue(o.reason().contains("alleen de facilitator") && o.reason().contains("only the facilitator"), o.reason());
        assertFalse(apply(0, "ghor", MessageBoard.SEND, p().put("to", "nobody").put("text", "x")).accepted());
        assertFalse(apply(0, "ghor", MessageBoard.SEND, p().put("to", "ghor").put("text", "x")).accepted());
        assertFalse(apply(0, "ghor", MessageBoard.SEND, p().put("to", "rot").put("text", " ")).accepted());
        assertFalse(apply(0, "intruder", MessageBoard.SEND, p().put("to", "rot").put("text", "x")).accepted());
        assertFalse(apply(0, "ghor", MessageBoard.SEND, p().put("to", "rot").put("text", "x").put("inReplyTo", 7)).accepted());
        assertTrue(events.isEmpty(), "a rejected command changes nothing");
        assertTrue(board.messages().isEmpty());
    }

    @Test
    void onlyTheAddresseeMarksAMessageAndAcknowledgingAlsoReadsIt() {
        apply(60, "ghor", MessageBoard.SEND, p().put("to", "rot").put("text", "Stroom?"));
        assertFalse(apply(61, "ghor", MessageBoard.READ, p().put("item", "message:1")).accepted());
        assertFalse(apply(61, "rot", MessageBoard.READ, p().put("item", "message:9")).accepted());
        assertFalse(apply(61, "rot", MessageBoard.READ, p().put("item", "something")).accepted());
        assertTrue(apply(62, "rot", MessageBoard.ACK, p().put("item", "message:1")).accepted());
        assertTrue(apply(63, "rot", MessageBoard.READ, p().put("item", "inject:K05")).accepted());
        MessageBoard.Inbox rot = board.inbox("rot");
        assertEquals(Set.of("message:1", "inject:K05"), rot.read());
        assertEquals(Set.of("message:1"), rot.acknowledged());
        int before = events.size();
        assertTrue(apply(64, "rot", MessageBoard.ACK, p().put("item", "message:1")).accepted());
        assertEquals(before, events.size(), "marking twice changes nothing");
    }

    @Test
    void decisionLogKeepsEachRolesEntries() {
        assertTrue(apply(3600, "rot", MessageBoard.LOG, p().put("text", "Besluit 1")).accepted());
        assertTrue(apply(7200, "ghor", MessageBoard.LOG, p().put("text", "Besluit A")).accepted());
        assertFalse(apply(7200, "ghor", MessageBoard.LOG, p()).accepted());
        assertEquals(List.of(new MessageBoard.LogEntry(3600, "rot", "Besluit 1")), board.inbox("rot").log());
        assertEquals(2, board.log().size());
        assertEquals(Set.of("facilitator", "ghor", "rot"), board.inboxes().keySet());
    }
}
