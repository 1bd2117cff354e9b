package org.lixiang.proposal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.ui.Notifications;
import org.lixiang.proposal.AttachmentInfo;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.FileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A proposal's attachments: the list with download links, and, while the applicant may still
 * edit, an upload and a remove button per file. Embedded in the proposal editor and in the
 * read-only screens; the service checks every action again, whatever this panel shows.
 */
public class AttachmentsPanel extends Composite<VerticalLayout> {

    private static final Logger log = LoggerFactory.getLogger(AttachmentsPanel.class);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final long MB = 1024 * 1024;
    private final AttachmentService service;
    private final long proposalId;
    private final boolean editable;
    final Grid<AttachmentInfo> grid = new Grid<>();
    final Span none = new Span();
    final Span error = new Span();
    final Upload upload;

    public AttachmentsPanel(AttachmentService service, long proposalId, boolean editable) {
        this.service = service;
        this.proposalId = proposalId;
        this.editable = editable;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.add(new H3(getTranslation("attachment.title")));
        configureGrid();
        grid.setId("attachments");
        none.setText(getTranslation("attachment.none"));
        layout.add(grid, none);
        if (editable) {
            upload = createUpload();
            upload.setId("attachment-upload");
            error.setVisible(false);
            error.getElement().setAttribute("role", "alert");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            Span hint = new Span(getTranslation("attachment.hint", AttachmentService.MAX_FILE_BYTES / MB,
                    AttachmentService.MAX_TOTAL_BYTES / MB));
            hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            layout.add(upload, hint, error);
        } else {
            upload = null;
        }
        refresh();
    }

    private void configureGrid() {
        ZoneId zone = ZoneId.systemDefault();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setKey("name").setHeader(getTranslation("attachment.name"))
                .setFlexGrow(3);
        grid.addColumn(a -> humanSize(a.sizeBytes())).setHeader(getTranslation("attachment.size"));
        grid.addColumn(a -> FileType.ofContentType(a.contentType()).map(t -> getTranslation(t.labelKey()))
                .orElse(a.contentType())).setHeader(getTranslation("attachment.type"));
        grid.addColumn(a -> DATE_TIME.format(a.uploadedAt().atZone(zone)))
                .setHeader(getTranslation("attachment.uploadedAt"));
        if (editable) {
            grid.addComponentColumn(this::removeButton).setKey("remove").setFlexGrow(0).setAutoWidth(true);
        }
    }

    private Anchor downloadLink(AttachmentInfo attachment) {
        Anchor link = new Anchor(new AttachmentDownloadHandler(service, attachment.id()), AttachmentType.DOWNLOAD,
                attachment.name());
        link.getElement().setAttribute("title", getTranslation("attachment.download"));
        return link;
    }

    private Button removeButton(AttachmentInfo attachment) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemoval(attachment));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("attachment.remove"));
        remove.setTooltipText(getTranslation("attachment.remove"));
        return remove;
    }

    private void confirmRemoval(AttachmentInfo attachment) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("attachment.removeConfirm.title"));
        dialog.setText(getTranslation("attachment.removeConfirm.text", attachment.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("attachment.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(attachment));
        dialog.open();
    }

    void remove(AttachmentInfo attachment) {
        try {
            service.remove(attachment.id());
            clearError();
            Notifications.success(getTranslation("attachment.removed", attachment.name()));
        } catch (InvalidInputException e) {
            showError(e);
        } catch (NotAllowedException e) {
            showError(getTranslation("attachment.notAllowed"));
        }
        refresh();
    }

    private Upload createUpload() {
        Upload result = new FileUpload(this::received);
        result.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        result.addFailedListener(e -> showError(getTranslation("attachment.uploadFailed", e.getFileName())));
        return result;
    }

    /** Runs in the UI's lock once the file is in a temporary file; the temporary file is always deleted. */
    void received(UploadMetadata metadata, File file) {
        try {
            AttachmentInfo added = service.add(proposalId, metadata.fileName(), file.toPath());
            clearError();
            Notifications.success(getTranslation("attachment.added", added.name()));
        } catch (InvalidInputException e) {
            showError(e);
        } catch (NotAllowedException e) {
            showError(getTranslation("attachment.notAllowed"));
        } catch (RuntimeException e) {
            log.error("upload of an attachment to proposal {} failed", proposalId, e);
            showError(getTranslation("attachment.uploadFailed", metadata.fileName()));
        } finally {
            try {
                Files.deleteIfExists(file.toPath());
            } catch (IOException e) {
                log.warn("could not delete the temporary upload {}", file, e);
            }
            upload.clearFileList();
        }
        refresh();
    }

    private void refresh() {
        List<AttachmentInfo> items = service.list(proposalId);
        grid.setItems(items);
        grid.setVisible(!items.isEmpty());
        none.setVisible(items.isEmpty());
    }

    private void showError(InvalidInputException e) {
        showError(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.args()))
                .collect(Collectors.joining(" ")));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void clearError() {
        error.setText("");
        error.setVisible(false);
    }

    String humanSize(long bytes) {
        if (bytes < 1024) {
            return getTranslation("attachment.size.bytes", bytes);
        }
        if (bytes < MB) {
            return getTranslation("attachment.size.kb", bytes / 1024.0);
        }
        return getTranslation("attachment.size.mb", bytes / (double) MB);
    }
}
