package org.lixiang.proposal.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lixiang.KaribuTest;
import org.lixiang.base.Messages;
import org.lixiang.call.CallService;
import org.lixiang.proposal.AttachmentInfo;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.TestFiles;
import org.lixiang.proposal.TestProposals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AttachmentsPanelTest extends KaribuTest {

    @Autowired AttachmentService service;
    @Autowired CallService calls;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;
    long proposal;

    @BeforeEach
    void proposal() {
        proposal = new TestProposals(jdbc, calls, accounts).draftOf("t_applicant");
    }

    @Test
    void uploadsAreListedAndRefusedFilesExplainedNextToTheUpload() throws IOException {
        login("t_applicant");
        AttachmentsPanel panel = new AttachmentsPanel(service, proposal, true);
        UI.getCurrent().add(panel);
        assertThat(panel.none.isVisible()).isTrue();
        assertThat(panel.upload.getAcceptedFileTypes()).contains(".pdf", ".docx", ".xlsx", ".jpg", ".jpeg", ".png");
        assertThat(panel.upload.getMaxFileSize()).isEqualTo(20 * 1024 * 1024);

        Path exe = TestFiles.exe(dir, "upload-1.tmp");
        panel.received(new UploadMetadata("setup.pdf", "application/pdf", Files.size(exe)), exe.toFile());
        assertThat(panel.error.isVisible()).isTrue();
        assertThat(panel.error.getText()).startsWith("\"setup.pdf\" is not a PDF, Word (.docx), Excel (.xlsx), JPG or PNG file.");
        assertThat(exe).as("temporary upload deleted").doesNotExist();
        assertThat(panel.grid.isVisible()).isFalse();

        Path pdf = TestFiles.pdf(dir, "upload-2.tmp");
        panel.received(new UploadMetadata("申报书.pdf", "application/octet-stream", Files.size(pdf)), pdf.toFile());
        assertThat(panel.error.isVisible()).isFalse();
        assertThat(pdf).doesNotExist();
        assertThat(panel.grid.getListDataView().getItems()).extracting(AttachmentInfo::name).containsExactly("申报书.pdf");
        assertThat(((Anchor) _getCellComponent(panel.grid, 0, "name")).getText()).isEqualTo("申报书.pdf");
        assertThat(_getCellComponent(panel.grid, 0, "remove")).isInstanceOf(Button.class);

        AttachmentInfo added = panel.grid.getListDataView().getItem(0);
        panel.remove(added);
        assertThat(panel.none.isVisible()).isTrue();
        assertThat(service.list(proposal)).isEmpty();
    }

    @Test
    void problemsAreShownInTheUsersLanguage() throws IOException {
        useLocale(Locale.SIMPLIFIED_CHINESE);
        login("t_applicant");
        AttachmentsPanel panel = new AttachmentsPanel(service, proposal, true);
        UI.getCurrent().add(panel);
        Path big = TestFiles.sparsePdf(dir, "upload.tmp", 30L * 1024 * 1024);
        panel.received(new UploadMetadata("大文件.pdf", "application/pdf", Files.size(big)), big.toFile());
        assertThat(panel.error.getText()).isEqualTo("“大文件.pdf”大小为 30 MB，单个文件不能超过 20 MB。");
    }

    @Test
    void theReadOnlyPanelOffersDownloadsOnly() throws IOException {
        login("t_applicant");
        service.add(proposal, "budget.xlsx", TestFiles.xlsx(dir, "b.xlsx"));
        login("t_officer");
        AttachmentsPanel panel = new AttachmentsPanel(service, proposal, false);
        UI.getCurrent().add(panel);
        assertThat(panel.upload).isNull();
        assertThat(_find(panel, Upload.class)).isEmpty();
        assertThat(panel.grid.getColumns()).hasSize(4);
        Anchor link = (Anchor) _getCellComponent(panel.grid, 0, "name");
        assertThat(link.getText()).isEqualTo("budget.xlsx");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
        assertThat(link.getHref()).isNotBlank();
        assertThat(panel.grid.getListDataView().getItem(0).name()).isEqualTo("budget.xlsx");
    }

    @Test
    void sizesReadWell() {
        login("t_applicant");
        AttachmentsPanel panel = new AttachmentsPanel(service, proposal, false);
        assertThat(panel.humanSize(512)).isEqualTo("512 B");
        assertThat(panel.humanSize(1536)).isEqualTo("1.5 KB");
        assertThat(panel.humanSize(20L * 1024 * 1024)).isEqualTo("20 MB");
        assertThat(Messages.supported(UI.getCurrent().getLocale())).isEqualTo(Messages.ENGLISH);
    }
}
