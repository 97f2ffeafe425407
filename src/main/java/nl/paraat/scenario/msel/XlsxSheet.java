package nl.paraat.scenario.msel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx) as sheets of text. Written for a facilitator: a styled, frozen header row with
 * a filter, set column widths, wrapped text, every cell stored as text so Excel does not turn
 * {@code D+1 08:00} or {@code 1-2} into something else. Reading takes the sheet named {@code MSEL} (else
 * the first), the first non-empty row as the header, and each cell's text as Excel shows it.
 */
public final class XlsxSheet {
    /** Name of the sheet with the injects. */
    public static final String SHEET_NAME = "MSEL";
    private static final int MAX_CELL = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private XlsxSheet() {
    }

    /**
     * How a written workbook looks.
     *
     * @param widths     column widths in characters, one per header column (missing: 16)
     * @param extraSheets further read-only sheets (e.g. the roles and objectives for reference), by name
     */
    public record Layout(List<Integer> widths, List<NamedSheet> extraSheets) {
        public Layout {
            widths = List.copyOf(widths);
            extraSheets = List.copyOf(extraSheets);
        }

        public static Layout plain() {
            return new Layout(List.of(), List.of());
        }
    }

    /** A further sheet of a workbook. */
    public record NamedSheet(String name, Sheet sheet, List<Integer> widths) {
        public NamedSheet {
            widths = List.copyOf(widths);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /** The sheet as an .xlsx workbook. */
    public static byte[] write(Sheet sheet, Layout layout) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            fill(wb, SHEET_NAME, sheet, layout.widths(), styles);
            for (NamedSheet extra : layout.extraSheets()) {
                fill(wb, extra.name(), extra.sheet(), extra.widths(), styles);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new SheetException("cannot write the workbook: " + e.getMessage(), e);
        }
    }

    private static void fill(Workbook wb, String name, Sheet sheet, List<Integer> widths, Styles styles) {
        org.apache.poi.ss.usermodel.Sheet s = wb.createSheet(name);
        Row head = s.createRow(0);
        for (int c = 0; c < sheet.header().size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(checked(sheet.header().get(c), 1, sheet.header().get(c)));
            cell.setCellStyle(styles.header);
        }
        int r = 1;
        for (SheetRow row : sheet.rows()) {
            Row xr = s.createRow(r++);
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = xr.createCell(c);
                String column = c < sheet.header().size() ? sheet.header().get(c) : "column " + (c + 1);
                cell.setCellValue(checked(row.cells().get(c), r, column));
                cell.setCellStyle(styles.body);
            }
        }
        for (int c = 0; c < sheet.header().size(); c++) {
            int chars = c < widths.size() ? widths.get(c) : 16;
            s.setColumnWidth(c, Math.min(255, chars) * 256);
            s.setDefaultColumnStyle(c, styles.body);
        }
        s.createFreezePane(1, 1);
        if (!sheet.header().isEmpty()) {
            s.setAutoFilter(new CellRangeAddress(0, Math.max(0, sheet.rows().size()), 0, sheet.header().size() - 1));
        }
    }

    private static String checked(String text, int row, String column) {
        if (text.length() > MAX_CELL) {
            throw new SheetException("row " + row + ", column \"" + column + "\": " + text.length()
                + " characters do not fit in an Excel cell (at most " + MAX_CELL + ")");
        }
        return text;
    }

    /** The cell styles of a workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle body;

        Styles(Workbook wb) {
            short textFormat = wb.createDataFormat().getFormat("@");
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(IndexedColors.WHITE.getIndex());
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setBorderBottom(BorderStyle.MEDIUM);
            header.setDataFormat(textFormat);
            body = wb.createCellStyle();
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);
            body.setDataFormat(textFormat);
            body.setBorderBottom(BorderStyle.HAIR);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /**
     * Reads a workbook (.xlsx, or the old .xls).
     *
     * @param source the file name for messages
     * @throws SheetException when the bytes are not a workbook or it has no header row
     */
    public static Sheet read(byte[] bytes, String source) {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet(SHEET_NAME);
            if (s == null) {
                if (wb.getNumberOfSheets() == 0) {
                    throw new SheetException(source + ": the workbook has no sheets");
                }
                s = wb.getSheetAt(0);
            }
            return read(s, wb.getCreationHelper().createFormulaEvaluator(), source);
        } catch (EncryptedDocumentException e) {
            throw new SheetException(source + ": the workbook is protected with a password; save it without one");
        } catch (IOException | RuntimeException e) {
            if (e instanceof SheetException se) {
                throw se;
            }
            throw new SheetException(source + ": not a readable Excel workbook (.xlsx): " + describe(e));
        }
    }

    private static Sheet read(org.apache.poi.ss.usermodel.Sheet s, FormulaEvaluator evaluator, String source) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<String> header = null;
        List<SheetRow> rows = new ArrayList<>();
        int last = s.getLastRowNum();
        for (int r = s.getFirstRowNum(); r <= last && r >= 0; r++) {
            List<String> cells = cells(s.getRow(r), formatter, evaluator);
            if (header == null) {
                if (cells.stream().anyMatch(x -> !x.isBlank())) {
                    header = cells;
                }
                continue;
            }
            rows.add(new SheetRow(r + 1, cells));
        }
        if (header == null) {
            throw new SheetException(source + ": sheet \"" + s.getSheetName()
                + "\" is empty; expected a header row with column names");
        }
        return new Sheet(header, rows);
    }

    private static List<String> cells(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        List<String> cells = new ArrayList<>();
        if (row == null || row.getLastCellNum() < 0) {
            return cells;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
        }
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isEmpty()) {
            n--;
        }
        return new ArrayList<>(cells.subList(0, n));
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "the file is damaged or of another kind";
        }
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }
}
