package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lixiang.IntegrationTest;
import org.lixiang.TestAccounts;
import org.lixiang.base.AppPrincipal;
import org.lixiang.base.InvalidInputException;
import org.lixiang.base.Messages;
import org.lixiang.base.NotAllowedException;
import org.lixiang.base.audit.AuditLog;
import org.lixiang.call.CallService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AttachmentServiceTest {

    private static final long MB = 1024 * 1024;

    @Autowired AttachmentService service;
    @Autowired TestAccounts accounts;
    @Autowired CallService calls;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditLog audit;
    @Autowired Messages messages;
    @Value("${lixiang.data-dir}") String dataDir;
    @TempDir Path uploads;
    TestProposals proposals;

    @BeforeEach
    void setUp() {
        proposals = new TestProposals(jdbc, calls, accounts);
    }

    @AfterEach
    void logout() {
        accounts.logout();
    }

    @Test
    void anUploadIsCataloguedAndStoredUnderItsSha256OutsideTheWebRoot() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        AppPrincipal owner = accounts.as("t_applicant");
        Path file = TestFiles.pdf(uploads, "upload.tmp");

        AttachmentInfo info = service.add(proposal, "../../etc/项目申报书.pdf", file);

        String sha256 = sha256(file);
        assertThat(info.name()).isEqualTo("项目申报书.pdf");
        assertThat(info.contentType()).isEqualTo("application/pdf");
        assertThat(info.sizeBytes()).isEqualTo(Files.size(file));
        assertThat(info.sha256()).isEqualTo(sha256);
        Path stored = Path.of(dataDir).toAbsolutePath().normalize()
                .resolve("files").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
        assertThat(stored).exists().hasSameBinaryContentAs(file);
        // not reachable as a static resource: nothing of the store is on the classpath or in the web root
        for (String webRoot : List.of("target/classes", "target/test-classes", "src")) {
            assertThat(stored.startsWith(Path.of(webRoot).toAbsolutePath())).as(webRoot).isFalse();
        }
        assertThat(jdbc.queryForObject("select uploaded_by from proposal_attachment where id = ?", Long.class, info.id()))
                .isEqualTo(owner.userId());
        assertThat(service.list(proposal)).containsExactly(info);
        accounts.as("t_officer"); // the bureau reads the trail, applicants never
        assertThat(audit.forObject("proposal", proposal)).anyMatch(e -> "ATTACHMENT_ADDED".equals(e.getAction()));
        accounts.as("t_applicant");

        AttachmentDownload download = service.open(info.id());
        assertThat(download.name()).isEqualTo("项目申报书.pdf");
        assertThat(download.size()).isEqualTo(info.sizeBytes());
        try (InputStream in = download.openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void theContentTypeComesFromTheContentNotTheName() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");

        AttachmentInfo png = service.add(proposal, "photo.pdf", TestFiles.png(uploads, "a"));
        AttachmentInfo docx = service.add(proposal, "任务书.docx", TestFiles.docx(uploads, "b"));
        AttachmentInfo xlsx = service.add(proposal, "预算.xlsx", TestFiles.xlsx(uploads, "c"));
        AttachmentInfo jpeg = service.add(proposal, "scan.jpg", TestFiles.jpeg(uploads, "d"));

        assertThat(png.contentType()).isEqualTo("image/png");
        assertThat(png.name()).isEqualTo("photo.pdf.png");
        assertThat(docx.contentType()).isEqualTo(FileType.DOCX.contentType());
        assertThat(xlsx.contentType()).isEqualTo(FileType.XLSX.contentType());
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(service.list(proposal)).hasSize(4);
    }

    @Test
    void filesOfOtherTypesAreRefusedAndNothingIsKept() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");

        assertProblem(() -> service.add(proposal, "report.pdf", TestFiles.exe(uploads, "a")), "attachment.typeNotAllowed");
        assertProblem(() -> service.add(proposal, "plan.docx", TestFiles.plainZip(uploads, "b")), "attachment.typeNotAllowed");
        assertProblem(() -> service.add(proposal, "x.pdf", TestFiles.elf(uploads, "c")), "attachment.typeNotAllowed");
        assertProblem(() -> service.add(proposal, "empty.pdf", Files.createFile(uploads.resolve("d"))), "attachment.empty");
        assertThat(service.list(proposal)).isEmpty();
    }

    @Test
    void aThirtyMegabyteFileIsRefusedWithAClearMessage() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");
        Path big = TestFiles.sparsePdf(uploads, "big.pdf", 30 * MB);

        InvalidInputException e = assertProblem(() -> service.add(proposal, "大文件.pdf", big), "attachment.tooLarge");

        InvalidInputException.Problem p = e.problems().get(0);
        assertThat(messages.getTranslation(p.messageKey(), Messages.ENGLISH, p.args()))
                .isEqualTo("\"大文件.pdf\" has 30 MB; a file may have at most 20 MB.");
        assertThat(messages.getTranslation(p.messageKey(), Messages.CHINESE, p.args()))
                .isEqualTo("“大文件.pdf”大小为 30 MB，单个文件不能超过 20 MB。");
        assertThat(service.list(proposal)).isEmpty();
    }

    @Test
    void exactlyTwentyMegabytesIsAccepted() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");
        AttachmentInfo info = service.add(proposal, "20mb.pdf", TestFiles.sparsePdf(uploads, "max.pdf", 20 * MB));
        assertThat(info.sizeBytes()).isEqualTo(20 * MB);
    }

    @Test
    void aProposalHoldsAtMostOneHundredMegabytes() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        AppPrincipal owner = accounts.as("t_applicant");
        // 95 MB already catalogued (the bytes need not exist for the sum)
        jdbc.update("""
                insert into proposal_attachment (proposal_id, original_name, content_type, size_bytes, sha256,
                                                 uploaded_by, uploaded_at)
                values (?, 'earlier.pdf', 'application/pdf', ?, ?, ?, now())""",
                proposal, 95 * MB, "0".repeat(64), owner.userId());

        InvalidInputException e = assertProblem(
                () -> service.add(proposal, "six.pdf", TestFiles.sparsePdf(uploads, "six.pdf", 6 * MB)),
                "attachment.totalTooLarge");
        assertThat(messages.getTranslation(e.problems().get(0).messageKey(), Messages.ENGLISH, e.problems().get(0).args()))
                .contains("at most 100 MB", "5 MB are left");
        assertThat(service.list(proposal)).hasSize(1);

        service.add(proposal, "small.pdf", TestFiles.pdf(uploads, "small.pdf"));
        assertThat(service.list(proposal)).hasSize(2);
    }

    @Test
    void otherApplicantsExpertsAndAnonymousSeeNothing() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");
        AttachmentInfo info = service.add(proposal, "a.pdf", TestFiles.pdf(uploads, "a.pdf"));
        Path another = TestFiles.pdf(uploads, "b.pdf");

        for (String stranger : List.of("t_applicant2", "t_expert")) {
            accounts.as(stranger);
            assertThatThrownBy(() -> service.list(proposal)).as(stranger).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.open(info.id())).as(stranger).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.add(proposal, "b.pdf", another)).as(stranger)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.remove(info.id())).as(stranger).isInstanceOf(NotAllowedException.class);
        }
        accounts.logout();
        assertThatThrownBy(() -> service.list(proposal)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.open(info.id())).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.add(proposal, "b.pdf", another)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.remove(info.id())).isInstanceOf(NotAllowedException.class);
        // unknown ids are refused the same way, so ids cannot be probed
        accounts.as("t_applicant");
        assertThatThrownBy(() -> service.open(Long.MAX_VALUE)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> service.list(Long.MAX_VALUE)).isInstanceOf(NotAllowedException.class);

        assertThat(jdbc.queryForObject("select count(*) from proposal_attachment where proposal_id = ?",
                Integer.class, proposal)).isEqualTo(1);
    }

    @Test
    void officersLeadersAndAdminsReadButDoNotChange() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");
        Path file = TestFiles.docx(uploads, "plan.docx");
        AttachmentInfo info = service.add(proposal, "实施方案.docx", file);

        for (String reader : List.of("t_officer", "t_leader", "t_admin")) {
            accounts.as(reader);
            assertThat(service.list(proposal)).as(reader).containsExactly(info);
            try (InputStream in = service.open(info.id()).openStream()) {
                assertThat(in.readAllBytes()).as(reader).isEqualTo(Files.readAllBytes(file));
            }
            assertThatThrownBy(() -> service.add(proposal, "x.pdf", TestFiles.pdf(uploads, "x.pdf"))).as(reader)
                    .isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> service.remove(info.id())).as(reader).isInstanceOf(NotAllowedException.class);
        }
    }

    @Test
    void theOwnerRemovesWhileEditableButNotOnceSubmitted() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");
        AttachmentInfo first = service.add(proposal, "first.pdf", TestFiles.pdf(uploads, "1.pdf"));
        AttachmentInfo second = service.add(proposal, "second.png", TestFiles.png(uploads, "2.png"));

        service.remove(first.id());
        assertThat(service.list(proposal)).containsExactly(second);
        accounts.as("t_officer");
        assertThat(audit.forObject("proposal", proposal)).anyMatch(e -> "ATTACHMENT_REMOVED".equals(e.getAction())
                && "first.pdf".equals(e.getDetail()));
        accounts.as("t_applicant");

        proposals.setStatus(proposal, ProposalStatus.SUBMITTED);
        assertProblem(() -> {
            service.remove(second.id());
            return null;
        }, "attachment.notEditable");
        assertProblem(() -> service.add(proposal, "late.pdf", TestFiles.pdf(uploads, "late.pdf")),
                "attachment.notEditable");
        assertThat(service.list(proposal)).containsExactly(second);
        try (InputStream in = service.open(second.id()).openStream()) {
            assertThat(in.readAllBytes()).isNotEmpty();
        }

        proposals.setStatus(proposal, ProposalStatus.RETURNED);
        service.remove(second.id());
        assertThat(service.list(proposal)).isEmpty();
    }

    @Test
    void theDownloadHeaderCarriesAChineseNameWithQuotesSafely() throws Exception {
        long proposal = proposals.draftOf("t_applicant");
        accounts.as("t_applicant");
        AttachmentInfo info = service.add(proposal, "申报\"书\"\r\nSet-Cookie: a=b.pdf", TestFiles.pdf(uploads, "q.pdf"));

        assertThat(info.name()).isEqualTo("申报\"书\"Set-Cookie: a=b.pdf");
        String header = service.open(info.id()).contentDisposition();
        assertThat(header).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("attachment; filename=\"_____Set-Cookie: a=b.pdf\"; "
                        + "filename*=UTF-8''%E7%94%B3%E6%8A%A5%22%E4%B9%A6%22Set-Cookie%3A%20a%3Db.pdf");
        String encoded = header.substring(header.indexOf("UTF-8''") + "UTF-8''".length());
        assertThat(java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(info.name());
    }

    private static InvalidInputException assertProblem(ThrowingSupplier work, String key) {
        try {
            work.get();
        } catch (InvalidInputException e) {
            assertThat(e.concerns("attachments")).isTrue();
            assertThat(e.problems()).extracting(InvalidInputException.Problem::messageKey).containsExactly(key);
            return e;
        } catch (Exception other) {
            throw new AssertionError("expected " + key + " but got " + other, other);
        }
        throw new AssertionError("expected " + key + " but nothing was refused");
    }

    @FunctionalInterface
    private interface ThrowingSupplier {
        Object get() throws Exception;
    }

    private static String sha256(Path file) throws IOException, java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
