package org.lixiang.proposal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small files of every kind an upload may bring, made on the spot (nothing binary in the repository). */
public final class TestFiles {

    public static final String MINIMAL_PDF = """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """;

    private TestFiles() {
    }

    public static Path pdf(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), MINIMAL_PDF, StandardCharsets.US_ASCII);
    }

    /** A PDF header followed by zeros up to {@code size} bytes; sparse, so it costs no disk. */
    public static Path sparsePdf(Path dir, String name, long size) throws IOException {
        Path file = pdf(dir, name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    public static Path png(Path dir, String name) throws IOException {
        return image(dir, name, "png");
    }

    public static Path jpeg(Path dir, String name) throws IOException {
        return image(dir, name, "jpg");
    }

    private static Path image(Path dir, String name, String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xC8102E);
        Path file = dir.resolve(name);
        if (!ImageIO.write(image, format, file.toFile())) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return file;
    }

    public static Path docx(Path dir, String name) throws IOException {
        return zip(dir, name,
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
                "word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>项目申报书</w:t></w:r></w:p></w:body></w:document>");
    }

    public static Path xlsx(Path dir, String name) throws IOException {
        return zip(dir, name,
                "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>",
                "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"/>",
                "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
    }

    public static Path plainZip(Path dir, String name) throws IOException {
        return zip(dir, name, "readme.txt", "just a zip");
    }

    /** A Windows executable's header (MZ … PE). */
    public static Path exe(Path dir, String name) throws IOException {
        byte[] bytes = new byte[256];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3C] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return Files.write(dir.resolve(name), bytes);
    }

    /** A Linux executable's header (ELF). */
    public static Path elf(Path dir, String name) throws IOException {
        byte[] bytes = new byte[64];
        bytes[0] = 0x7F;
        bytes[1] = 'E';
        bytes[2] = 'L';
        bytes[3] = 'F';
        bytes[4] = 2;
        return Files.write(dir.resolve(name), bytes);
    }

    /** Entries as name, content, name, content, … */
    public static Path zip(Path dir, String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
