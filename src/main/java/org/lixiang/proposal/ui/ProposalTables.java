package org.lixiang.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.util.List;
import org.lixiang.base.Money;
import org.lixiang.proposal.ProposalContent;

/**
 * A proposal's team and budget as read-only tables, the same for the bureau's read panel and the
 * expert who scores it: an expert recommends a budget, so they see what is asked per category.
 */
public final class ProposalTables {

    private ProposalTables() {
    }

    /** Name, organization, title and role of each member; the lead is marked as such. */
    public static Grid<ProposalContent.Member> team(List<ProposalContent.Member> members) {
        Grid<ProposalContent.Member> team = new Grid<>();
        team.addClassName("proposal-team-table");
        team.addColumn(ProposalContent.Member::name).setHeader(team.getTranslation("proposal.member.name"));
        team.addColumn(ProposalContent.Member::organization)
                .setHeader(team.getTranslation("proposal.member.organization"));
        team.addColumn(ProposalContent.Member::title).setHeader(team.getTranslation("proposal.member.title"));
        team.addColumn(m -> m.lead() ? team.getTranslation("proposal.member.lead") : m.role())
                .setHeader(team.getTranslation("proposal.member.role"));
        team.setItems(members);
        team.setAllRowsVisible(true);
        return team;
    }

    /** Every budget category with its requested and self-raised amounts (0.00 where none). */
    public static Grid<ProposalContent.Budget> budget(ProposalContent content) {
        Grid<ProposalContent.Budget> budget = new Grid<>();
        budget.addClassName("proposal-budget-table");
        budget.addColumn(b -> budget.getTranslation(b.category().labelKey()))
                .setHeader(budget.getTranslation("budget.category"));
        budget.addColumn(b -> money(b.requested())).setHeader(budget.getTranslation("budget.requested"));
        budget.addColumn(b -> money(b.selfRaised())).setHeader(budget.getTranslation("budget.selfRaised"));
        budget.setItems(List.copyOf(content.budgetByCategory().values()));
        budget.setAllRowsVisible(true);
        return budget;
    }

    private static String money(BigDecimal v) {
        return Money.format(v, "0.00");
    }
}
