package org.lixiang.proposal.ui;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.NoSuchFileException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.proposal.AttachmentDownload;
import java.util.function.Supplier;
import org.lixiang.proposal.AttachmentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one attachment when its link is followed. The service decides at that moment whether the
 * caller may have it (the link may outlive a change of roles or be copied to someone else); the
 * headers make the browser save the file under a safe name and never guess its type.
 */
public class AttachmentDownloadHandler implements DownloadHandler {

    private static final Logger log = LoggerFactory.getLogger(AttachmentDownloadHandler.class);

    private final Supplier<AttachmentDownload> opener;
    private final String what;

    AttachmentDownloadHandler(AttachmentService service, long attachmentId) {
        this(() -> service.open(attachmentId), "attachment " + attachmentId);
    }

    /** For any stored file: {@code opener} asks the owning service, which checks the caller. */
    public AttachmentDownloadHandler(Supplier<AttachmentDownload> opener, String what) {
        this.opener = opener;
        this.what = what;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        VaadinResponse response = event.getResponse();
        AttachmentDownload download;
        InputStream in;
        try {
            download = opener.get();
            in = download.openStream();
        } catch (NotAllowedException refused) {
            response.setStatus(HttpStatusCode.FORBIDDEN.getCode());
            return;
        } catch (NoSuchFileException missing) {
            log.error("{} is catalogued but its file is missing", what);
            response.setStatus(HttpStatusCode.NOT_FOUND.getCode());
            return;
        }
        try (in) {
            event.setContentType(download.contentType());
            event.setContentLength(download.size());
            response.setHeader("Content-Disposition", download.contentDisposition());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, no-store");
            try (OutputStream out = event.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
