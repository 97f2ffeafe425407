package nl.paraat.scenario.msel;

import java.util.List;

/**
 * A table of text: a header row and the data rows under it, as read from or written to a spreadsheet file.
 *
 * @param header the column names, from the first column on
 * @param rows   the data rows in file order (blank rows included, so row numbers stay those of the file)
 */
public record Sheet(List<String> header, List<SheetRow> rows) {
    public Sheet {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** A sheet from plain rows; the header is row 1 and data rows are numbered from 2. */
    public static Sheet of(List<String> header, List<List<String>> rows) {
        List<SheetRow> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            numbered.add(new SheetRow(i + 2, rows.get(i)));
        }
        return new Sheet(header, numbered);
    }
}
