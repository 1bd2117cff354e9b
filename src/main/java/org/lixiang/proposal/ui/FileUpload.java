package org.lixiang.proposal.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.util.function.BiConsumer;
import org.lixiang.proposal.CheckedFiles;
import org.lixiang.proposal.FileType;

/**
 * The upload wherever users hand in files (a proposal's attachments, an objection's evidence):
 * the same accepted types, size limit and texts in the user's language. The browser's checks are
 * a courtesy; {@link CheckedFiles} checks the content again on the server.
 */
public class FileUpload extends Upload {

    private static final long MB = 1024 * 1024;
    static final String[] ACCEPTED = {".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png",
            FileType.PDF.contentType(), FileType.DOCX.contentType(), FileType.XLSX.contentType(),
            FileType.JPEG.contentType(), FileType.PNG.contentType()};

    /** {@code received} runs in the UI's lock once the file is in a temporary file it then owns. */
    public FileUpload(BiConsumer<UploadMetadata, File> received) {
        super(limited(received));
        setAcceptedFileTypes(ACCEPTED);
        setMaxFileSize((int) CheckedFiles.MAX_FILE_BYTES);
        setI18n(texts());
    }

    /** The limit also stops the transfer on the server, before a huge body fills the disk. */
    private static TemporaryFileUploadHandler limited(BiConsumer<UploadMetadata, File> received) {
        return new TemporaryFileUploadHandler(received::accept) {
            @Override
            public long getFileSizeMax() {
                return CheckedFiles.MAX_FILE_BYTES;
            }
        };
    }

    private UploadI18N texts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("attachment.upload.addFile"))
                .setMany(getTranslation("attachment.upload.addFiles")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("attachment.upload.dropFile"))
                .setMany(getTranslation("attachment.upload.dropFiles")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("attachment.upload.tooManyFiles"))
                .setFileIsTooBig(getTranslation("attachment.upload.fileIsTooBig", CheckedFiles.MAX_FILE_BYTES / MB))
                .setIncorrectFileType(getTranslation("attachment.upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("attachment.upload.connecting"))
                        .setStalled(getTranslation("attachment.upload.stalled"))
                        .setProcessing(getTranslation("attachment.upload.processing"))
                        .setHeld(getTranslation("attachment.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("attachment.upload.remainingPrefix"))
                        .setUnknown(getTranslation("attachment.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("attachment.upload.serverUnavailable"))
                        .setUnexpectedServerError(getTranslation("attachment.upload.serverError"))
                        .setForbidden(getTranslation("attachment.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("attachment.upload.retry"))
                .setStart(getTranslation("attachment.upload.start"))
                .setRemove(getTranslation("attachment.upload.remove")));
        return i18n;
    }
}
