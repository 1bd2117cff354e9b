package org.lixiang.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A PDF document in the portal's plain layout (A4, title, paragraphs, tables) written with the
 * bundled WenQuanYi Micro Hei font (文泉驿微米黑, Chinese, Latin and digits in one face), so
 * Chinese prints correctly whatever fonts the server or the reader has. The font is embedded as
 * a subset (Identity-H encoding with a ToUnicode map): the file carries only the glyphs it uses,
 * and its text can be searched and copied.
 */
public final class PdfReport {

    static final String FONT = "/fonts/wqy-microhei.ttc";
    private static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
    private static final Color HEADER = new Color(0xEE, 0xF1, 0xF5);
    private static final int ROWS_PER_CHUNK = 200;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Document document;
    private final Font titleFont;
    private final Font headingFont;
    private final Font bodyFont;
    private final Font smallFont;
    private final Font boldFont;

    private PdfReport(boolean landscape, String title) {
        BaseFont base = baseFont();
        // the font has one weight: Font.BOLD makes OpenPDF draw it stroked as well (simulated bold)
        titleFont = new Font(base, 16, Font.BOLD);
        headingFont = new Font(base, 12.5f, Font.BOLD);
        bodyFont = new Font(base, 10, Font.NORMAL);
        smallFont = new Font(base, 8.5f, Font.NORMAL, Color.DARK_GRAY);
        boldFont = new Font(base, 10, Font.BOLD);
        document = new Document(landscape ? PageSize.A4.rotate() : PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        document.addTitle(title);
        document.addCreator("Lixiang");
        HeaderFooter footer = new HeaderFooter(new Phrase("", smallFont), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        Paragraph heading = new Paragraph(title, titleFont);
        heading.setAlignment(Element.ALIGN_CENTER);
        heading.setSpacingAfter(12);
        add(heading);
    }

    /** Starts a document with its title on top. */
    public static PdfReport start(String title, boolean landscape) {
        return new PdfReport(landscape, title);
    }

    /**
     * A font object per document: the embedded subset is tracked per document, and a fresh
     * object keeps concurrent exports from sharing mutable state. The file's bytes are read once.
     */
    private static BaseFont baseFont() {
        try {
            // ",0": the collection's first face, WenQuanYi Micro Hei (the second is its monospaced twin)
            return BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    FontBytes.BYTES, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("bundled font " + FONT + " cannot be read", e);
        }
    }

    /** Loaded on first use only (a holder class), so the portal starts without reading 5 MB. */
    private static final class FontBytes {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PdfReport.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + FONT + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public PdfReport heading(String text) {
        Paragraph p = new Paragraph(text, headingFont);
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        return add(p);
    }

    public PdfReport paragraph(String text) {
        Paragraph p = new Paragraph(text == null ? "" : text, bodyFont);
        p.setSpacingAfter(4);
        return add(p);
    }

    public PdfReport note(String text) {
        return add(new Paragraph(text, smallFont));
    }

    /** Label/value pairs in two columns. */
    public PdfReport facts(List<String[]> pairs) {
        PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        for (String[] pair : pairs) {
            table.addCell(cell(pair[0], boldFont, HEADER));
            table.addCell(cell(pair[1], bodyFont, null));
        }
        return add(table);
    }

    /** A table with a header row repeated on every page; rows are added with {@link Table#row}. */
    public Table table(List<String> headers, float... relativeWidths) {
        return new Table(headers, relativeWidths);
    }

    public byte[] finish() {
        document.close();
        return out.toByteArray();
    }

    private PdfReport add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(4);
        cell.setBorderColor(RULE);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    /**
     * A long table, handed to the document in chunks (OpenPDF's incomplete-table mode), so a list
     * of thousands of rows does not sit in memory as one object.
     */
    public final class Table {

        private final PdfPTable table;
        private int pending;

        private Table(List<String> headers, float[] widths) {
            table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setComplete(false);
            table.setSpacingAfter(8);
            for (String h : headers) {
                table.addCell(cell(h, boldFont, HEADER));
            }
        }

        /** A row; cells marked as numbers by the caller are right-aligned with {@link #number}. */
        public Table row(Object... cells) {
            for (Object c : cells) {
                if (c instanceof Number n) {
                    PdfPCell cell = cell(n.toString(), bodyFont, null);
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(cell);
                } else if (c instanceof Amount a) {
                    PdfPCell cell = cell(a.text(), bodyFont, null);
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    table.addCell(cell);
                } else {
                    table.addCell(cell(c == null ? "" : c.toString(), bodyFont, null));
                }
            }
            if (++pending >= ROWS_PER_CHUNK) {
                add(table);
                pending = 0;
            }
            return this;
        }

        public PdfReport end() {
            table.setComplete(true);
            return add(table);
        }
    }

    /** Text shown right-aligned, like a number (an amount already formatted, a score). */
    public record Amount(String text) {
    }
}
