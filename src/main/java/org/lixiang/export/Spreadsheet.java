package org.lixiang.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written row by row (POI's SXSSF: only a window of rows stays in memory, the
 * rest goes to a temporary file), so a call with thousands of proposals exports in constant
 * memory.
 *
 * <p>Text is always written with {@code setCellValue(String)}, which makes a STRING cell: a title
 * an applicant typed as {@code =HYPERLINK(...)} or {@code @SUM(...)} stays text and is never a
 * formula (CSV/formula injection). Text that starts with a character spreadsheet programs read
 * as the start of a formula ({@code = + - @}, tab, carriage return) also gets the "quote prefix"
 * style, so Excel keeps it text even when someone edits the cell and presses Enter. Nothing here
 * ever calls {@code setCellFormula}; totals are computed by the caller and written as numbers.
 */
public final class Spreadsheet implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;
    private final SXSSFWorkbook book = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quotedText;
    private final CellStyle decimal;
    private final CellStyle integer;
    private final CellStyle bold;

    public Spreadsheet() {
        book.setCompressTempFiles(true);
        Font boldFont = book.createFont();
        boldFont.setBold(true);
        header = book.createCellStyle();
        header.setFont(boldFont);
        bold = book.createCellStyle();
        bold.setFont(boldFont);
        text = book.createCellStyle();
        quotedText = book.createCellStyle();
        quotedText.setQuotePrefixed(true);
        decimal = book.createCellStyle();
        decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        integer = book.createCellStyle();
        integer.setDataFormat(book.createDataFormat().getFormat("0"));
    }

    /** A new sheet, with a name Excel accepts (at most 31 characters, none of {@code []:*?/\}). */
    public Sheet sheet(String name) {
        return new Sheet(book.createSheet(WorkbookUtil.createSafeSheetName(name)));
    }

    /** Would a spreadsheet program read this text as a formula when typed into a cell? */
    static boolean looksLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        return out.toByteArray();
    }

    /** Removes the temporary files of the rows already flushed. */
    @Override
    public void close() throws IOException {
        book.close();
    }

    /** One sheet, filled from the top: optional title lines, a header row, then data rows. */
    public final class Sheet {

        private final SXSSFSheet sheet;
        private int next;

        private Sheet(SXSSFSheet sheet) {
            this.sheet = sheet;
        }

        /** Column widths in characters, from the first column on (SXSSF cannot auto-size what it has flushed). */
        public Sheet widths(int... characters) {
            for (int i = 0; i < characters.length; i++) {
                sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
            }
            return this;
        }

        /** A line of text in the first column (a title or a note above the table), in bold. */
        public Sheet title(String line) {
            Cell cell = sheet.createRow(next++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(looksLikeFormula(line) ? quotedText : bold);
            return this;
        }

        public Sheet blank() {
            next++;
            return this;
        }

        /** The header row; it stays visible while scrolling. */
        public Sheet header(List<String> names) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < names.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(names.get(i));
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, next);
            return this;
        }

        /**
         * A data row: {@code null} leaves the cell empty; numbers become numeric cells (decimals
         * with two places); anything else is written as text via {@link Object#toString()}.
         */
        public Sheet row(Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                if (value instanceof BigDecimal d) {
                    cell.setCellValue(d.doubleValue());
                    cell.setCellStyle(decimal);
                } else if (value instanceof Integer || value instanceof Long) {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(integer);
                } else {
                    String s = value.toString();
                    // always setCellValue(String): a STRING cell, never a formula (see the class comment)
                    cell.setCellValue(s);
                    cell.setCellStyle(looksLikeFormula(s) ? quotedText : text);
                }
            }
            return this;
        }

        /** Rows written so far (title lines included). */
        public int rowCount() {
            return next;
        }
    }
}
