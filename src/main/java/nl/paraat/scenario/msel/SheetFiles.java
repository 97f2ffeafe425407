package nl.paraat.scenario.msel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads and writes sheets as .xlsx or .csv files, chosen by the file name's extension. */
public final class SheetFiles {
    private SheetFiles() {
    }

    /** The two file kinds. */
    public enum Kind {
        XLSX, CSV;

        /**
         * The kind for a file name.
         *
         * @throws SheetException for any other extension
         */
        public static Kind of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".xlsm")) {
                return XLSX;
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return CSV;
            }
            throw new SheetException(file + ": expected a spreadsheet file ending in .xlsx or .csv");
        }
    }

    /** Reads a sheet from a file. */
    public static Sheet read(Path file) {
        Kind kind = Kind.of(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SheetException(file + ": no such file");
        } catch (IOException e) {
            throw new SheetException(file + ": cannot read the file: " + e.getMessage(), e);
        }
        return kind == Kind.XLSX ? XlsxSheet.read(bytes, file.toString()) : ExcelCsv.read(bytes, file.toString());
    }

    /** Writes a sheet to a file, with the layout for .xlsx. */
    public static void write(Path file, Sheet sheet, XlsxSheet.Layout layout) {
        Kind kind = Kind.of(file);
        byte[] bytes = kind == Kind.XLSX ? XlsxSheet.write(sheet, layout) : ExcelCsv.write(sheet);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new SheetException(file + ": cannot write the file: " + e.getMessage(), e);
        }
    }
}
