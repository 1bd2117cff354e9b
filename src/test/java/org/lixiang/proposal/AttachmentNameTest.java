package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    @Test
    void dropsDirectoriesAndControlAndFormattingCharacters() {
        assertThat(AttachmentName.of("../../etc/申报书.pdf", FileType.PDF)).isEqualTo("申报书.pdf");
        assertThat(AttachmentName.of("C:\\Users\\张三\\预算表.xlsx", FileType.XLSX)).isEqualTo("预算表.xlsx");
        assertThat(AttachmentName.of("a\r\nb\u0000c\t.pdf", FileType.PDF)).isEqualTo("abc.pdf");
        // a right-to-left override would display "invoice\u202Efdp.exe" as "invoiceexe.pdf"
        assertThat(AttachmentName.of("invoice\u202Efdp.exe", FileType.PDF)).isEqualTo("invoicefdp.exe.pdf");
    }

    @Test
    void endsWithAnExtensionOfTheRecognisedType() {
        assertThat(AttachmentName.of("photo.pdf", FileType.PNG)).isEqualTo("photo.pdf.png");
        assertThat(AttachmentName.of("scan.JPEG", FileType.JPEG)).isEqualTo("scan.JPEG");
        assertThat(AttachmentName.of("page.html", FileType.PDF)).isEqualTo("page.html.pdf");
    }

    @Test
    void blankNamesGetAFallbackAndLongOnesAreShortenedKeepingTheExtension() {
        assertThat(AttachmentName.of("  /../  ", FileType.DOCX)).isEqualTo("attachment.docx");
        assertThat(AttachmentName.of(null, FileType.PDF)).isEqualTo("attachment.pdf");
        String longName = AttachmentName.of("项".repeat(400) + ".docx", FileType.DOCX);
        assertThat(longName).hasSize(AttachmentName.MAX_LENGTH).endsWith("项.docx");
        String emoji = AttachmentName.of("😀".repeat(200) + ".pdf", FileType.PDF);
        assertThat(emoji.length()).isLessThanOrEqualTo(AttachmentName.MAX_LENGTH);
        assertThat(emoji.codePoints().allMatch(c -> c == 0x1F600 || ".pdf".indexOf(c) >= 0)).isTrue();
    }
}
