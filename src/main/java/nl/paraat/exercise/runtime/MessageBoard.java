package nl.paraat.exercise.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import nl.paraat.exercise.journal.Outcome;

/**
 * What people write during an exercise besides model decisions: messages between roles and the
 * facilitator (who may answer as a simulated sender), read and acknowledge marks on inbox items, and each
 * role's free-text decision log (besluitenlijst). Every act is a journaled command applied on the engine
 * thread, so replay rebuilds the board exactly; none of it touches the simulation or its trace.
 *
 * <p>Commands ({@code actor} a role instance id or {@code facilitator}):
 * <ul>
 *   <li>{@value #SEND} {@code {to, text, channel?, subject?, as?, inReplyTo?}}: {@code to} a role instance
 *       or {@code facilitator}; {@code as} (a simulated sender, e.g. "Burgemeester Eindhoven") only for the
 *       facilitator;</li>
 *   <li>{@value #READ} / {@value #ACK} {@code {item}}: an inbox item of the actor: {@code message:<n>} or an
 *       inject delivery {@code inject:<id>};</li>
 *   <li>{@value #LOG} {@code {text}}: an entry in the actor's decision log.</li>
 * </ul>
 * Texts are Dutch or English as people typed them; rejections give their reason in both.
 */
public final class MessageBoard {
    public static final String SEND = "message.send";
    public static final String READ = "inbox.read";
    public static final String ACK = "inbox.ack";
    public static final String LOG = "log.entry";
    /** The actor and addressee for the facilitator (white cell). */
    public static final String FACILITATOR = "facilitator";
    /** Longest text accepted, in characters. */
    public static final int MAX_TEXT = 10_000;

    /**
     * A message.
     *
     * @param id        1, 2, 3, ... in the order sent; the inbox item is {@code message:<id>}
     * @param ts        simulated time sent
     * @param from      role instance or facilitator
     * @param as        the simulated sender the facilitator wrote as, or null
     * @param to        role instance or facilitator
     * @param channel   channel name (mail, phone, liaison, ...), {@code mail} when not given
     * @param subject   may be empty
     * @param text      the text
     * @param inReplyTo the message it answers, or 0
     */
    public record Message(long id, long ts, String from, String as, String to, String channel, String subject,
                          String text, long inReplyTo) {
        public String item() {
            return "message:" + id;
        }
    }

    /** An entry in a role's decision log. */
    public record LogEntry(long ts, String role, String text) {
    }

    /** What a role (or the facilitator) sees of the board. */
    public record Inbox(List<Message> received, List<Message> sent, SortedSet<String> read, SortedSet<String> acknowledged,
                        List<LogEntry> log) {
        public Inbox {
            received = List.copyOf(received);
            sent = List.copyOf(sent);
            read = Collections.unmodifiableSortedSet(new TreeSet<>(read));
            acknowledged = Collections.unmodifiableSortedSet(new TreeSet<>(acknowledged));
            log = List.copyOf(log);
        }
    }

    /** Something that happened on the board, for the stream of happenings. */
    public sealed interface BoardEvent {
        /** A message was sent (and received). */
        record Sent(Message message) implements BoardEvent {
        }

        /** An inbox item was marked read or acknowledged. */
        record Marked(long ts, String role, String item, boolean acknowledged) implements BoardEvent {
        }

        /** A decision-log entry was written. */
        record Logged(LogEntry entry) implements BoardEvent {
        }
    }

    private final Set<String> roles;
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, SortedSet<String>> read = new TreeMap<>();
    private final Map<String, SortedSet<String>> acked = new TreeMap<>();
    private final List<LogEntry> log = new ArrayList<>();
    private final Consumer<BoardEvent> events;

    /**
     * @param roles  the scenario's role instance ids
     * @param events told about every change, in order
     */
    public MessageBoard(Set<String> roles, Consumer<BoardEvent> events) {
        this.roles = new TreeSet<>(roles);
        this.events = Objects.requireNonNull(events, "events");
    }

    /** True for the command types this board handles. */
    public static boolean handles(String type) {
        return type.equals(SEND) || type.equals(READ) || type.equals(ACK) || type.equals(LOG);
    }

    /** Applies one of the board's commands at simulated time {@code ts}. */
    public Outcome apply(long ts, Command c) {
        boolean facilitator = c.actor().equals(FACILITATOR);
        if (!facilitator && !roles.contains(c.actor())) {
            return reject("onbekende rol \"" + c.actor() + "\"", "unknown role instance \"" + c.actor() + "\"");
        }
        JsonNode p = c.params();
        switch (c.type()) {
            case SEND:
                return send(ts, c.actor(), p, facilitator);
            case READ:
            case ACK:
                return mark(ts, c.actor(), text(p, "item"), c.type().equals(ACK));
            default:
                String t = text(p, "text");
                if (t == null || t.isBlank() || t.length() > MAX_TEXT) {
                    return reject("geef een tekst (\"text\")", "give a text (\"text\")");
                }
                LogEntry e = new LogEntry(ts, c.actor(), t);
                log.add(e);
                events.accept(new BoardEvent.Logged(e));
                return Outcome.ACCEPTED;
        }
    }

    private Outcome send(long ts, String from, JsonNode p, boolean facilitator) {
        String to = text(p, "to");
        String t = text(p, "text");
        String as = text(p, "as");
        if (to == null || !(to.equals(FACILITATOR) || roles.contains(to)) || to.equals(from)) {
            return reject("geef een bestaande geadresseerde (\"to\"): een rol of de facilitator",
                "give an existing addressee (\"to\"): a role instance or the facilitator");
        }
        if (t == null || t.isBlank() || t.length() > MAX_TEXT) {
            return reject("geef een tekst (\"text\")", "give a text (\"text\")");
        }
        if (as != null && !facilitator) {
            return reject("alleen de facilitator schrijft namens een gesimuleerde afzender",
                "only the facilitator writes as a simulated sender");
        }
        long reply = p.path("inReplyTo").asLong(0);
        if (reply < 0 || reply > messages.size()) {
            return reject("\"inReplyTo\" noemt geen bestaand bericht", "\"inReplyTo\" names no message");
        }
        String channel = text(p, "channel");
        String subject = text(p, "subject");
        Message m = new Message(messages.size() + 1L, ts, from, as, to, channel == null ? "mail" : channel,
            subject == null ? "" : subject, t, reply);
        messages.add(m);
        events.accept(new BoardEvent.Sent(m));
        return Outcome.ACCEPTED;
    }

    private Outcome mark(long ts, String role, String item, boolean acknowledge) {
        if (item == null || item.isBlank()) {
            return reject("geef het inbox-item (\"item\")", "give the inbox item (\"item\")");
        }
        if (item.startsWith("message:")) {
            long id;
            try {
                id = Long.parseLong(item.substring(8));
            } catch (NumberFormatException e) {
                id = 0;
            }
            if (id < 1 || id > messages.size() || !messages.get((int) id - 1).to().equals(role)) {
                return reject("dit bericht staat niet in uw inbox", "this message is not in your inbox");
            }
        } else if (!item.startsWith("inject:")) {
            return reject("een inbox-item is message:<n> of inject:<id>", "an inbox item is message:<n> or inject:<id>");
        }
        SortedSet<String> set = (acknowledge ? acked : read).computeIfAbsent(role, k -> new TreeSet<>());
        if (!set.add(item)) {
            return Outcome.ACCEPTED; // already marked: nothing changes
        }
        if (acknowledge) {
            read.computeIfAbsent(role, k -> new TreeSet<>()).add(item);
        }
        events.accept(new BoardEvent.Marked(ts, role, item, acknowledge));
        return Outcome.ACCEPTED;
    }

    /** What a role instance (or {@code facilitator}: everything sent to or by it) sees. */
    public Inbox inbox(String role) {
        List<Message> received = new ArrayList<>();
        List<Message> sent = new ArrayList<>();
        for (Message m : messages) {
            if (m.to().equals(role)) {
                received.add(m);
            }
            if (m.from().equals(role)) {
                sent.add(m);
            }
        }
        List<LogEntry> own = log.stream().filter(e -> e.role().equals(role)).toList();
        return new Inbox(received, sent, read.getOrDefault(role, new TreeSet<>()),
            acked.getOrDefault(role, new TreeSet<>()), own);
    }

    /** Every role's inbox and the facilitator's, by id. */
    public SortedMap<String, Inbox> inboxes() {
        SortedMap<String, Inbox> m = new TreeMap<>();
        for (String r : roles) {
            m.put(r, inbox(r));
        }
        m.put(FACILITATOR, inbox(FACILITATOR));
        return m;
    }

    /** Every message, in order (the facilitator and the debrief see all). */
    public List<Message> messages() {
        return List.copyOf(messages);
    }

    /** Every decision-log entry, in order. */
    public List<LogEntry> log() {
        return List.copyOf(log);
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || !v.isTextual() ? null : v.textValue();
    }

    private static Outcome reject(String nl, String en) {
        return Outcome.rejected(nl + " / " + en);
    }
}
