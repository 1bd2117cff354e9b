package org.lixiang.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Recognises an uploaded file by its first bytes (and, for Office files, by the entries of its
 * ZIP archive), never by its name or the type the browser sent: a renamed executable or a plain
 * ZIP is not one of the allowed types.
 */
final class FileTypeSniffer {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORD_DOCUMENT = "word/document.xml";
    private static final String EXCEL_WORKBOOK = "xl/workbook.xml";

    private FileTypeSniffer() {
    }

    /** The file's type when it is one of the allowed ones; empty otherwise (also when unreadable). */
    static Optional<FileType> sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG.length);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        if (startsWith(head, PDF)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileType.JPEG);
        }
        if (startsWith(head, ZIP)) {
            return officeDocument(file);
        }
        return Optional.empty();
    }

    /** Reads only the ZIP's central directory (entry names), nothing is decompressed. */
    private static Optional<FileType> officeDocument(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry(CONTENT_TYPES) == null) {
                return Optional.empty();
            }
            if (zip.getEntry(WORD_DOCUMENT) != null) {
                return Optional.of(FileType.DOCX);
            }
            if (zip.getEntry(EXCEL_WORKBOOK) != null) {
                return Optional.of(FileType.XLSX);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException notAZip) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
