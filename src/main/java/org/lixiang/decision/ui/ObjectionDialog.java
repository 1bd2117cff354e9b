package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.decision.ObjectionService;
import org.lixiang.decision.ObjectionService.Evidence;
import org.lixiang.decision.PublicList.Listed;
import org.lixiang.proposal.ui.FileUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Filing an objection: the reason (required) and, optionally, one file as evidence. The uploaded
 * file waits in a temporary file until the objection is filed or the dialog closes; it is
 * deleted either way (the service keeps its own copy in the file store).
 */
class ObjectionDialog extends Dialog {

    private static final Logger log = LoggerFactory.getLogger(ObjectionDialog.class);

    private final ObjectionService objections;
    private final Listed listed;
    private final Runnable onFiled;
    final TextArea reason = new TextArea();
    final FileUpload evidence = new FileUpload(this::received);
    final Span evidenceError = new Span();
    final Button file = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private Evidence held;

    ObjectionDialog(ObjectionService objections, Listed listed, Runnable onFiled) {
        this.objections = objections;
        this.listed = listed;
        this.onFiled = onFiled;
        setHeaderTitle(getTranslation("objection.fileTitle", listed.number()));
        reason.setLabel(getTranslation("objection.reason"));
        reason.setWidth("32em");
        reason.setMaxLength(2000);
        reason.setRequired(true);
        reason.setId("objection-reason");
        evidence.setMaxFiles(1);
        evidence.setId("objection-evidence");
        evidence.addFileRemovedListener(e -> discard());
        evidence.addFileRejectedListener(e -> showEvidenceError(e.getErrorMessage()));
        evidenceError.setVisible(false);
        evidenceError.getElement().setAttribute("role", "alert");
        evidenceError.getStyle().set("color", "var(--lumo-error-text-color)");
        Span hint = new Span(getTranslation("objection.attachmentHint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        errors.bind("reason", reason);
        file.setText(getTranslation("objection.file"));
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.setDisableOnClick(true);
        file.setId("file-objection");
        file.addClickListener(e -> fileIt());
        VerticalLayout body = new VerticalLayout(reason, new Span(getTranslation("objection.attachment")), evidence,
                hint, evidenceError);
        body.setPadding(false);
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), file);
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                discard();
            }
        });
    }

    void received(UploadMetadata metadata, File temp) {
        discard();
        held = new Evidence(metadata.fileName(), temp.toPath());
        evidenceError.setVisible(false);
    }

    void fileIt() {
        try {
            objections.file(listed.planId(), listed.proposalId(), reason.getValue(), held);
            close();
            Notifications.success(getTranslation("objection.filed"));
            onFiled.run();
        } catch (InvalidInputException problems) {
            // the upload is no input field: its problem goes in the line under it, the rest next to theirs
            evidenceError.setVisible(false);
            List<InvalidInputException.Problem> others = new ArrayList<>();
            for (InvalidInputException.Problem p : problems.problems()) {
                if ("attachment".equals(p.field())) {
                    showEvidenceError(getTranslation(p.messageKey(), p.args()));
                } else {
                    others.add(p);
                }
            }
            errors.clear();
            if (!others.isEmpty()) {
                errors.show(new InvalidInputException(others));
            }
            file.setEnabled(true);
        }
    }

    private void showEvidenceError(String message) {
        evidenceError.setText(message);
        evidenceError.setVisible(true);
    }

    private void discard() {
        if (held != null) {
            Path path = held.file();
            held = null;
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                log.warn("could not delete the temporary upload {}", path, e);
            }
        }
    }
}
