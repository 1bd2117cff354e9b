package org.lixiang.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An attachment the caller may download: its name, the content type recognised at upload, its
 * size, and its bytes, opened only when the response is written.
 */
public record AttachmentDownload(String name, String contentType, long size, Content content) {

    /** Opens the stored bytes; the caller closes the stream. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public InputStream openStream() throws IOException {
        return content.open();
    }

    /** The {@code Content-Disposition} header value that makes the browser save this file. */
    public String contentDisposition() {
        return contentDisposition(name);
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>}
     * (RFC 6266 / RFC 8187). Browsers use the UTF-8 form, so Chinese names survive; old clients
     * get the fallback. Neither form can carry a quote, a backslash, CR or LF, so a name cannot
     * end the header or add another one.
     */
    public static String contentDisposition(String fileName) {
        String name = fileName == null ? "" : fileName;
        StringBuilder fallback = new StringBuilder(name.length());
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder(name.length() * 3);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }

    /** RFC 8187 attr-char: letters, digits and !#$&+-.^_`|~ go unencoded. */
    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
