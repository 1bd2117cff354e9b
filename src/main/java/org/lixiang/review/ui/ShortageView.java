package org.lixiang.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.lixiang.base.Role;
import org.lixiang.review.AssignmentService;
import org.lixiang.review.AssignmentService.DrawCase;
import org.lixiang.review.ExclusionReason;

/** Too few eligible experts: how many are missing and why, then draw again or continue with those drawn. */
@Route("review/shortage/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class ShortageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentService assignments;
    final Grid<Map.Entry<ExclusionReason, Integer>> reasons = new Grid<>();
    final Button drawAgain = new Button();
    final Button proceed = new Button();
    private String taskId;

    public ShortageView(AssignmentService assignments) {
        this.assignments = assignments;
        reasons.addColumn(e -> getTranslation(e.getKey().labelKey())).setHeader(getTranslation("assign.reason"));
        reasons.addColumn(Map.Entry::getValue).setHeader(getTranslation("assign.count"));
        reasons.setAllRowsVisible(true);
        reasons.setId("shortage-reasons");
        drawAgain.setText(getTranslation("shortage.drawAgain"));
        drawAgain.setId("draw-again");
        drawAgain.setDisableOnClick(true);
        drawAgain.addClickListener(e -> decide(true));
        proceed.setText(getTranslation("shortage.continue"));
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proceed.setId("continue-drawn");
        proceed.setDisableOnClick(true);
        proceed.addClickListener(e -> decide(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        DrawCase c = assignments.open(taskId);
        removeAll();
        reasons.setItems(List.copyOf(c.exclusionCounts().entrySet()));
        add(new H2(getTranslation("shortage.title", c.number())), new Paragraph(c.title()),
                new Paragraph(getTranslation("shortage.missing", c.missing(), c.wanted(), c.drawnCount())),
                reasons, new Paragraph(getTranslation("shortage.help")), new HorizontalLayout(drawAgain, proceed));
    }

    private void decide(boolean again) {
        assignments.resolveShortage(taskId, again);
        getUI().ifPresent(ui -> ui.navigate("tasks"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.resolveShortage") + " · " + getTranslation("app.name");
    }
}
