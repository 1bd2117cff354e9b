package org.lixiang.proposal.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Dates;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.proposal.CallQueue;
import org.lixiang.proposal.FormalReviewService;
import org.lixiang.proposal.FormalReviewService.QueueItem;

/** Proposals waiting for formal review, per call, filtered by field and text, paged from the database. */
@Route("review/formal")
@Menu(title = "menu.formalReview", order = 30)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class FormalReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<CallQueue> call = new ComboBox<>();
    final Select<ResearchField> field = new Select<>();
    final TextField text = new TextField();
    final Grid<QueueItem> grid = new Grid<>();

    public FormalReviewQueueView(FormalReviewService formal, Clock clock) {
        setSizeFull();
        call.setLabel(getTranslation("proposal.call"));
        java.util.List<CallQueue> waiting = formal.callsWaiting();
        call.setItems(waiting);
        call.setItemLabelGenerator(c -> getTranslation("formalReview.callWaiting", c.callName(), c.waiting()));
        call.setWidth("30em");
        call.setId("queue-call");
        field.setLabel(getTranslation("proposal.field"));
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> f == null ? getTranslation("formalReview.allFields") : getTranslation(f.labelKey()));
        field.setEmptySelectionAllowed(true);
        text.setLabel(getTranslation("formalReview.search"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        call.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(q -> q.proposal().number()).setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        grid.addColumn(q -> q.proposal().title()).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(q -> q.proposal().organizationName()).setHeader(getTranslation("proposal.organization")).setFlexGrow(2);
        grid.addColumn(q -> q.proposal().field() == null ? "" : getTranslation(q.proposal().field().labelKey()))
                .setHeader(getTranslation("proposal.field"));
        grid.addColumn(q -> Dates.format(q.proposal().submittedAt(), clock)).setHeader(getTranslation("proposal.submittedAt"));
        grid.addColumn(q -> getTranslation(q.proposal().status().labelKey())
                + (q.reviewerId() != null && q.reviewerId() != CurrentUser.require().userId()
                ? " · " + getTranslation("formalReview.takenByColleague") : ""))
                .setHeader(getTranslation("proposal.status"));
        grid.setItems(q -> call.getValue() == null ? java.util.stream.Stream.empty()
                        : formal.queue(call.getValue().callId(), field.getValue(), text.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> call.getValue() == null ? 0 : (int) formal.countQueue(call.getValue().callId(), field.getValue(), text.getValue()));
        grid.addItemClickListener(e -> {
            if (e.getItem().taskId() != null && CurrentUser.require().has(Role.OFFICER)) {
                getUI().ifPresent(ui -> ui.navigate("review/formal/" + e.getItem().taskId()));
            }
        });
        grid.setEmptyStateText(getTranslation("formalReview.empty"));
        grid.setId("formal-queue");
        waiting.stream().findFirst().ifPresent(call::setValue);
        add(new H2(getTranslation("menu.formalReview")), new HorizontalLayout(call, field, text), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.formalReview") + " · " + getTranslation("app.name");
    }
}
