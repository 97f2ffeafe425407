package nl.paraat.scenario.msel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The exported workbook is readable by a facilitator: styled frozen header, widths, wrapped text cells. */
class XlsxLayoutTest {
    @Test
    void headerIsStyledAndFrozenAndCellsWrapAsText() throws Exception {
        Scenario s = ScenarioFiles.load("mini.json");
        MselExport export = new MselExport(s, MselLanguage.NL, MselRoundTripTest.CATALOG);
        byte[] bytes = XlsxSheet.write(export.sheet(), export.layout());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = wb.getSheet("MSEL");
            assertNotNull(sheet);
            assertEquals("Rollen", wb.getSheetName(1));
            assertEquals("Doelstellingen", wb.getSheetName(2));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(1, sheet.getPaneInformation().getVerticalSplitPosition());
            Row head = sheet.getRow(0);
            assertEquals("Nr.", head.getCell(0).getStringCellValue());
            assertTrue(wb.getFontAt(head.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(60 * 256, sheet.getColumnWidth(4), "text column width");
            Cell text = sheet.getRow(1).getCell(4);
            assertEquals(CellType.STRING, text.getCellType());
            assertTrue(text.getCellStyle().getWrapText());
            assertEquals("@", text.getCellStyle().getDataFormatString());
            assertNotNull(sheet.getCTWorksheet().getAutoFilter());
            assertEquals(s.injects().size(), sheet.getLastRowNum());
        }
    }
}
