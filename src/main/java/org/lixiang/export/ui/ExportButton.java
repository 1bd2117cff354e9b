package org.lixiang.export.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.function.Supplier;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.ui.Notifications;
import org.lixiang.export.ExportFile;
import org.lixiang.export.ExportJob;
import org.lixiang.export.ExportRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A button that produces an export without blocking the screen: the click asks the feature's
 * service for the job (access check and audit happen there, at once), the job runs on an
 * {@link ExportRunner} thread while a progress bar fills, then a link offers the file.
 *
 * <p>How the progress reaches the browser: UI polling, switched on only while this export runs
 * (every 500 ms) and off again afterwards. Not server push: push would change the transport of
 * every screen of the portal for the sake of an occasional export, needs WebSocket or long
 * polling through every proxy in front of the portal, and polling for a few seconds costs a few
 * small requests. The worker thread only ever changes components inside {@code UI.access}.
 */
public class ExportButton extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(ExportButton.class);
    static final int POLL_MILLIS = 500;
    private static final String RUNNING = "lixiang.exports.running";

    private final ExportRunner runner;
    private final Supplier<ExportJob> job;
    private final Button button = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Anchor download = new Anchor();
    private int lastPercent = -1;

    /**
     * @param id    the button's id ({@code export-plan}); the progress bar and the link get
     *              {@code id + "-progress"} and {@code id + "-download"}
     * @param job   asked on the UI thread when clicked: the feature service's export method
     */
    public ExportButton(ExportRunner runner, String id, String label, Supplier<ExportJob> job) {
        this.runner = runner;
        this.job = job;
        setAlignItems(FlexComponent.Alignment.CENTER);
        setSpacing(true);
        button.setText(label);
        button.setIcon(VaadinIcon.DOWNLOAD_ALT.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId(id);
        button.setDisableOnClick(true);
        button.addClickListener(e -> start());
        progress.setId(id + "-progress");
        progress.setWidth("8em");
        progress.setVisible(false);
        download.setId(id + "-download");
        download.setVisible(false);
        add(button, progress, download);
    }

    private void start() {
        UI ui = UI.getCurrent();
        ExportJob work;
        try {
            work = job.get();
        } catch (InvalidInputException problem) {
            // nothing to export yet (e.g. no funding plan): said next to the button, in the user's language
            button.setEnabled(true);
            InvalidInputException.Problem first = problem.problems().get(0);
            Notifications.error(getTranslation(first.messageKey(), first.args()));
            return;
        } catch (RuntimeException refused) {
            // a refused access: the portal's error handler shows it and writes the audit entry
            button.setEnabled(true);
            throw refused;
        }
        download.setVisible(false);
        lastPercent = -1;
        progress.setIndeterminate(true);
        progress.setVisible(true);
        polling(ui, +1);
        runner.start(work, (done, total) -> showProgress(ui, done, total))
                .whenComplete((file, failure) -> finish(ui, file, failure));
    }

    private void showProgress(UI ui, long done, long total) {
        int percent = total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastPercent = percent;
        access(ui, () -> {
            progress.setIndeterminate(false);
            progress.setValue(percent / 100.0);
        });
    }

    private void finish(UI ui, ExportFile file, Throwable failure) {
        access(ui, () -> {
            polling(ui, -1);
            progress.setVisible(false);
            button.setEnabled(true);
            if (failure != null) {
                log.error("export {} failed", button.getId().orElse(""), failure);
                Notifications.error(getTranslation("export.failed"));
                return;
            }
            download.setHref(sending(file), AttachmentType.DOWNLOAD);
            download.setText(getTranslation("export.download", file.fileName()));
            download.setVisible(true);
            Notifications.success(getTranslation("export.ready", file.fileName()));
        });
    }

    /**
     * Polls while at least one export of this UI runs (two buttons may run at once); always
     * called on the UI thread (the click, or inside {@code UI.access}).
     */
    private static void polling(UI ui, int change) {
        Object running = ComponentUtil.getData(ui, RUNNING);
        int now = Math.max(0, (running instanceof Integer n ? n : 0) + change);
        ComponentUtil.setData(ui, RUNNING, now);
        ui.setPollInterval(now > 0 ? POLL_MILLIS : -1);
    }

    /** Sends the finished file; it was produced for this user, and the link lives only in their session. */
    private static DownloadHandler sending(ExportFile file) {
        return (DownloadEvent event) -> {
            event.setContentType(file.contentType());
            event.setContentLength(file.content().length);
            event.getResponse().setHeader("Content-Disposition", file.contentDisposition());
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            event.getResponse().setHeader("Cache-Control", "private, no-store");
            try (OutputStream out = event.getOutputStream()) {
                out.write(file.content());
            }
        };
    }

    private static void access(UI ui, Runnable change) {
        try {
            ui.access(change::run);
        } catch (UIDetachedException gone) {
            // the user left the page or closed the tab: nobody to show the result to
        }
    }

    /** The link to the finished file (tests read it). */
    public Anchor downloadLink() {
        return download;
    }
}
