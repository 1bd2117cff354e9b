package org.lixiang.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTypeSnifferTest {

    @TempDir Path dir;

    @Test
    void recognisesTheAllowedTypesByTheirContent() throws IOException {
        assertThat(FileTypeSniffer.sniff(TestFiles.pdf(dir, "a.pdf"))).contains(FileType.PDF);
        assertThat(FileTypeSniffer.sniff(TestFiles.png(dir, "a.png"))).contains(FileType.PNG);
        assertThat(FileTypeSniffer.sniff(TestFiles.jpeg(dir, "a.jpg"))).contains(FileType.JPEG);
        assertThat(FileTypeSniffer.sniff(TestFiles.docx(dir, "a.docx"))).contains(FileType.DOCX);
        assertThat(FileTypeSniffer.sniff(TestFiles.xlsx(dir, "a.xlsx"))).contains(FileType.XLSX);
    }

    @Test
    void theNameDoesNotMatter() throws IOException {
        assertThat(FileTypeSniffer.sniff(TestFiles.png(dir, "looks-like.pdf"))).contains(FileType.PNG);
        assertThat(FileTypeSniffer.sniff(TestFiles.docx(dir, "no-extension"))).contains(FileType.DOCX);
    }

    @Test
    void refusesExecutablesRenamedToAnAllowedName() throws IOException {
        assertThat(FileTypeSniffer.sniff(TestFiles.exe(dir, "report.pdf"))).isEmpty();
        assertThat(FileTypeSniffer.sniff(TestFiles.elf(dir, "photo.png"))).isEmpty();
    }

    @Test
    void refusesZipsThatAreNotWordOrExcelDocuments() throws IOException {
        assertThat(FileTypeSniffer.sniff(TestFiles.plainZip(dir, "a.docx"))).isEmpty();
        // an Office part without the package's content types is not an Office document
        assertThat(FileTypeSniffer.sniff(TestFiles.zip(dir, "b.docx", "word/document.xml", "<w:document/>"))).isEmpty();
        // an OPC package that is neither Word nor Excel (e.g. PowerPoint)
        assertThat(FileTypeSniffer.sniff(TestFiles.zip(dir, "c.pptx", "[Content_Types].xml", "<Types/>",
                "ppt/presentation.xml", "<p/>"))).isEmpty();
        // a ZIP signature followed by garbage
        Path broken = Files.write(dir.resolve("d.xlsx"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(FileTypeSniffer.sniff(broken)).isEmpty();
    }

    @Test
    void refusesEmptyShortAndOtherFiles() throws IOException {
        assertThat(FileTypeSniffer.sniff(Files.write(dir.resolve("empty.pdf"), new byte[0]))).isEmpty();
        assertThat(FileTypeSniffer.sniff(Files.write(dir.resolve("short.pdf"), new byte[] {'%', 'P'}))).isEmpty();
        assertThat(FileTypeSniffer.sniff(Files.writeString(dir.resolve("page.pdf"),
                "<html><script>alert(1)</script></html>", StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileTypeSniffer.sniff(dir.resolve("does-not-exist.pdf"))).isEmpty();
    }
}
