package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import org.lixiang.base.Dates;
import org.lixiang.decision.DecisionExports;
import org.lixiang.decision.ObjectionService;
import org.lixiang.decision.ObjectionService.MyObjection;
import org.lixiang.decision.PublicList;
import org.lixiang.decision.PublicList.CallOption;
import org.lixiang.decision.PublicList.Listed;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.proposal.ui.AttachmentDownloadHandler;

/**
 * The public funding lists (公示名单), paged from the database and narrowed to a call or by a search,
 * and, while a period runs, objections (异议) with their replies.
 */
@Route("publicity")
@Menu(title = "menu.publicity", order = 60)
@PermitAll
public class PublicityView extends VerticalLayout implements HasDynamicTitle {

    private final ObjectionService objections;
    final ComboBox<CallOption> call = new ComboBox<>();
    final TextField search = new TextField();
    final Grid<Listed> list = new Grid<>();
    final Grid<MyObjection> mine = new Grid<>();

    public PublicityView(PublicList publicList, ObjectionService objections, Clock clock, DecisionExports exports,
                         ExportRunner runner) {
        this.objections = objections;
        setSizeFull();
        call.setLabel(getTranslation("proposal.call"));
        call.setPlaceholder(getTranslation("publicity.allCalls"));
        call.setItems(publicList.calls());
        call.setItemLabelGenerator(CallOption::name);
        call.setClearButtonVisible(true);
        call.setWidth("30em");
        call.setId("public-list-call");
        search.setLabel(getTranslation("publicity.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("public-list-search");
        call.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        list.addColumn(Listed::callName).setHeader(getTranslation("proposal.call")).setFlexGrow(2);
        list.addColumn(Listed::number).setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        list.addColumn(Listed::title).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        list.addColumn(Listed::organization).setHeader(getTranslation("proposal.organization")).setFlexGrow(2);
        list.addColumn(l -> FundingPlanView.money(l.amount())).setHeader(getTranslation("plan.funded"));
        list.addColumn(l -> l.open() ? getTranslation("publicity.until", Dates.format(l.publicityEndsAt(), clock))
                : getTranslation("publicity.final")).setHeader(getTranslation("publicity.period"));
        list.addComponentColumn(l -> {
            Button object = new Button(getTranslation("objection.file"), e -> openObjection(l));
            object.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            object.setVisible(l.open());
            object.setId("object-" + l.proposalId());
            return object;
        }).setKey("object").setAutoWidth(true);
        list.setItems(q -> publicList.page(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) publicList.count(filter()));
        list.setEmptyStateText(getTranslation("publicity.none"));
        list.setId("public-list");
        mine.addColumn(MyObjection::number).setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        mine.addColumn(MyObjection::reason).setHeader(getTranslation("objection.reason")).setFlexGrow(2);
        mine.addColumn(o -> getTranslation("objection.status." + o.status())).setHeader(getTranslation("proposal.status"));
        mine.addColumn(MyObjection::reply).setHeader(getTranslation("objection.reply")).setFlexGrow(2);
        mine.addComponentColumn(o -> o.attachmentName() == null ? new Span() : new Anchor(
                new AttachmentDownloadHandler(() -> objections.attachment(o.id()), "objection " + o.id()),
                AttachmentType.DOWNLOAD, o.attachmentName())).setHeader(getTranslation("objection.attachment"));
        mine.setAllRowsVisible(true);
        mine.setId("my-objections");
        mine.setItems(objections.mine());
        ExportButton pdf = new ExportButton(runner, "export-public-list-pdf", getTranslation("export.button.publicList"),
                () -> exports.publicList(call.getValue() == null ? null : call.getValue().callId(), getLocale()));
        HorizontalLayout filters = new HorizontalLayout(call, search, pdf);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.publicity")), filters, list, new H3(getTranslation("objection.mine")), mine);
    }

    PublicList.Filter filter() {
        return new PublicList.Filter(call.getValue() == null ? null : call.getValue().callId(), search.getValue());
    }

    private void refresh() {
        boolean filtered = call.getValue() != null || !search.getValue().isBlank();
        list.setEmptyStateText(getTranslation(filtered ? "publicity.noMatch" : "publicity.none"));
        list.getDataProvider().refreshAll();
    }

    void openObjection(Listed listed) {
        new ObjectionDialog(objections, listed, () -> mine.setItems(objections.mine())).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.publicity") + " · " + getTranslation("app.name");
    }
}
