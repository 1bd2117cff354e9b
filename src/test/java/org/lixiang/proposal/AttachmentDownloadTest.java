package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentDownloadTest {

    @Test
    void asciiNamesAreQuotedAsTheyAre() {
        assertThat(AttachmentDownload.contentDisposition("budget-2026.xlsx"))
                .isEqualTo("attachment; filename=\"budget-2026.xlsx\"; filename*=UTF-8''budget-2026.xlsx");
    }

    @Test
    void chineseNamesGoPercentEncodedWithAnAsciiFallback() {
        assertThat(AttachmentDownload.contentDisposition("申报书 v2.pdf"))
                .isEqualTo("attachment; filename=\"___ v2.pdf\"; filename*=UTF-8''%E7%94%B3%E6%8A%A5%E4%B9%A6%20v2.pdf");
    }

    @Test
    void quotesBackslashesAndLineBreaksCannotEscapeTheHeader() {
        String header = AttachmentDownload.contentDisposition("a\"b\\c\r\nSet-Cookie: x=1;\".pdf");
        assertThat(header).doesNotContain("\r").doesNotContain("\n")
                .isEqualTo("attachment; filename=\"a_b_c__Set-Cookie: x=1;_.pdf\"; "
                        + "filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%3B%22.pdf");
        // exactly the two quotes around the fallback name
        assertThat(header.chars().filter(c -> c == '"').count()).isEqualTo(2);
    }
}
