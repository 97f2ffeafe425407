package nl.paraat.scenario.msel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.scenario.Trigger;
import org.junit.jupiter.api.Test;

class MselImportTest {
    private final Scenario base = ScenarioFiles.load("mini.json");

    private MselImport.Result read(Sheet sheet) {
        return new MselImport(base, MselRoundTripTest.CATALOG, ScenarioFiles.LOADER).read(sheet, "m.csv", "new.json");
    }

    private Sheet exported(MselLanguage l) {
        return new MselExport(base, l, MselRoundTripTest.CATALOG).sheet();
    }

    /** The exported sheet with one cell changed (row = sheet row number, 2 = first inject). */
    private static Sheet with(Sheet s, int rowNumber, String header, String value) {
        int c = s.header().indexOf(header);
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow r : s.rows()) {
            if (r.number() == rowNumber) {
                List<String> cells = new ArrayList<>(r.cells());
                cells.set(c, value);
                rows.add(new SheetRow(r.number(), cells));
            } else {
                rows.add(r);
            }
        }
        return new Sheet(s.header(), rows);
    }

    /** The sheet with its columns in reverse order and one unknown column added. */
    private static Sheet reversedWithExtra(Sheet s, String extraHeader, String extraValue) {
        List<String> header = new ArrayList<>(s.header());
        java.util.Collections.reverse(header);
        header.add(1, extraHeader);
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow r : s.rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            while (cells.size() < s.header().size()) {
                cells.add("");
            }
            java.util.Collections.reverse(cells);
            cells.add(1, r.number() == 2 ? extraValue : "");
            rows.add(new SheetRow(r.number(), cells));
        }
        return new Sheet(header, rows);
    }

    @Test
    void englishHeadersInAnyOrderAndUnknownColumnsKeptAsNotes() {
        Sheet s = reversedWithExtra(exported(MselLanguage.EN), "Kleur", "rood");
        s = with(s, 2, "Status / remarks", "delivered");
        MselImport.Result r = read(s);
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        Inject t1 = r.scenario().injects().get(0);
        assertEquals("Start of the storyline.\nStatus / remarks: delivered\nKleur: rood", t1.notes());
        assertEquals(base.injects().get(1), r.scenario().injects().get(1));
        assertEquals(List.of("rot", "prorail"), t1.recipients());
    }

    @Test
    void recipientsByIdOrDutchOrEnglishNameAndCommas() {
        MselImport.Result r = read(with(exported(MselLanguage.NL), 2, "Aan", "rot\nProRail, nctv ; ghor"));
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        assertEquals(List.of("rot", "prorail", "nctv", "ghor"), r.scenario().injects().get(0).recipients());
    }

    @Test
    void leftOutColumnsKeepTheBaseInjectsValues() {
        Sheet full = exported(MselLanguage.NL);
        List<String> keep = List.of("Nr.", "Scenariotijd", "Titel");
        List<List<String>> rows = new ArrayList<>();
        for (SheetRow row : full.rows()) {
            rows.add(keep.stream().map(h -> row.cell(full.header().indexOf(h))).toList());
        }
        Sheet s = with(Sheet.of(keep, rows), 2, "Titel", "Nieuwe titel");
        s = with(s, 2, "Scenariotijd", "d-1  23:30");
        MselImport.Result r = read(s);
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        Inject t1 = r.scenario().injects().get(0);
        assertEquals("Nieuwe titel", t1.title().nl());
        assertEquals("Cable cut", t1.title().en());
        assertEquals(base.time().parse("D-1 23:30"), ((Trigger.At) t1.trigger()).time());
        assertEquals(base.injects().get(0).expectedActions(), t1.expectedActions());
        assertEquals(base.injects().subList(1, 4), r.scenario().injects().subList(1, 4));
    }

    @Test
    void everyBadRowIsReportedWithRowAndColumnAndNothingIsMade() {
        Sheet s = exported(MselLanguage.NL);
        s = with(s, 2, "Aan", "ROT; Burgemeester");
        s = with(s, 3, "Trigger", "{\"condition\": {\"indicator\": ");
        s = with(s, 4, "Verwachte acties (JSON)", "[{\"role\":\"rot\",\"decision\":\"geen-besluit\",\"deadline\":\"1h\"}]");
        s = with(s, 5, "Scenariotijd", "morgen");
        s = with(s, 5, "Trigger", "");
        MselImport.Result r = read(s);
        assertFalse(r.ok());
        assertNull(r.scenario());
        assertNull(r.text());
        List<String> e = r.errors();
        assertEquals(4, e.size(), () -> String.join("\n", e));
        assertTrue(e.get(0).startsWith("m.csv:row 2, column \"Aan\": unknown role \"Burgemeester\""), e.get(0));
        assertTrue(e.get(1).startsWith("m.csv:row 3, column \"Trigger\": not valid JSON"), e.get(1));
        assertTrue(e.get(2).startsWith("m.csv:row 4, column \"Verwachte acties (JSON)\": "), e.get(2));
        assertTrue(e.get(2).contains("geen-besluit"), e.get(2));
        assertTrue(e.get(3).startsWith("m.csv:row 5, column \"Scenariotijd\": expected a time like"), e.get(3));
    }

    @Test
    void duplicateAndMissingKeyColumnsAreReportedOnTheHeaderRow() {
        Sheet dup = Sheet.of(List.of("Nr.", "Titel", "Title (Dutch)"), List.of(List.of("T1", "a", "b")));
        MselImport.Result r = read(dup);
        assertEquals(List.of("m.csv:row 1, column \"Title (Dutch)\": the column appears twice (also column B, \"Titel\"); keep one"),
            r.errors());
        MselImport.Result none = read(Sheet.of(List.of("Titel"), List.of(List.of("a"))));
        assertTrue(none.errors().get(0).startsWith("m.csv:row 1: no column with the inject number"), none.errors().get(0));
    }

    @Test
    void aNewInjectNeedsItsFieldsAndGetsThemChecked() {
        Sheet s = Sheet.of(List.of("Nr.", "Scenariotijd", "Titel", "Titel (Engels)", "Aan"),
            List.of(List.of("NIEUW", "D 01:00", "Nieuw", "", "ghor")));
        MselImport.Result r = read(s);
        assertFalse(r.ok());
        assertTrue(r.errors().contains("m.csv:row 2, column \"Titel (Engels)\": empty: every inject needs a title in English"),
            () -> String.join("\n", r.errors()));
    }

    @Test
    void editedSummaryAndCurlyQuotesGiveWarnings() {
        Sheet s = with(exported(MselLanguage.NL), 2, "Verwachte actie spelers", "Bel de burgemeester");
        s = with(s, 4, "Trigger", "{\u201cafterInject\u201d:\u201cT1\u201d}");
        MselImport.Result r = read(s);
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        assertEquals(2, r.warnings().size(), () -> String.join("\n", r.warnings()));
        assertTrue(r.scenario().injects().get(0).notes().endsWith("\nVerwachte actie spelers: Bel de burgemeester"));
        assertEquals(new Trigger.AfterInject("T1", 0), r.scenario().injects().get(2).trigger());
    }

    @Test
    void windows1252CsvIsRead() {
        Sheet s = with(exported(MselLanguage.NL), 2, "Titel", "Café ë €");
        String csv = new String(ExcelCsv.write(s), java.nio.charset.StandardCharsets.UTF_8).substring(1);
        Sheet back = ExcelCsv.read(csv.getBytes(TextDecoding.WINDOWS_1252), "m.csv");
        MselImport.Result r = read(back);
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        assertEquals("Café ë €", r.scenario().injects().get(0).title().nl());
    }
}
