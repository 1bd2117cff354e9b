package org.lixiang.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.review.ReviewExports;
import org.lixiang.review.ReviewOutcomes;
import org.lixiang.review.ReviewOutcomes.Outcome;

/** Divergent scores (or too few reviews): ask one more expert, or accept the scores with a note. */
@Route("review/divergence/:taskId")
@RolesAllowed(Role.OFFICER_NAME)
public class DivergenceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ReviewOutcomes outcomes;
    private final ReviewExports exports;
    private final ExportRunner runner;
    final TextArea note = new TextArea();
    final Button extra = new Button();
    final Button accept = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    public DivergenceView(ReviewOutcomes outcomes, ReviewExports exports, ExportRunner runner) {
        this.outcomes = outcomes;
        this.exports = exports;
        this.runner = runner;
        setMaxWidth("1200px");
        note.setLabel(getTranslation("divergence.note"));
        note.setWidthFull();
        note.setMaxLength(2000);
        note.setId("divergence-note");
        extra.setText(getTranslation("divergence.extraExpert"));
        extra.setId("extra-expert");
        extra.setDisableOnClick(true);
        extra.addClickListener(e -> decide(true));
        accept.setText(getTranslation("divergence.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setId("accept-scores");
        accept.setDisableOnClick(true);
        accept.addClickListener(e -> decide(false));
        errors.bind("note", note);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        Outcome o = outcomes.openDivergence(taskId);
        removeAll();
        add(new H2(getTranslation("divergence.title", o.number())), new Paragraph(o.title()),
                new ReviewOutcomePanel(o), new ExportButton(runner, "export-review-summary",
                        getTranslation("export.button.summary"), () -> exports.summary(o.proposalId(), getLocale())),
                note, new HorizontalLayout(extra, accept));
    }

    private void decide(boolean extraExpert) {
        try {
            outcomes.resolveDivergence(taskId, extraExpert, note.getValue());
            Notifications.success(getTranslation("action.saved"));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (InvalidInputException problems) {
            errors.show(problems);
            extra.setEnabled(true);
            accept.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.resolveDivergence") + " · " + getTranslation("app.name");
    }
}
