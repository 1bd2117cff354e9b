package org.lixiang.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

/** Text never becomes a formula; numbers stay numbers; many rows stream. */
class SpreadsheetTest {

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsAQuotedString() throws Exception {
        List<String> dangerous = List.of("=HYPERLINK(\"http://evil.example\",\"点击\")", "+1+2", "-2+3", "@SUM(A1:A2)",
                "\t=1+1", "=1+1");
        byte[] bytes;
        try (Spreadsheet book = new Spreadsheet()) {
            Spreadsheet.Sheet sheet = book.sheet("测试").header(List.of("标题", "金额"));
            for (String text : dangerous) {
                sheet.row(text, new BigDecimal("1234.50"));
            }
            sheet.row("普通标题", 7L);
            bytes = book.toBytes();
        }
        try (Workbook read = ExportFiles.workbook(new ExportFile("t.xlsx", ExportFile.XLSX, bytes))) {
            Sheet sheet = read.getSheet("测试");
            for (int i = 0; i < dangerous.size(); i++) {
                Cell cell = sheet.getRow(i + 1).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(dangerous.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(dangerous.get(i)).isTrue();
                assertThat(sheet.getRow(i + 1).getCell(1).getNumericCellValue()).isEqualTo(1234.5);
            }
            Row plain = sheet.getRow(dangerous.size() + 1);
            assertThat(plain.getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(plain.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            ExportFiles.assertNoFormula(read);
        }
    }

    @Test
    void thousandsOfRowsStreamThroughASmallWindow() throws Exception {
        byte[] bytes;
        try (Spreadsheet book = new Spreadsheet()) {
            Spreadsheet.Sheet sheet = book.sheet("rows").header(List.of("n"));
            for (int i = 0; i < 5000; i++) {
                sheet.row("行" + i, i);
            }
            bytes = book.toBytes();
        }
        try (Workbook read = ExportFiles.workbook(new ExportFile("t.xlsx", ExportFile.XLSX, bytes))) {
            assertThat(read.getSheetAt(0).getLastRowNum()).isEqualTo(5000);
            assertThat(read.getSheetAt(0).getRow(5000).getCell(0).getStringCellValue()).isEqualTo("行4999");
        }
    }

    @Test
    void fileNamesKeepChineseAndDropWhatCouldBreakAPathOrAHeader() {
        assertThat(ExportFile.name("申报项目_2026年度/第一批\"x", "xlsx")).isEqualTo("申报项目_2026年度_第一批_x.xlsx");
        assertThat(ExportFile.name("../..", "pdf")).isEqualTo("export.pdf");
        ExportFile f = new ExportFile("公示名单.pdf", ExportFile.PDF, new byte[0]);
        assertThat(f.contentDisposition()).isEqualTo(
                "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E5%85%AC%E7%A4%BA%E5%90%8D%E5%8D%95.pdf");
    }

    @Test
    void aPdfCarriesChineseTextInItsEmbeddedFont() {
        PdfReport pdf = PdfReport.start("科技计划项目立项公示名单", false);
        pdf.paragraph("预应力碳纤维在桥梁受弯构件加固中的应用研究");
        PdfReport.Table table = pdf.table(List.of("序号", "项目名称"), 1, 4);
        for (int i = 1; i <= 450; i++) {
            table.row(String.valueOf(i), "沥青热再生技术推广应用" + i);
        }
        table.end();
        ExportFile file = new ExportFile("a.pdf", ExportFile.PDF, pdf.finish());
        String text = ExportFiles.pdfText(file);
        assertThat(text).contains("科技计划项目立项公示名单", "预应力碳纤维在桥梁受弯构件加固中的应用研究", "沥青热再生技术推广应用450");
        String raw = new String(file.content(), java.nio.charset.StandardCharsets.ISO_8859_1);
        // embedded as a subset (a six-letter tag before the name), not the whole 4 MB font
        assertThat(raw).containsPattern("/FontName\\s*/[A-Z]{6}\\+");
        assertThat(file.content().length).isLessThan(1_000_000);
    }
}
