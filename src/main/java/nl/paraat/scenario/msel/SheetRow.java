package nl.paraat.scenario.msel;

import java.util.List;

/**
 * One row of a sheet as text cells.
 *
 * @param number the row number a spreadsheet program shows (1 = the first row of the file)
 * @param cells  the cells from the first column on; a row may be shorter or longer than the header
 */
public record SheetRow(int number, List<String> cells) {
    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The text of a cell, empty when the row does not reach it. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    /** True if every cell is empty or white space. */
    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
