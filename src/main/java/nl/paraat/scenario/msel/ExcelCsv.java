package nl.paraat.scenario.msel;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel writes and reads it in the Netherlands: cells separated by {@code ;}, a cell quoted with
 * {@code "} when it holds the separator, a quote or a line break (a quote inside doubled), rows ended by
 * CR LF, UTF-8 with a byte-order mark so Excel opens é, ë and € correctly. Cells with a comma or a tab are
 * quoted too, so a reader that guesses the separator from the header row always finds {@code ;}.
 *
 * <p>Reading is lenient in what Excel and other programs produce: UTF-8 with or without byte-order mark,
 * Windows-1252 (see {@link TextDecoding}), an Excel {@code sep=;} first line, a separator of {@code ;},
 * tab or {@code ,} (detected on the header row), and line ends CR LF, LF or CR.
 */
public final class ExcelCsv {
    /** The separator Excel uses with Dutch regional settings. */
    public static final char SEPARATOR = ';';
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ExcelCsv() {
    }

    // ---------------------------------------------------------------------------------------------
    // writing

    /** The sheet as CSV bytes: UTF-8 with byte-order mark, {@code ;}, CR LF. */
    public static byte[] write(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        appendRow(sb, sheet.header());
        for (SheetRow row : sheet.rows()) {
            appendRow(sb, row.cells());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(sb.length() + 16);
        out.writeBytes(UTF8_BOM);
        out.writeBytes(sb.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void appendRow(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            appendCell(sb, cells.get(i));
        }
        sb.append("\r\n");
    }

    private static void appendCell(StringBuilder sb, String cell) {
        if (!needsQuotes(cell)) {
            sb.append(cell);
            return;
        }
        sb.append('"');
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        sb.append('"');
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == SEPARATOR || c == '"' || c == '\n' || c == '\r' || c == ',' || c == '\t') {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------
    // reading

    /**
     * Reads CSV bytes. The first row is the header; data rows keep the row numbers Excel would show
     * (blank rows included).
     *
     * @param source the file name for messages
     * @throws SheetException for a quoted cell that is never closed, or a file without a header row
     */
    public static Sheet read(byte[] bytes, String source) {
        String text = TextDecoding.decode(bytes).text();
        int start = 0;
        char separator;
        int firstRow = 1;
        if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
            separator = text.charAt(4);
            start = lineEnd(text, 5);
            firstRow = 2;
        } else {
            separator = detectSeparator(text);
        }
        List<List<String>> records = new Parser(text, start, separator, source, firstRow).records();
        if (records.isEmpty()) {
            throw new SheetException(source + ": the file is empty; expected a header row with column names");
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new SheetRow(firstRow + i, records.get(i)));
        }
        return new Sheet(records.get(0), rows);
    }

    /** The index just past the line end that follows {@code from}. */
    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    /** {@code ;} unless the first row has no {@code ;} outside quotes but has a tab or a comma. */
    static char detectSeparator(String text) {
        int semicolons = 0;
        int tabs = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        if (semicolons > 0) {
            return ';';
        }
        if (tabs > 0) {
            return '\t';
        }
        return commas > 0 ? ',' : SEPARATOR;
    }

    /** A small state machine over the text: cells, quoted cells, line ends. */
    private static final class Parser {
        private final String text;
        private final char separator;
        private final String source;
        private final int firstRow;
        private int pos;

        Parser(String text, int start, char separator, String source, int firstRow) {
            this.text = text;
            this.pos = start;
            this.separator = separator;
            this.source = source;
            this.firstRow = firstRow;
        }

        List<List<String>> records() {
            List<List<String>> records = new ArrayList<>();
            while (pos < text.length()) {
                records.add(record(firstRow + records.size()));
            }
            return records;
        }

        /** One record, consuming its line end. */
        private List<String> record(int rowNumber) {
            List<String> cells = new ArrayList<>();
            while (true) {
                cells.add(cell(rowNumber));
                if (pos >= text.length()) {
                    return cells;
                }
                char c = text.charAt(pos);
                if (c == separator) {
                    pos++;
                    continue;
                }
                // a line end
                pos++;
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                return cells;
            }
        }

        /** One cell, stopping before the separator or line end that ends it. */
        private String cell(int rowNumber) {
            StringBuilder sb = new StringBuilder();
            if (pos < text.length() && text.charAt(pos) == '"') {
                pos++;
                while (true) {
                    if (pos >= text.length()) {
                        throw new SheetException(source + ": row " + rowNumber
                            + ": a cell that starts with a quote (\") is never closed; check the quotes in that row");
                    }
                    char c = text.charAt(pos++);
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            sb.append('"');
                            pos++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
            }
            // unquoted text, or text after a closing quote (kept as Excel does)
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == separator || c == '\n' || c == '\r') {
                    break;
                }
                sb.append(c);
                pos++;
            }
            return sb.toString();
        }
    }
}
