package nl.paraat.scenario.msel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/** Seeded round trips of random sheets through CSV and xlsx: what is written is what is read. */
class SheetRoundTripTest {
    private static final String[] PIECES = {
        "a", "Z", "7", " ", ";", "\"", "\n", "\r\n", "é", "ë", "€", ",", "\t", "'", "=", "ij", "Ü", "-", "{\"a\":1}",
        "D+2 08:00", "Brand in haven", "  ", "\u00a0",
    };

    @RepeatedTest(40)
    void csvRoundTrip(RepetitionInfo info) {
        Sheet sheet = randomSheet(new SplittableRandom(1000 + info.getCurrentRepetition()));
        Sheet back = ExcelCsv.read(ExcelCsv.write(sheet), "test.csv");
        assertEquals(sheet, back);
    }

    @RepeatedTest(15)
    void xlsxRoundTrip(RepetitionInfo info) {
        Sheet sheet = randomSheet(new SplittableRandom(2000 + info.getCurrentRepetition()));
        Sheet back = XlsxSheet.read(XlsxSheet.write(sheet, XlsxSheet.Layout.plain()), "test.xlsx");
        assertEquals(trimmed(sheet), back);
    }

    /** A sheet with a non-blank header and rows of random cells, some rows shorter or blank. */
    static Sheet randomSheet(SplittableRandom rnd) {
        int columns = 1 + rnd.nextInt(8);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add("Kolom " + c + randomText(rnd, 3));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = rnd.nextInt(12);
        for (int r = 0; r < n; r++) {
            List<String> row = new ArrayList<>();
            int width = rnd.nextInt(4) == 0 ? rnd.nextInt(columns + 1) : columns;
            for (int c = 0; c < Math.max(1, width); c++) {
                row.add(rnd.nextInt(5) == 0 ? "" : randomText(rnd, 12));
            }
            rows.add(row);
        }
        return Sheet.of(header, rows);
    }

    static String randomText(SplittableRandom rnd, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** What an xlsx reader returns: trailing empty cells dropped. */
    private static Sheet trimmed(Sheet sheet) {
        List<SheetRow> rows = new ArrayList<>();
        for (SheetRow r : sheet.rows()) {
            List<String> cells = new ArrayList<>(r.cells());
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(new SheetRow(r.number(), cells));
        }
        return new Sheet(sheet.header(), rows);
    }
}
