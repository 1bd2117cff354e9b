package org.lixiang.call.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.lixiang.call.CallService;
import org.lixiang.call.CallSummary;

/** Calls open for proposals now (申报指南), soonest deadline first; a click opens the call. */
@Route("calls")
@Menu(title = "menu.openCalls", order = 10)
@PermitAll
public class OpenCallsView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    final Grid<CallSummary> grid = new Grid<>();

    public OpenCallsView(CallService calls, Clock clock) {
        setSizeFull();
        ZoneId zone = clock.getZone();
        grid.addColumn(CallSummary::name).setHeader(getTranslation("call.name")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation(c.programme().labelKey())).setHeader(getTranslation("call.programme"));
        grid.addColumn(c -> c.fields().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("call.fields")).setFlexGrow(2);
        grid.addColumn(c -> DATE_TIME.format(c.closesAt().atZone(zone))).setHeader(getTranslation("call.closesAt"));
        grid.addColumn(c -> getTranslation("money.yuan", c.maxBudget())).setHeader(getTranslation("call.maxBudget"));
        grid.setItems(q -> calls.openCalls(q.getOffset(), q.getLimit()).stream(), q -> (int) calls.countOpenCalls());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("calls/view/" + e.getItem().id())));
        grid.setEmptyStateText(getTranslation("callList.noneOpen"));
        grid.setId("open-calls");
        add(new H2(getTranslation("menu.openCalls")), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.openCalls") + " · " + getTranslation("app.name");
    }
}
