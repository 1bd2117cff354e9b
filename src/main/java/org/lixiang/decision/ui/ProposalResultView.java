package org.lixiang.decision.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Optional;
import org.lixiang.base.CurrentUser;
import org.lixiang.base.Role;
import org.lixiang.decision.ApplicantResult;
import org.lixiang.decision.ResultService;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.review.ReviewExports;

/**
 * The final result of one proposal, opened from the applicant's notification. A page of its own
 * because the proposal page belongs to the proposal feature, which must not depend on decision.
 */
@Route("proposals/:proposalId/result")
@RolesAllowed({Role.APPLICANT_NAME, Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ProposalResultView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ResultService results;
    private final Clock clock;
    private final ReviewExports exports;
    private final ExportRunner runner;
    private String title = "";

    public ProposalResultView(ResultService results, Clock clock, ReviewExports exports, ExportRunner runner) {
        this.results = results;
        this.clock = clock;
        this.exports = exports;
        this.runner = runner;
        setMaxWidth("1100px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = event.getRouteParameters().getLong("proposalId").orElse(-1L);
        Optional<ApplicantResult> result = results.resultOf(id);
        removeAll();
        title = result.map(r -> r.number() + " " + r.title()).orElse("");
        add(new H2(getTranslation("result.title")));
        result.ifPresentOrElse(r -> add(new Paragraph(r.number() + " · " + r.title()), new ResultPanel(r, clock)), () -> {
            Paragraph notYet = new Paragraph(getTranslation("result.notYet"));
            notYet.setId("result-not-yet");
            add(notYet);
        });
        if (CurrentUser.require().hasAny(Role.OFFICER, Role.LEADER, Role.ADMIN)) {
            // the bureau's review summary names the experts: never offered to the applicant, who
            // reads the anonymized comments above
            add(new ExportButton(runner, "export-review-summary", getTranslation("export.button.summary"),
                    () -> exports.summary(id, getLocale())));
        }
        add(new Anchor("proposals/" + id, getTranslation("result.toProposal")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.title") + (title.isEmpty() ? "" : " · " + title) + " · " + getTranslation("app.name");
    }
}
