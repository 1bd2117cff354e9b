package org.lixiang.proposal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lixiang.base.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The one gate every uploaded file passes, whatever it is attached to (a proposal, an objection):
 * not empty, at most {@link #MAX_FILE_BYTES}, of an allowed type recognised from its content (not
 * its name or what the browser claimed), then copied into the {@link FileStore}. Problems are
 * reported against the caller's field so the screen shows them next to its upload.
 */
@Component
public class CheckedFiles {

    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    /** A file in the store: the name it is shown under, its real type, size and content key. */
    public record StoredFile(String name, String contentType, long size, String sha256) {
    }

    /** What {@link #check} found out about an upload, before anything is stored. */
    record Checked(Path file, String name, FileType type, long size) {
    }

    private final FileStore files;

    CheckedFiles(FileStore files) {
        this.files = files;
    }

    /** Checks an upload and stores it; the caller still owns (and deletes) the temporary file. */
    public StoredFile store(String field, String originalName, Path uploadedTempFile) {
        return store(check(field, originalName, uploadedTempFile));
    }

    /** The stored content to send back, read when the response is written. */
    public AttachmentDownload download(StoredFile file) {
        String key = file.sha256();
        return new AttachmentDownload(file.name(), file.contentType(), file.size(), () -> files.open(key));
    }

    Checked check(String field, String originalName, Path uploadedTempFile) {
        String shownName = AttachmentName.clean(originalName);
        long size = sizeOf(uploadedTempFile);
        if (size == 0) {
            throw InvalidInputException.of(field, "attachment.empty", shownName);
        }
        if (size > MAX_FILE_BYTES) {
            throw InvalidInputException.of(field, "attachment.tooLarge", shownName, megabytes(size),
                    megabytes(MAX_FILE_BYTES));
        }
        FileType type = FileTypeSniffer.sniff(uploadedTempFile)
                .orElseThrow(() -> InvalidInputException.of(field, "attachment.typeNotAllowed", shownName));
        return new Checked(uploadedTempFile, AttachmentName.of(originalName, type), type, size);
    }

    StoredFile store(Checked checked) {
        try {
            String key = files.store(checked.file());
            return new StoredFile(checked.name(), checked.type().contentType(), checked.size(), key);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload " + checked.name(), e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return file == null || !Files.isRegularFile(file) ? 0 : Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Sizes in messages: whole megabytes, rounded up so 20.4 MB never reads as "20 MB". */
    static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
