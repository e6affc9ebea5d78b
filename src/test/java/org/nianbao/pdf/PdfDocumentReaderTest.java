package org.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/** PDFs without the office: a scan (no text) gets a clear reason; damaged files too. */
class PdfDocumentReaderTest {
    @TempDir
    Path dir;

    @Test
    void aPdfWithoutTextIsRefusedAsAScan() throws Exception {
        Path pdf = dir.resolve("扫描件.pdf");
        try (PDDocument d = new PDDocument()) {
            PDPage page = new PDPage();
            d.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(d, page)) {
                s.addRect(50, 50, 400, 600); // a drawn page: lines, no text
                s.stroke();
            }
            d.save(pdf.toFile());
        }
        UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> PdfDocumentReader.read(pdf));
        assertEquals(Reason.NO_TEXT_LAYER, e.reason());
        assertTrue(e.message("zh").startsWith("PDF 中没有文字（扫描件）"), e.message("zh"));
    }

    @Test
    void damagedAndFakePdfsAreRefused() throws Exception {
        Path fake = dir.resolve("fake.pdf");
        Files.writeString(fake, "%PDF-1.7\nnot really");
        assertEquals(Reason.NOT_PDF, assertThrows(UnreadableDocumentException.class, () -> PdfDocumentReader.read(fake)).reason());
        Path empty = dir.resolve("empty.pdf");
        Files.write(empty, new byte[0]);
        assertEquals(Reason.NOT_PDF, assertThrows(UnreadableDocumentException.class, () -> PdfDocumentReader.read(empty)).reason());
    }
}
