package org.lixiang.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.lixiang.KaribuTest;
import org.lixiang.base.Messages;
import org.lixiang.decision.ReviewedProposalFixtures;
import org.lixiang.export.ExportFile;
import org.lixiang.export.ExportFiles;
import org.lixiang.export.ui.ExportDownloads;
import org.lixiang.proposal.CallQueue;
import org.lixiang.proposal.ProposalFixtures;
import org.lixiang.review.ReviewFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The review progress screen exports the selected call's progress, per proposal and per expert. */
@Import({ProposalFixtures.class, ReviewFixtures.class, ReviewedProposalFixtures.class})
class ReviewProgressExportTest extends KaribuTest {

    @Autowired ReviewedProposalFixtures fixtures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theOfficerDownloadsTheProgressOfTheSelectedCall() throws Exception {
        long id = fixtures.reviewed("地方道路隧道机电设施的现状与研究");
        long callId = jdbc.queryForObject("select call_id from proposal where id = ?", Long.class, id);
        useLocale(Messages.ENGLISH);
        login("t_officer");
        UI.getCurrent().navigate("review/progress");
        @SuppressWarnings("unchecked")
        ComboBox<CallQueue> call = _get(ComboBox.class, s -> s.withId("progress-call"));
        _setValue(call, call.getListDataView().getItems().filter(c -> c.callId() == callId).findFirst().orElseThrow());

        _click(_get(Button.class, s -> s.withId("export-review-progress")));
        ExportDownloads.Download file = ExportDownloads.fetch(ExportDownloads.await("export-review-progress"));
        assertThat(file.headers().get("Content-Disposition")).contains("review-progress_");
        try (Workbook book = ExportFiles.workbook(new ExportFile("p.xlsx", file.contentType(), file.body()))) {
            List<List<String>> experts = ExportFiles.rows(book.getSheet("Experts"));
            assertThat(experts.get(0)).startsWith("Number", "Title", "Expert", "Status");
            assertThat(experts).filteredOn(r -> r.size() > 3 && r.get(0).equals(fixtures.number(id)))
                    .hasSize(5).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("Submitted"));
        }
    }
}
