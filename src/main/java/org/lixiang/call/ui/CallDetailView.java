package org.lixiang.call.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.lixiang.call.CallCriterion;
import org.lixiang.call.CallDetails;
import org.lixiang.call.CallService;

/**
 * A call as applicants read it: the guide's text, the dates, the budget limits, the fields and
 * how proposals will be scored. Drafts are refused by the service (access-denied page).
 */
@Route("calls/view/:callId([0-9]{1,18})")
@PermitAll
public class CallDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private final CallService calls;
    private final ZoneId zone;
    final H2 title = new H2();
    final DescriptionList facts = new DescriptionList();
    final Paragraph guide = new Paragraph();
    final Grid<CallCriterion.Draft> criteria = new Grid<>();
    private String name = "";

    public CallDetailView(CallService calls, Clock clock) {
        this.calls = calls;
        this.zone = clock.getZone();
        setMaxWidth("1000px");
        facts.setId("call-facts");
        guide.setId("call-guide");
        guide.getStyle().set("white-space", "pre-line");
        criteria.addColumn(CallCriterion.Draft::name).setHeader(getTranslation("callCriteria.name")).setFlexGrow(3);
        criteria.addColumn(c -> c.weight().stripTrailingZeros().toPlainString() + "%")
                .setHeader(getTranslation("callCriteria.weight")).setAutoWidth(true);
        criteria.addColumn(CallCriterion.Draft::maxPoints).setHeader(getTranslation("callCriteria.maxPoints"))
                .setAutoWidth(true);
        criteria.setAllRowsVisible(true);
        criteria.setId("call-criteria");
        add(new Anchor("calls", getTranslation("callView.back")), title, facts,
                new H3(getTranslation("callView.guide")), guide,
                new H3(getTranslation("callView.criteria")), criteria);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("callId").orElseThrow();
        show(calls.details(id));
    }

    private void show(CallDetails call) {
        name = call.name();
        title.setText(call.name());
        facts.removeAll();
        fact("call.programme", getTranslation(call.programme().labelKey()) + " · " + call.year());
        fact("call.fields", call.fields().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(getTranslation("list.separator"))));
        fact("call.opensAt", OpenCallsView.DATE_TIME.format(call.opensAt().atZone(zone)));
        fact("call.closesAt", OpenCallsView.DATE_TIME.format(call.closesAt().atZone(zone)));
        fact("call.maxBudget", money(call.maxBudget()));
        fact("call.envelope", money(call.envelope()));
        fact("callView.period", getTranslation("callView.periodRange", date(call.projectEarliestStart()),
                date(call.projectLatestEnd())));
        fact("call.expertsPerProposal", String.valueOf(call.expertsPerProposal()));
        guide.setText(call.description());
        criteria.setItems(call.criteria());
    }

    private void fact(String key, String value) {
        DescriptionList.Term term = new DescriptionList.Term(getTranslation(key));
        term.getStyle().set("font-weight", "600");
        facts.add(term, new DescriptionList.Description(value));
    }

    private String money(BigDecimal amount) {
        return getTranslation("money.yuan", amount);
    }

    private String date(LocalDate day) {
        return day == null ? getTranslation("callView.noLimit") : DATE.format(day);
    }

    @Override
    public String getPageTitle() {
        return name + " · " + getTranslation("app.name");
    }
}
