package nl.paraat.exercise.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JournalCodecTest {
    private static JournalRecord record(int n) {
        RecordDraft d = Fixtures.draft(86_400 + 3_600 + 15, 17, "roaz-noord", n);
        return new JournalRecord(Fixtures.DTIME.apply(d.ts()), d.ts(), 7, d.afterEvents(), d.actor(), d.type(),
            d.params(), d.outcome());
    }

    @Test
    void recordLineHasTheDocumentedShapeAndCrc() throws Exception {
        byte[] line = JournalCodec.encode(record(4));
        String s = new String(line, StandardCharsets.UTF_8);
        assertTrue(s.startsWith("{\"t\":\"D+0 01:00:15\",\"ts\":90015,\"seq\":7,\"afterEvents\":17,"
            + "\"actor\":\"roaz-noord\",\"type\":\"decision.test\",\"params\":{\"n\":4,"), s);
        assertTrue(s.contains("\"outcome\":{\"status\":\"rejected\",\"reason\":\"geen capaciteit / no capacity\"},"
            + "\"crc\":\""), s);
        assertEquals(1, s.chars().filter(c -> c == '\n').count(), "one newline, at the end");
        assertTrue(s.endsWith("\"}\n"));
        // crc = CRC32C of the object without the crc field: the text before ,"crc":" plus a closing brace
        int cut = s.lastIndexOf(",\"crc\":\"");
        byte[] body = (s.substring(0, cut) + "}").getBytes(StandardCharsets.UTF_8);
        CRC32C c = new CRC32C();
        c.update(body);
        assertEquals(String.format("%08x", c.getValue()), s.substring(cut + 8, cut + 16));
        ObjectNode o = JournalCodec.verify(line, 0, line.length - 1);
        assertEquals(record(4), JournalCodec.toRecord(o));
    }

    @Test
    void headerRoundTrips() throws Exception {
        JournalHeader h = Fixtures.header();
        byte[] line = JournalCodec.encode(h);
        assertEquals(h, JournalCodec.toHeader(JournalCodec.verify(line, 0, line.length - 1)));
        JournalHeader fork = JournalHeader.of("0.1.0", h.scenario(), h.parameters(), 1, 3, h.roles(), null,
            new JournalHeader.ForkOrigin("ex.jsonl", "b".repeat(64), "D+1 08:00", 201_600));
        byte[] fl = JournalCodec.encode(fork);
        assertEquals(fork, JournalCodec.toHeader(JournalCodec.verify(fl, 0, fl.length - 1)));
    }

    @Test
    void acceptedOutcomeRoundTrips() throws Exception {
        byte[] line = JournalCodec.encode(record(3));
        assertEquals(Outcome.ACCEPTED, JournalCodec.toRecord(JournalCodec.verify(line, 0, line.length - 1)).outcome());
    }

    /** Every single-byte change anywhere in a line (except the newline) is detected. */
    @RepeatedTest(40)
    void crcDetectsSingleByteFlips(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(1000 + info.getCurrentRepetition());
        byte[] line = JournalCodec.encode(record(rnd.nextInt(100)));
        byte[] original = line.clone();
        for (int k = 0; k < 50; k++) {
            int pos = rnd.nextInt(line.length - 1);
            byte flip = (byte) (1 + rnd.nextInt(255));
            line[pos] ^= flip;
            assertThrows(JournalCodec.LineDamage.class, () -> JournalCodec.verify(line, 0, line.length - 1),
                () -> "undetected change at byte " + pos);
            line[pos] ^= flip;
        }
        assertArrayEquals(original, line);
    }

    @Test
    void aLineWithoutCrcIsDamage() {
        byte[] b = "{\"broken\": ".getBytes(StandardCharsets.UTF_8);
        JournalCodec.LineDamage d = assertThrows(JournalCodec.LineDamage.class, () -> JournalCodec.verify(b, 0, b.length));
        assertTrue(d.getMessage().contains("crc"));
    }
}
