package nl.paraat.scenario.msel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {
    @Test
    void writesBomSemicolonsQuotesAndCrLf() {
        Sheet s = Sheet.of(List.of("Nr.", "Tekst"), List.of(List.of("1", "a;b \"c\"\nd"), List.of("2", "€ é")));
        byte[] bytes = ExcelCsv.write(s);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Nr.;Tekst\r\n1;\"a;b \"\"c\"\"\nd\"\r\n2;€ é\r\n", text);
    }

    @Test
    void readsWindows1252() {
        byte[] bytes = "Nr.;Titel\r\n1;Caf\u00e9 \u00eb \u20ac\r\n".getBytes(TextDecoding.WINDOWS_1252);
        Sheet s = ExcelCsv.read(bytes, "x.csv");
        assertEquals("Caf\u00e9 \u00eb \u20ac", s.rows().get(0).cell(1));
        assertEquals(TextDecoding.WINDOWS_1252, TextDecoding.decode(bytes).charset());
    }

    @Test
    void readsUtf8WithoutBomAndLfLineEnds() {
        byte[] bytes = "Nr.;Titel\n1;Caf\u00e9 \u20ac\n2;x".getBytes(StandardCharsets.UTF_8);
        Sheet s = ExcelCsv.read(bytes, "x.csv");
        assertEquals(List.of("Nr.", "Titel"), s.header());
        assertEquals("Caf\u00e9 \u20ac", s.rows().get(0).cell(1));
        assertEquals(List.of("2", "x"), s.rows().get(1).cells());
        assertEquals(3, s.rows().get(1).number());
    }

    @Test
    void readsExcelSepLineAndKeepsRowNumbers() {
        byte[] bytes = "sep=;\r\nNr.;Titel\r\n1;\"twee\r\nregels\"\r\n\r\n3;c\r\n".getBytes(StandardCharsets.UTF_8);
        Sheet s = ExcelCsv.read(bytes, "x.csv");
        assertEquals(List.of("Nr.", "Titel"), s.header());
        assertEquals("twee\r\nregels", s.rows().get(0).cell(1));
        assertEquals(3, s.rows().get(0).number());
        assertTrue(s.rows().get(1).blank());
        assertEquals(5, s.rows().get(2).number());
    }

    @Test
    void detectsCommaAndTabSeparatorsOnTheHeader() {
        assertEquals(',', ExcelCsv.detectSeparator("a,b\r\n1;2"));
        assertEquals('\t', ExcelCsv.detectSeparator("a\tb,c"));
        assertEquals(';', ExcelCsv.detectSeparator("\"a,b\";c"));
        assertEquals(';', ExcelCsv.detectSeparator("enkel"));
    }

    @Test
    void unclosedQuoteNamesTheRow() {
        byte[] bytes = "Nr.;Titel\r\n1;a\r\n2;\"open\r\n3;b\r\n".getBytes(StandardCharsets.UTF_8);
        SheetException e = assertThrows(SheetException.class, () -> ExcelCsv.read(bytes, "m.csv"));
        assertEquals("m.csv: row 3: a cell that starts with a quote (\") is never closed; check the quotes in that row",
            e.getMessage());
    }

    @Test
    void emptyFileIsAnError() {
        SheetException e = assertThrows(SheetException.class, () -> ExcelCsv.read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "e.csv"));
        assertTrue(e.getMessage().startsWith("e.csv: the file is empty"));
    }
}
