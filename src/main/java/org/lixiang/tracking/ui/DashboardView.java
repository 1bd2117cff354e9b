package org.lixiang.tracking.ui;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.lixiang.base.Role;
import org.lixiang.tracking.Dashboard;
import org.lixiang.tracking.Dashboard.CallOption;
import org.lixiang.tracking.DashboardFigures;

/**
 * The dashboard: how one call, or all published calls, stand — the funnel, the experts' review
 * progress, the time each step takes, the money against the envelope, proposals by field and by
 * organization. Each figure is a chart with its numbers in a table below.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 3)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@CssImport("./components/lixiang-dashboard.css")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private final Dashboard dashboard;
    final Select<CallOption> call = new Select<>();
    final Div figures = new Div();
    final Paragraph scope = new Paragraph();

    public DashboardView(Dashboard dashboard) {
        this.dashboard = dashboard;
        setMaxWidth("1600px");
        setWidthFull();
        List<CallOption> calls = dashboard.calls();
        call.setLabel(getTranslation("dashboard.call"));
        call.setItems(calls);
        call.setEmptySelectionAllowed(true);
        call.setEmptySelectionCaption(getTranslation("dashboard.allCalls"));
        call.setItemLabelGenerator(c -> c == null ? getTranslation("dashboard.allCalls") : c.name());
        call.setWidth("32em");
        call.setId("dashboard-call");
        call.addValueChangeListener(e -> show(e.getValue()));
        figures.setId("dashboard-figures");
        figures.addClassName("dashboard-grid");
        scope.setId("dashboard-scope");
        add(new H2(getTranslation("menu.dashboard")), call, scope, figures);
        // the newest call first: what officers look at most; "all calls" is one click away
        if (calls.isEmpty()) {
            show(null);
        } else {
            call.setValue(calls.get(0));
        }
    }

    private void show(CallOption selected) {
        DashboardFigures f = dashboard.figures(selected == null ? null : selected.id());
        scope.setText(selected == null ? getTranslation("dashboard.scopeAll") : getTranslation("dashboard.scopeCall",
                selected.name(), String.valueOf(selected.year())));
        Figures build = new Figures(f, this::getTranslation, getLocale());
        figures.removeAll();
        figures.add(build.funnel(), build.reviews(), build.steps(), build.amounts(), build.byField(),
                build.byOrganization());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard") + " · " + getTranslation("app.name");
    }
}
