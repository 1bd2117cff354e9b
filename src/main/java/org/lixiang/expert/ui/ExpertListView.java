package org.lixiang.expert.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.lixiang.base.Dates;
import org.lixiang.base.ResearchField;
import org.lixiang.base.Role;
import org.lixiang.expert.ExpertFilter;
import org.lixiang.expert.ExpertService;
import org.lixiang.expert.ExpertSummary;

/** The expert pool for officers and admins: filter, page lazily, add and edit experts. */
@Route("experts")
@Menu(title = "menu.experts", order = 40)
@RolesAllowed({Role.OFFICER_NAME, Role.ADMIN_NAME})
public class ExpertListView extends VerticalLayout implements HasDynamicTitle {

    private final ExpertService experts;
    private final Clock clock;
    final TextField name = new TextField();
    final TextField organization = new TextField();
    final TextField keyword = new TextField();
    final ComboBox<ResearchField> field = new ComboBox<>();
    final ComboBox<ExpertFilter.Availability> availability = new ComboBox<>();
    final Button add = new Button();
    final Span total = new Span();
    final Grid<ExpertSummary> grid = new Grid<>();
    ExpertEditorDialog editor;

    public ExpertListView(ExpertService experts, Clock clock) {
        this.experts = experts;
        this.clock = clock;
        setSizeFull();
        for (TextField text : new TextField[] {name, organization, keyword}) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
            text.setClearButtonVisible(true);
            text.addValueChangeListener(e -> refresh());
        }
        name.setPlaceholder(getTranslation("expert.filterName"));
        name.setId("expert-filter-name");
        organization.setPlaceholder(getTranslation("expert.filterOrganization"));
        organization.setId("expert-filter-organization");
        keyword.setPlaceholder(getTranslation("expert.filterKeyword"));
        keyword.setId("expert-filter-keyword");
        field.setItems(ResearchField.values());
        field.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        field.setPlaceholder(getTranslation("expert.filterField"));
        field.setClearButtonVisible(true);
        field.addValueChangeListener(e -> refresh());
        field.setId("expert-filter-field");
        availability.setItems(ExpertFilter.Availability.values());
        availability.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        availability.setPlaceholder(getTranslation("expert.filterAvailability"));
        availability.setClearButtonVisible(true);
        availability.addValueChangeListener(e -> refresh());
        availability.setId("expert-filter-availability");
        add.setText(getTranslation("expert.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        add.setId("expert-add");
        total.setId("expert-total");

        grid.addColumn(ExpertSummary::name).setHeader(getTranslation("expert.name")).setAutoWidth(true);
        grid.addColumn(ExpertSummary::organizationName).setHeader(getTranslation("expert.organization"))
                .setFlexGrow(2);
        grid.addColumn(e -> e.fields().stream().map(f -> getTranslation(f.labelKey()))
                .collect(Collectors.joining(getTranslation("list.separator")))).setHeader(getTranslation("expert.fields")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation(e.title().labelKey())).setHeader(getTranslation("expert.title"))
                .setAutoWidth(true);
        grid.addColumn(ExpertSummary::keywords).setHeader(getTranslation("expert.keywords")).setFlexGrow(3);
        grid.addColumn(this::status).setHeader(getTranslation("expert.status")).setAutoWidth(true);
        grid.addColumn(ExpertSummary::maxConcurrentReviews).setHeader(getTranslation("expert.maxReviews"))
                .setAutoWidth(true);
        grid.setItems(q -> experts.search(filter(), q.getOffset(), q.getLimit()).stream(),
                q -> (int) experts.count(filter()));
        grid.setEmptyStateText(getTranslation("expert.none"));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setId("expert-grid");

        HorizontalLayout filters = new HorizontalLayout(name, organization, field, keyword, availability, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("menu.experts")), filters, total, grid);
        updateTotal();
    }

    ExpertFilter filter() {
        return new ExpertFilter(name.getValue(), organization.getValue(), field.getValue(), keyword.getValue(),
                availability.getValue());
    }

    private String status(ExpertSummary e) {
        if (!e.enabled()) {
            return getTranslation("expert.status.disabled");
        }
        return e.pausedUntil() != null ? getTranslation("expert.status.pausedUntil", Dates.format(e.pausedUntil()))
                : getTranslation("expert.status.available");
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        updateTotal();
    }

    private void updateTotal() {
        total.setText(getTranslation("expert.total", experts.count(filter())));
    }

    private void openEditor(ExpertSummary row) {
        editor = new ExpertEditorDialog(experts, row == null ? null : experts.details(row.userId()),
                LocalDate.now(clock), this::refresh);
        editor.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.experts") + " · " + getTranslation("app.name");
    }
}
