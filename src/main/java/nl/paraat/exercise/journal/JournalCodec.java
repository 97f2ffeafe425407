package nl.paraat.exercise.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The exact bytes of a journal line.
 *
 * <p><b>Line.</b> One JSON object in UTF-8 without any whitespace between tokens, followed by a newline
 * ({@code 0x0A}). JSON escapes control characters inside strings, so a line never contains a newline
 * byte. Field order of a record: {@code t, ts, seq, afterEvents, actor, type, params, outcome, crc};
 * {@code outcome} is {@code {"status":"accepted"}} or {@code {"status":"rejected","reason":"..."}}.
 *
 * <p><b>crc.</b> The last field of every line, header included, is {@code "crc":"hhhhhhhh"}: eight
 * lower-case hex digits of the CRC32C ({@link CRC32C}, Castagnoli) of the UTF-8 bytes of the object
 * <em>without</em> the crc field, i.e. of the line's text up to (not including) {@code ,"crc":"} with a
 * closing brace {@code }} appended. So a line is {@code BODY[0..n-1] + ,"crc":"hhhhhhhh"} + \n} where
 * {@code BODY} is the object without crc and {@code n} its length. The check works on the bytes as
 * written, not on a re-serialisation, so any writer that produces this shape verifies.
 */
public final class JournalCodec {
    /** The journal format version this program writes and reads. */
    public static final int FORMAT_VERSION = 1;
    /** The value of the header's {@code journal} field that marks a Paraat journal. */
    public static final String MARKER = "paraat";

    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();

    private static final byte[] CRC_PREFIX = ",\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    /** Length of {@code ,"crc":"hhhhhhhh"}}. */
    static final int CRC_SUFFIX = CRC_PREFIX.length + 8 + 2;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private JournalCodec() {
    }

    // ---------------------------------------------------------------------------------------------
    // encoding

    /** The record's line, newline included. */
    public static byte[] encode(JournalRecord r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(160);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("t", r.t());
            g.writeNumberField("ts", r.ts());
            g.writeNumberField("seq", r.seq());
            g.writeNumberField("afterEvents", r.afterEvents());
            g.writeStringField("actor", r.actor());
            g.writeStringField("type", r.type());
            g.writeFieldName("params");
            MAPPER.writeTree(g, r.params());
            g.writeObjectFieldStart("outcome");
            g.writeStringField("status", r.outcome().accepted() ? "accepted" : "rejected");
            if (!r.outcome().accepted()) {
                g.writeStringField("reason", r.outcome().reason());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal(out.toByteArray());
    }

    /** The header's line, newline included. */
    public static byte[] encode(JournalHeader h) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("journal", MARKER);
            g.writeNumberField("format", h.format());
            g.writeStringField("program", h.program());
            g.writeObjectFieldStart("scenario");
            g.writeStringField("id", h.scenario().id());
            if (h.scenario().path() != null) {
                g.writeStringField("path", h.scenario().path());
            }
            g.writeStringField("sha256", h.scenario().sha256());
            if (h.scenario().embedded() != null) {
                g.writeFieldName("embedded");
                MAPPER.writeTree(g, h.scenario().embedded());
            }
            g.writeEndObject();
            g.writeFieldName("parameters");
            MAPPER.writeTree(g, h.parameters());
            g.writeNumberField("seed", h.seed());
            g.writeNumberField("replication", h.replication());
            g.writeArrayFieldStart("roles");
            for (JournalHeader.RoleCast c : h.roles()) {
                g.writeStartObject();
                g.writeStringField("role", c.role());
                g.writeStringField("player", c.player());
                if (c.person() != null) {
                    g.writeStringField("person", c.person());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (h.startPhase() != null) {
                g.writeStringField("startPhase", h.startPhase());
            }
            if (h.fork() != null) {
                g.writeObjectFieldStart("fork");
                g.writeStringField("parent", h.fork().parent());
                g.writeStringField("parentSha256", h.fork().parentSha256());
                g.writeStringField("at", h.fork().at());
                g.writeNumberField("atTs", h.fork().atTs());
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seal(out.toByteArray());
    }

    /** Appends the crc field and the newline to a JSON object's bytes (an object with at least one field). */
    static byte[] seal(byte[] body) {
        int n = body.length;
        if (n < 3 || body[n - 1] != '}') {
            throw new IllegalArgumentException("not a non-empty JSON object");
        }
        CRC32C crc = new CRC32C();
        crc.update(body, 0, n);
        long value = crc.getValue();
        byte[] line = new byte[n - 1 + CRC_SUFFIX + 1];
        System.arraycopy(body, 0, line, 0, n - 1);
        int p = n - 1;
        System.arraycopy(CRC_PREFIX, 0, line, p, CRC_PREFIX.length);
        p += CRC_PREFIX.length;
        for (int shift = 28; shift >= 0; shift -= 4) {
            line[p++] = HEX[(int) (value >>> shift) & 0xf];
        }
        line[p++] = '"';
        line[p++] = '}';
        line[p] = '\n';
        return line;
    }

    // ---------------------------------------------------------------------------------------------
    // decoding

    /**
     * Checks the crc of one line (bytes {@code [start, end)}, the newline excluded) and parses it.
     *
     * @return the parsed object
     * @throws LineDamage if the crc is missing or wrong or the line is not a JSON object
     */
    static ObjectNode verify(byte[] buf, int start, int end) throws LineDamage {
        int n = end - start;
        int c = end - CRC_SUFFIX;
        if (n < CRC_SUFFIX + 1 || !crcSuffixAt(buf, c) || buf[start] != '{') {
            throw new LineDamage("no crc field at its end");
        }
        long stored = 0;
        for (int i = c + CRC_PREFIX.length; i < c + CRC_PREFIX.length + 8; i++) {
            int d = Character.digit(buf[i], 16);
            if (d < 0 || Character.isUpperCase(buf[i])) {
                throw new LineDamage("no crc field at its end");
            }
            stored = (stored << 4) | d;
        }
        CRC32C crc = new CRC32C();
        crc.update(buf, start, c - start);
        crc.update('}');
        if (crc.getValue() != stored) {
            throw new LineDamage(String.format("checksum mismatch (crc %08x written, %08x computed)",
                stored, crc.getValue()));
        }
        try {
            JsonNode node = MAPPER.readTree(buf, start, n);
            if (node == null || !node.isObject()) {
                throw new LineDamage("not a JSON object");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new LineDamage("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new LineDamage("unreadable: " + e.getMessage());
        }
    }

    private static boolean crcSuffixAt(byte[] buf, int c) {
        for (int i = 0; i < CRC_PREFIX.length; i++) {
            if (buf[c + i] != CRC_PREFIX[i]) {
                return false;
            }
        }
        return buf[c + CRC_PREFIX.length + 8] == '"' && buf[c + CRC_PREFIX.length + 9] == '}';
    }

    /** The record in a verified line. */
    static JournalRecord toRecord(ObjectNode o) throws LineDamage {
        JsonNode params = o.get("params");
        if (params == null || !params.isObject()) {
            throw new LineDamage("field 'params' missing or not an object");
        }
        return new JournalRecord(text(o, "t"), number(o, "ts"), number(o, "seq"), number(o, "afterEvents"),
            text(o, "actor"), text(o, "type"), params, outcome(o));
    }

    private static Outcome outcome(ObjectNode o) throws LineDamage {
        JsonNode out = o.get("outcome");
        if (out == null || !out.isObject()) {
            throw new LineDamage("field 'outcome' missing or not an object");
        }
        String status = text((ObjectNode) out, "status");
        if (status.equals("accepted")) {
            return Outcome.ACCEPTED;
        }
        if (status.equals("rejected")) {
            return Outcome.rejected(text((ObjectNode) out, "reason"));
        }
        throw new LineDamage("field 'outcome.status' is '" + status + "', expected 'accepted' or 'rejected'");
    }

    /** The header in a verified line 1. */
    static JournalHeader toHeader(ObjectNode o) throws LineDamage {
        JsonNode sc = o.get("scenario");
        if (sc == null || !sc.isObject()) {
            throw new LineDamage("field 'scenario' missing or not an object");
        }
        ObjectNode s = (ObjectNode) sc;
        JournalHeader.ScenarioRef scenario = new JournalHeader.ScenarioRef(text(s, "id"), optText(s, "path"),
            text(s, "sha256"), s.get("embedded"));
        JsonNode parameters = o.get("parameters");
        if (parameters != null && !parameters.isObject()) {
            throw new LineDamage("field 'parameters' is not an object");
        }
        List<JournalHeader.RoleCast> roles = new ArrayList<>();
        JsonNode rs = o.get("roles");
        if (rs != null) {
            if (!rs.isArray()) {
                throw new LineDamage("field 'roles' is not a list");
            }
            for (JsonNode r : rs) {
                if (!r.isObject()) {
                    throw new LineDamage("an entry of 'roles' is not an object");
                }
                String player = text((ObjectNode) r, "player");
                if (!List.of("person", "facilitator", "doctrine").contains(player)) {
                    throw new LineDamage("field 'roles.player' is '" + player
                        + "', expected person, facilitator or doctrine");
                }
                roles.add(new JournalHeader.RoleCast(text((ObjectNode) r, "role"), player,
                    optText((ObjectNode) r, "person")));
            }
        }
        JournalHeader.ForkOrigin fork = null;
        JsonNode f = o.get("fork");
        if (f != null) {
            if (!f.isObject()) {
                throw new LineDamage("field 'fork' is not an object");
            }
            ObjectNode fo = (ObjectNode) f;
            fork = new JournalHeader.ForkOrigin(text(fo, "parent"), text(fo, "parentSha256"), text(fo, "at"),
                number(fo, "atTs"));
        }
        long replication = number(o, "replication");
        return new JournalHeader((int) number(o, "format"), text(o, "program"), scenario, parameters,
            number(o, "seed"), (int) replication, roles, optText(o, "startPhase"), fork);
    }

    private static String text(ObjectNode o, String field) throws LineDamage {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) {
            throw new LineDamage("field '" + field + "' missing or not a string");
        }
        return v.textValue();
    }

    private static String optText(ObjectNode o, String field) throws LineDamage {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new LineDamage("field '" + field + "' is not a string");
        }
        return v.textValue();
    }

    private static long number(ObjectNode o, String field) throws LineDamage {
        JsonNode v = o.get(field);
        if (v == null || !v.canConvertToExactIntegral() || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new LineDamage("field '" + field + "' missing or not a whole number");
        }
        return v.longValue();
    }

    /** Field names of an object, in file order (for messages). */
    static String fieldsOf(ObjectNode o) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext();) {
            sb.append(sb.length() == 0 ? "" : ", ").append(it.next().getKey());
        }
        return sb.toString();
    }

    /** Why a line cannot be used. */
    static final class LineDamage extends Exception {
        private static final long serialVersionUID = 1L;

        LineDamage(String message) {
            super(message, null, false, false);
        }
    }
}
