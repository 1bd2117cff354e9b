package org.lixiang.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.lixiang.base.Dates;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.Notifications;
import org.lixiang.call.CallService;
import org.lixiang.call.CallSummary;
import org.lixiang.proposal.ProposalService;
import org.lixiang.proposal.ProposalService.MyProposal;

/** "My proposals": each proposal's status in plain words, its current step and due date. */
@Route("proposals")
@Menu(title = "menu.myProposals", order = 12)
@RolesAllowed(Role.APPLICANT_NAME)
public class MyProposalsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MyProposal> grid = new Grid<>();
    final ComboBox<CallSummary> call = new ComboBox<>();
    final Button create = new Button();

    public MyProposalsView(ProposalService proposals, CallService calls, Clock clock) {
        setSizeFull();
        call.setPlaceholder(getTranslation("proposal.chooseCall"));
        call.setItems(q -> calls.openCalls(q.getOffset(), q.getLimit()).stream());
        call.setItemLabelGenerator(c -> getTranslation("call.withDeadline", c.name(), getTranslation("call.closesAt"),
                Dates.format(c.closesAt(), clock)));
        call.setWidth("32em");
        call.setId("new-proposal-call");
        create.setText(getTranslation("proposal.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-proposal");
        create.setDisableOnClick(true);
        create.addClickListener(e -> {
            try {
                if (call.getValue() == null) {
                    call.setErrorMessage(getTranslation("validation.required"));
                    call.setInvalid(true);
                    return;
                }
                long id = proposals.createDraft(call.getValue().id());
                getUI().ifPresent(ui -> ui.navigate("proposals/" + id + "/edit"));
            } catch (InvalidInputException refused) {
                Notifications.error(getTranslation(refused.problems().get(0).messageKey()));
            } finally {
                create.setEnabled(true);
            }
        });

        grid.addColumn(p -> p.summary().number() == null ? "—" : p.summary().number())
                .setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        grid.addColumn(p -> p.summary().title() == null || p.summary().title().isEmpty()
                ? getTranslation("proposal.untitled") : p.summary().title())
                .setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(p -> p.summary().callName()).setHeader(getTranslation("proposal.call")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.summary().status().labelKey()))
                .setHeader(getTranslation("proposal.status")).setAutoWidth(true);
        grid.addColumn(p -> p.stepKey() == null ? "" : getTranslation("step." + p.stepKey()))
                .setHeader(getTranslation("proposal.currentStep")).setAutoWidth(true);
        grid.addColumn(p -> Dates.format(p.due(), clock)).setHeader(getTranslation("tasks.due")).setAutoWidth(true);
        grid.setItems(q -> proposals.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) proposals.countMine());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("proposals/" + e.getItem().summary().id())));
        grid.setEmptyStateText(getTranslation("proposal.none"));
        grid.setId("my-proposals");

        HorizontalLayout bar = new HorizontalLayout(call, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.myProposals")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myProposals") + " · " + getTranslation("app.name");
    }
}
