package org.lixiang.decision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Role;
import org.lixiang.base.ui.FieldErrors;
import org.lixiang.base.ui.Notifications;
import org.lixiang.decision.DepartmentOpinionService;
import org.lixiang.decision.OpinionCase;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.review.ReviewExports;
import org.lixiang.review.ui.ReviewOutcomePanel;

/** The leader's department opinion (处室意见) on a reviewed proposal: agree or not, with a comment. */
@Route("decision/opinion/:taskId")
@RolesAllowed(Role.LEADER_NAME)
public class DepartmentOpinionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DepartmentOpinionService opinions;
    private final ReviewExports exports;
    private final ExportRunner runner;
    final RadioButtonGroup<Boolean> agrees = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final Button confirm = new Button();
    private final FieldErrors errors = new FieldErrors(this);
    private String taskId;

    public DepartmentOpinionView(DepartmentOpinionService opinions, ReviewExports exports, ExportRunner runner) {
        this.opinions = opinions;
        this.exports = exports;
        this.runner = runner;
        setMaxWidth("1200px");
        agrees.setLabel(getTranslation("opinion.agreement"));
        agrees.setItems(true, false);
        agrees.setItemLabelGenerator(yes -> getTranslation(yes ? "opinion.agree" : "opinion.disagree"));
        agrees.setRequiredIndicatorVisible(true);
        agrees.setId("opinion-agrees");
        comment.setLabel(getTranslation("opinion.comment"));
        comment.setWidthFull();
        comment.setMinHeight("8em");
        comment.setMaxLength(2000);
        comment.setRequiredIndicatorVisible(true);
        comment.setId("opinion-comment");
        confirm.setText(getTranslation("opinion.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-opinion");
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> give());
        errors.bind("agrees", agrees).bind("comment", comment);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().get("taskId").orElse("");
        OpinionCase c = opinions.open(taskId);
        removeAll();
        Paragraph applicant = new Paragraph(getTranslation("opinion.applicant", c.applicantName(),
                c.applicantOrganization() == null ? "" : c.applicantOrganization(),
                getTranslation(c.field().labelKey())));
        applicant.setId("opinion-applicant");
        add(new H2(getTranslation("opinion.title", c.number())), new Paragraph(c.title()), applicant,
                new ReviewOutcomePanel(c.outcome()), new ExportButton(runner, "export-review-summary",
                        getTranslation("export.button.summary"), () -> exports.summary(c.outcome().proposalId(), getLocale())),
                new H3(getTranslation("opinion.yours")), agrees, comment, confirm);
    }

    private void give() {
        errors.clear();
        try {
            if (agrees.getValue() == null) {
                // the service takes a yes or no; an unanswered choice is refused here, with the comment checked too
                List<InvalidInputException.Problem> problems = new ArrayList<>();
                problems.add(new InvalidInputException.Problem("agrees", "opinion.chooseAgreement"));
                if (comment.getValue().isBlank()) {
                    problems.add(new InvalidInputException.Problem("comment", "validation.required"));
                }
                throw new InvalidInputException(problems);
            }
            opinions.give(taskId, agrees.getValue(), comment.getValue());
            Notifications.success(getTranslation("opinion.given"));
            getUI().ifPresent(ui -> ui.navigate("tasks"));
        } catch (InvalidInputException problems) {
            errors.show(problems);
            confirm.setEnabled(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("step.departmentOpinion") + " · " + getTranslation("app.name");
    }
}
