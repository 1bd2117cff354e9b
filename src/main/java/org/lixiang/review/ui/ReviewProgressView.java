package org.lixiang.review.ui;

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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lixiang.base.Role;
import org.lixiang.proposal.CallQueue;
import org.lixiang.proposal.ProposalDirectory;
import org.lixiang.proposal.ProposalStatus;
import org.lixiang.proposal.ProposalSummary;
import org.lixiang.export.ExportRunner;
import org.lixiang.export.ui.ExportButton;
import org.lixiang.review.ReviewExports;
import org.lixiang.review.ReviewOutcomes;
import org.lixiang.review.ReviewOutcomes.Progress;

/**
 * Review progress per call: for each proposal in expert review, how many reviews are in, open,
 * overdue and declined, the score once complete, and the divergence flag. Paged; the counts of a
 * page come from two aggregate queries.
 */
@Route("review/progress")
@Menu(title = "menu.reviewProgress", order = 35)
@RolesAllowed({Role.OFFICER_NAME, Role.LEADER_NAME, Role.ADMIN_NAME})
public class ReviewProgressView extends VerticalLayout implements HasDynamicTitle {

    static final Set<ProposalStatus> IN_REVIEW = EnumSet.of(ProposalStatus.EXPERT_REVIEW, ProposalStatus.REVIEWED);

    /** A row: the proposal and its progress. */
    record Row(ProposalSummary proposal, Progress progress) {
    }

    final ComboBox<CallQueue> call = new ComboBox<>();
    final Grid<Row> grid = new Grid<>();

    public ReviewProgressView(ProposalDirectory proposals, ReviewOutcomes outcomes, ReviewExports exports,
                              ExportRunner runner) {
        setSizeFull();
        List<CallQueue> calls = proposals.callsWith(IN_REVIEW);
        call.setLabel(getTranslation("proposal.call"));
        call.setItems(calls);
        call.setItemLabelGenerator(c -> getTranslation("progress.callLine", c.callName(), c.waiting()));
        call.setWidth("30em");
        call.setId("progress-call");
        ExportButton export = new ExportButton(runner, "export-review-progress", getTranslation("export.button.progress"),
                () -> exports.progress(call.getValue().callId(), getLocale()));
        export.setVisible(false);
        call.addValueChangeListener(e -> {
            grid.getDataProvider().refreshAll();
            export.setVisible(e.getValue() != null);
        });
        grid.addColumn(r -> r.proposal().number()).setHeader(getTranslation("proposal.number")).setAutoWidth(true);
        grid.addColumn(r -> r.proposal().title()).setHeader(getTranslation("proposal.title")).setFlexGrow(3);
        grid.addColumn(r -> r.progress() == null ? 0 : r.progress().submitted()).setHeader(getTranslation("progress.in"));
        grid.addColumn(r -> r.progress() == null ? 0 : r.progress().open()).setHeader(getTranslation("progress.open"));
        grid.addColumn(r -> r.progress() == null ? 0 : r.progress().overdue()).setHeader(getTranslation("progress.overdue"));
        grid.addColumn(r -> r.progress() == null ? 0 : r.progress().declined()).setHeader(getTranslation("progress.declined"));
        grid.addColumn(r -> r.progress() == null || r.progress().aggregate() == null ? ""
                : r.progress().aggregate().score().toPlainString()).setHeader(getTranslation("progress.score"));
        grid.addColumn(r -> r.progress() != null && r.progress().aggregate() != null && r.progress().aggregate().divergent()
                ? getTranslation("progress.divergent") : "").setHeader(getTranslation("progress.flag"));
        grid.setItems(q -> {
            if (call.getValue() == null) {
                return java.util.stream.Stream.empty();
            }
            List<ProposalSummary> page = proposals.inStates(call.getValue().callId(), IN_REVIEW, q.getOffset(), q.getLimit());
            Map<Long, Progress> progress = outcomes.progress(page.stream().map(ProposalSummary::id).toList());
            return page.stream().map(p -> new Row(p, progress.get(p.id())));
        }, q -> call.getValue() == null ? 0 : (int) proposals.countInStates(call.getValue().callId(), IN_REVIEW));
        grid.setEmptyStateText(getTranslation("progress.none"));
        grid.setId("review-progress");
        calls.stream().findFirst().ifPresent(call::setValue);
        HorizontalLayout bar = new HorizontalLayout(call, export);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("menu.reviewProgress")), bar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reviewProgress") + " · " + getTranslation("app.name");
    }
}
