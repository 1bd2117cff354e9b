package org.lixiang.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens produced files the way a reader would: the workbook with POI, the PDF's text with OpenPDF's extractor. */
public final class ExportFiles {

    private ExportFiles() {
    }

    public static Workbook workbook(ExportFile file) {
        assertThat(file.contentType()).isEqualTo(ExportFile.XLSX);
        assertThat(file.fileName()).endsWith(".xlsx");
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(file.content()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every cell's text (numbers in plain notation), indexed by row number (an empty list for a blank row). */
    public static List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            while (rows.size() < row.getRowNum()) {
                rows.add(List.of());
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.getLastCellNum(); i++) {
                Cell cell = row.getCell(i);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                        : cell.getStringCellValue());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The first row whose cells include the text. */
    public static Row rowWith(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + text + " in " + sheet.getSheetName());
    }

    /** No cell of the workbook is a formula. */
    public static void assertNoFormula(Workbook book) {
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    /** The text of every page. */
    public static String pdfText(ExportFile file) {
        assertThat(file.contentType()).isEqualTo(ExportFile.PDF);
        assertThat(new String(file.content(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try {
            PdfReader reader = new PdfReader(file.content());
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            reader.close();
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
