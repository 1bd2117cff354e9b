package org.lixiang.tracking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lixiang.base.Role;
import org.lixiang.tracking.Dashboard;
import org.lixiang.tracking.Dashboard.CallOption;
import org.lixiang.tracking.DashboardFigures;

/**
 * The dashboard: how one call, or all published calls, stand — the funnel, the experts' review
 * progress, the time each step takes, the money against the envelope, proposals by field and by
 * organization. Each figure is a chart with its numbers in a table below, and the time the figures
 * were computed above them, with a button to compute them now.
 */
@Route("dashboard")
@Menu(title = "menu.dashboard", order = 3)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
@CssImport("./components/lixiang-dashboard.css")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Dashboard dashboard;
    private final ZoneId zone;
    final Select<CallOption> call = new Select<>();
    final Div figures = new Div();
    final Paragraph scope = new Paragraph();
    final Span asOf = new Span();
    final Button refresh = new Button();

    public DashboardView(Dashboard dashboard, Clock clock) {
        this.dashboard = dashboard;
        this.zone = clock.getZone();
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
        call.addValueChangeListener(e -> show(e.getValue(), dashboard.figures(id(e.getValue()))));
        // figures are up to a minute old (computed once for everyone); this computes them now
        refresh.setText(getTranslation("dashboard.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("dashboard-refresh");
        refresh.setDisableOnClick(true);
        refresh.addClickListener(e -> {
            try {
                show(call.getValue(), dashboard.refreshedFigures(id(call.getValue())));
            } finally {
                refresh.setEnabled(true);
            }
        });
        asOf.setId("dashboard-as-of");
        HorizontalLayout freshness = new HorizontalLayout(asOf, refresh);
        freshness.setAlignItems(Alignment.BASELINE);
        freshness.setSpacing(true);
        figures.setId("dashboard-figures");
        figures.addClassName("dashboard-grid");
        scope.setId("dashboard-scope");
        add(new H2(getTranslation("menu.dashboard")), call, scope, freshness, figures);
        // the newest call first: what officers look at most; "all calls" is one click away
        if (calls.isEmpty()) {
            show(null, dashboard.figures(null));
        } else {
            call.setValue(calls.get(0));
        }
    }

    private static Long id(CallOption selected) {
        return selected == null ? null : selected.id();
    }

    private void show(CallOption selected, DashboardFigures f) {
        asOf.setText(getTranslation("dashboard.asOf", AS_OF.format(f.computedAt().atZone(zone))));
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
