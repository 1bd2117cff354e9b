package org.lixiang.call.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;
import org.lixiang.call.CallService;
import org.lixiang.call.CallSummary;

/**
 * Every call, drafts included, for the bureau's staff. Officers open a call in the editor; leaders
 * and admins read it as applicants would.
 */
@Route("calls/manage")
@Menu(title = "menu.manageCalls", order = 20)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class CallListView extends VerticalLayout implements HasDynamicTitle {

    final Grid<CallSummary> grid = new Grid<>();
    final TextField filter = new TextField();
    final Button create = new Button();

    public CallListView(CallService calls, Clock clock) {
        setSizeFull();
        ZoneId zone = clock.getZone();
        boolean officer = CurrentUser.require().has(Role.OFFICER);
        filter.setPlaceholder(getTranslation("callList.search"));
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.setText(getTranslation("callList.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("calls/edit")));
        create.setVisible(officer);
        create.setId("new-call");

        grid.addColumn(CallSummary::name).setHeader(getTranslation("call.name")).setFlexGrow(3);
        grid.addColumn(CallSummary::year).setHeader(getTranslation("call.year")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.programme().labelKey())).setHeader(getTranslation("call.programme"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation(CallPhase.of(c.status(), c.opensAt(), c.closesAt(), clock.instant())
                .labelKey())).setHeader(getTranslation("call.status")).setKey("status").setAutoWidth(true);
        grid.addColumn(c -> OpenCallsView.DATE_TIME.format(c.opensAt().atZone(zone)))
                .setHeader(getTranslation("call.opensAt")).setAutoWidth(true);
        grid.addColumn(c -> OpenCallsView.DATE_TIME.format(c.closesAt().atZone(zone)))
                .setHeader(getTranslation("call.closesAt")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("money.yuan", c.maxBudget())).setHeader(getTranslation("call.maxBudget"))
                .setAutoWidth(true);
        grid.setItems(q -> calls.page(filter.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) calls.count(filter.getValue()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate((officer ? "calls/edit/" : "calls/view/") + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("callList.none"));
        grid.setId("manage-calls");
        add(new H2(getTranslation("menu.manageCalls")), new HorizontalLayout(filter, create), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.manageCalls") + " · " + getTranslation("app.name");
    }
}
