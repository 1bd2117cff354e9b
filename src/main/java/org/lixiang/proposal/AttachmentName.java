package org.lixiang.proposal;

/**
 * The name an attachment is shown and downloaded under, made from what the browser sent: no
 * path, no control or invisible formatting characters (a right-to-left override could make
 * "exe.pdf" look like "fdp.exe"), at most 255 characters, ending with an extension of the type
 * its content really is, so the file opens in the right program once saved.
 */
final class AttachmentName {

    static final int MAX_LENGTH = 255;
    private static final String FALLBACK = "attachment";

    private AttachmentName() {
    }

    static String of(String original, FileType type) {
        String name = clean(original);
        if (name.isEmpty()) {
            name = FALLBACK;
        }
        String extension;
        if (type.matchesExtension(name)) {
            extension = name.substring(name.lastIndexOf('.'));
            name = name.substring(0, name.lastIndexOf('.'));
        } else {
            extension = "." + type.extensions().get(0);
        }
        return truncate(name, MAX_LENGTH - extension.length()) + extension;
    }

    /** Without directories, control and format characters, and surrounding blanks or dots. */
    static String clean(String original) {
        if (original == null) {
            return "";
        }
        String last = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.SURROGATE
                        && Character.getType(c) != Character.PRIVATE_USE
                        && c != '\u2028' && c != '\u2029')
                .forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        int start = 0;
        while (start < name.length() && name.charAt(start) == '.') {
            start++;
        }
        return name.substring(start).strip();
    }

    private static String truncate(String s, int maxChars) {
        if (s.length() <= maxChars) {
            return s;
        }
        int end = maxChars;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
