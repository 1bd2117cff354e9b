package org.lixiang.export;

import java.nio.charset.StandardCharsets;

/** A produced file: its name (as the browser saves it), content type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    /**
     * A file name from a base name (often a call's name, typed by an officer) and an extension:
     * letters and digits of any script are kept, anything that could confuse a file system or a
     * header becomes {@code _}.
     */
    public static String name(String base, String extension) {
        String cleaned = (base == null ? "" : base).replaceAll("[^\\p{L}\\p{N}._-]+", "_")
                .replaceAll("^[._]+", "");
        if (cleaned.length() > 80) {
            cleaned = cleaned.substring(0, 80);
        }
        return (cleaned.isEmpty() ? "export" : cleaned) + "." + extension;
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>}
     * (RFC 6266 / RFC 8187), so a Chinese name survives in every current browser.
     */
    public String contentDisposition() {
        StringBuilder fallback = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
