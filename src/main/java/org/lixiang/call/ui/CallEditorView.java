package org.lixiang.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallDraft;
import org.lixiang.call.CallService;
import org.lixiang.call.CallStatus;
import org.lixiang.call.DeadlineChange;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The officer's editor of one call: {@code calls/edit} starts a new one, {@code calls/edit/42}
 * opens call 42. A draft is edited freely and published from here; a published call can still be
 * edited until proposals exist, after which only its deadline can be extended.
 */
@Route("calls/edit/:callId?([0-9]{1,18})")
@RolesAllowed(Role.OFFICER_NAME)
public class CallEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CallService calls;
    private final Clock clock;
    private final ZoneId zone;
    final H2 title = new H2();
    final Paragraph state = new Paragraph();
    final CallForm form;
    final Button extend = new Button();
    final Anchor preview = new Anchor();
    final Grid<DeadlineChange> history = new Grid<>();
    private final H3 historyTitle = new H3();
    ExtendDeadlineDialog extendDialog;
    Long callId;
    long version;
    private Instant closesAt;

    public CallEditorView(CallService calls, Clock clock) {
        this.calls = calls;
        this.clock = clock;
        this.zone = clock.getZone();
        this.form = new CallForm(zone);
        setMaxWidth("1100px");
        state.setId("call-state");
        extend.setText(getTranslation("callEditor.extend"));
        extend.setIcon(VaadinIcon.CLOCK.create());
        extend.addClickListener(e -> openExtendDialog());
        extend.setId("extend-deadline");
        preview.setText(getTranslation("callEditor.preview"));
        historyTitle.setText(getTranslation("callEditor.history"));
        history.addColumn(c -> OpenCallsView.DATE_TIME.format(c.changedAt().atZone(zone)))
                .setHeader(getTranslation("callEditor.historyWhen")).setAutoWidth(true);
        history.addColumn(c -> OpenCallsView.DATE_TIME.format(c.oldClosesAt().atZone(zone)))
                .setHeader(getTranslation("callEditor.historyOld")).setAutoWidth(true);
        history.addColumn(c -> OpenCallsView.DATE_TIME.format(c.newClosesAt().atZone(zone)))
                .setHeader(getTranslation("callEditor.historyNew")).setAutoWidth(true);
        history.addColumn(DeadlineChange::reason).setHeader(getTranslation("callEditor.reason")).setFlexGrow(3);
        history.setAllRowsVisible(true);
        history.setId("deadline-history");

        form.addSaveListener(e -> onSave());
        form.addPublishListener(e -> onPublish());
        Anchor back = new Anchor("calls/manage", getTranslation("callEditor.backToList"));
        add(back, title, state, new HorizontalLayout(extend, preview), form, historyTitle, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().getLong("callId").ifPresentOrElse(this::load, this::startNew);
    }

    private void startNew() {
        callId = null;
        version = 0;
        title.setText(getTranslation("callEditor.newTitle"));
        state.setText(getTranslation("callEditor.newHint"));
        form.setValue(CallDraft.empty(clock.instant().atZone(zone).getYear()));
        form.setLocked(false);
        form.publish.setVisible(true);
        extend.setVisible(false);
        preview.setVisible(false);
        showHistory(List.of());
    }

    /** Shows the call as stored now (throws for an unknown id: the access-denied page). */
    void load(long id) {
        CallDetails call = calls.details(id);
        form.setValue(call.toDraft());
        form.clearProblems();
        showState(call);
    }

    private void showState(CallDetails call) {
        boolean locked = calls.rulesLocked(call.id());
        callId = call.id();
        version = call.version();
        closesAt = call.closesAt();
        boolean published = call.status() == CallStatus.PUBLISHED;
        title.setText(call.name());
        state.setText(getTranslation(locked ? "callEditor.locked"
                : published ? "callEditor.publishedEditable" : "callEditor.draftHint")
                + " " + getTranslation("callEditor.phase", getTranslation(
                        CallPhase.of(call.status(), call.opensAt(), call.closesAt(), clock.instant()).labelKey())));
        form.setLocked(locked);
        form.publish.setVisible(!published);
        extend.setVisible(published);
        preview.setVisible(published);
        preview.setHref("calls/view/" + call.id());
        showHistory(calls.deadlineChanges(call.id()));
    }

    private void showHistory(List<DeadlineChange> changes) {
        history.setItems(changes);
        history.setVisible(!changes.isEmpty());
        historyTitle.setVisible(!changes.isEmpty());
    }

    /** Creates or updates the call from the form; afterwards the view knows its id and new version. */
    private long save() {
        CallDraft draft = form.value();
        if (callId == null) {
            long id = calls.create(draft);
            callId = id;
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "calls/edit/" + id));
        } else {
            calls.update(callId, version, draft);
        }
        version = calls.details(callId).version();
        return callId;
    }

    private void onSave() {
        try {
            load(save());
            Notifications.success(getTranslation("action.saved"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("error.concurrentEdit"));
        } finally {
            form.enableButtons();
        }
    }

    /** Saves what the form shows, then publishes it: what the officer sees is what applicants get. */
    private void onPublish() {
        try {
            long id = save();
            calls.publish(id);
            load(id);
            Notifications.success(getTranslation("callEditor.publishedDone"));
        } catch (InvalidInputException problems) {
            form.showProblems(problems);
            if (callId != null) {
                // saved, but not published (say, the deadline has passed): show it as the draft it is
                showState(calls.details(callId));
            }
        } catch (ObjectOptimisticLockingFailureException conflict) {
            Notifications.error(getTranslation("error.concurrentEdit"));
        } finally {
            form.enableButtons();
        }
    }

    private void openExtendDialog() {
        extendDialog = new ExtendDeadlineDialog(closesAt, zone);
        extendDialog.addExtendListener(e -> {
            ExtendDeadlineDialog dialog = e.getSource();
            try {
                calls.extendDeadline(callId, dialog.newValue(), dialog.reason.getValue());
                dialog.close();
                load(callId);
                Notifications.success(getTranslation("callEditor.extended",
                        OpenCallsView.DATE_TIME.format(dialog.newValue().atZone(zone))));
            } catch (InvalidInputException problems) {
                dialog.showProblems(problems);
            }
        });
        extendDialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(callId == null ? "callEditor.newTitle" : "callEditor.editTitle") + " · "
                + getTranslation("app.name");
    }
}
