package org.lixiang.base.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.lixiang.base.Role;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.base.audit.AuditQuery;

/**
 * The bureau's search over the audit trail: text, action, user, object and days; every change of
 * a filter runs the paged query again. Read-only: the trail has no edit or delete anywhere.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 80)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    static final List<String> OBJECT_TYPES = List.of("call", "proposal", "user", "organization", "expert", "job");

    final TextField text = new TextField();
    final ComboBox<String> action = new ComboBox<>();
    final TextField actor = new TextField();
    final ComboBox<String> objectType = new ComboBox<>();
    final TextField objectId = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final AuditEntryGrid grid;
    final Span total = new Span();
    private final AuditLog audit;

    public AuditTrailView(AuditLog audit, Clock clock) {
        this.audit = audit;
        setSizeFull();
        text.setPlaceholder(getTranslation("audit.search"));
        text.setClearButtonVisible(true);
        text.setId("audit-text");
        action.setLabel(getTranslation("audit.action"));
        action.setItems(audit.actions());
        action.setItemLabelGenerator(a -> AuditEntryGrid.actionLabel(this, a));
        action.setPlaceholder(getTranslation("audit.anyAction"));
        action.setClearButtonVisible(true);
        action.setId("audit-action");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setClearButtonVisible(true);
        actor.setId("audit-actor");
        objectType.setLabel(getTranslation("audit.objectType"));
        objectType.setItems(OBJECT_TYPES);
        objectType.setItemLabelGenerator(t -> getTranslation("audit.objectType." + t));
        objectType.setClearButtonVisible(true);
        objectType.setId("audit-object-type");
        objectId.setLabel(getTranslation("audit.objectId"));
        objectId.setClearButtonVisible(true);
        objectId.setId("audit-object-id");
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        text.setLabel(getTranslation("audit.detail"));
        for (TextField f : List.of(text, actor, objectId)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        action.addValueChangeListener(e -> refresh());
        objectType.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());

        grid = new AuditEntryGrid(audit, this::query, clock.getZone());
        grid.setId("audit-grid");
        total.setId("audit-total");
        FormLayout filters = new FormLayout(text, action, actor, objectType, objectId, from, to);
        filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("900px", 4));
        add(new H2(getTranslation("menu.audit")), new Paragraph(getTranslation("audit.intro")), filters, total, grid);
        setFlexGrow(1, grid);
        showTotal();
    }

    AuditQuery query() {
        return new AuditQuery(text.getValue(), action.getValue(), actor.getValue(), objectType.getValue(),
                objectId.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.refresh();
        showTotal();
    }

    private void showTotal() {
        total.setText(getTranslation("audit.count", audit.count(query())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.audit") + " · " + getTranslation("app.name");
    }
}
