package org.lixiang.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.call.CallService;
import org.lixiang.proposal.AttachmentInfo;
import org.lixiang.proposal.AttachmentService;
import org.lixiang.proposal.TestFiles;
import org.lixiang.proposal.TestProposals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The download link's handler asks the service when the link is followed, as whoever follows it. */
@IntegrationTest
class AttachmentDownloadHandlerTest {

    @Autowired AttachmentService service;
    @Autowired TestAccounts accounts;
    @Autowired CallService calls;
    @Autowired JdbcTemplate jdbc;
    @TempDir Path dir;

    AttachmentInfo info;
    Path file;
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int status = 200;
    String contentType;

    @BeforeEach
    void upload() throws IOException {
        long proposal = new TestProposals(jdbc, calls, accounts).draftOf("t_applicant");
        accounts.as("t_applicant");
        file = TestFiles.pdf(dir, "p.pdf");
        info = service.add(proposal, "可行性\"报告\".pdf", file);
        accounts.logout();
    }

    @AfterEach
    void logout() {
        accounts.logout();
    }

    @Test
    void theOwnerAndOfficersGetTheFileWithSafeHeaders() throws IOException {
        for (String user : new String[] {"t_applicant", "t_officer"}) {
            accounts.as(user);
            body.reset();
            headers.clear();
            download();
            assertThat(status).as(user).isEqualTo(200);
            assertThat(body.toByteArray()).as(user).isEqualTo(Files.readAllBytes(file));
            assertThat(contentType).isEqualTo("application/pdf");
            assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff")
                    .containsEntry("Content-Disposition", "attachment; filename=\"_______.pdf\"; "
                            + "filename*=UTF-8''%E5%8F%AF%E8%A1%8C%E6%80%A7%22%E6%8A%A5%E5%91%8A%22.pdf");
        }
    }

    @Test
    void othersGetForbiddenAndNoBytes() throws IOException {
        for (String user : new String[] {"t_applicant2", "t_expert", null}) {
            if (user == null) {
                accounts.logout();
            } else {
                accounts.as(user);
            }
            status = 200;
            download();
            assertThat(status).as(String.valueOf(user)).isEqualTo(403);
            assertThat(body.size()).isZero();
            assertThat(headers).doesNotContainKey("Content-Disposition");
        }
    }

    private void download() throws IOException {
        VaadinResponse response = mock(VaadinResponse.class);
        doAnswer(a -> headers.put(a.getArgument(0), a.getArgument(1))).when(response).setHeader(anyString(), anyString());
        doAnswer(a -> status = a.getArgument(0)).when(response).setStatus(anyInt());
        doAnswer(a -> contentType = a.getArgument(0)).when(response).setContentType(anyString());
        when(response.getOutputStream()).thenReturn(body);
        new AttachmentDownloadHandler(service, info.id())
                .handleDownloadRequest(new DownloadEvent(mock(VaadinRequest.class), response, null, null));
    }
}
