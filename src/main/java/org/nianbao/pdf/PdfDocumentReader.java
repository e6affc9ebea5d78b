package org.nianbao.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.Budget;
import org.nianbao.read.ReadLimits;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Reads a PDF with a text layer (the 全真版 exported from Word, WPS or LibreOffice) with PDFBox: tables are
 * rebuilt from their ruling lines (every cell a rectangle of the grid the border lines make; merged cells where a
 * border is absent), and each character is placed in the cell its centre falls in. A table whose borders do not
 * make rectangles, or a table drawn without borders, is not rebuilt — its text reads as paragraphs, so the table is
 * reported missing (T-MISSING) rather than guessed. Text outside tables becomes paragraphs (wrapped lines joined).
 * A PDF without any text (a scan) is refused with {@link Reason#NO_TEXT_LAYER}.
 */
public final class PdfDocumentReader {
    private static final int MAX_PAGES = 1000;
    private static final int MAX_SEGMENTS_PER_PAGE = 5000;
    private static final PdfDocumentReader DEFAULT = new PdfDocumentReader(ReadLimits.defaults());

    private final ReadLimits limits;

    public PdfDocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    public static DocumentContent read(Path pdf) throws UnreadableDocumentException {
        return DEFAULT.readContent(pdf);
    }

    public DocumentContent readContent(Path pdf) throws UnreadableDocumentException {
        try {
            if (Files.size(pdf) > limits.maxPackageBytes) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE, "PDF larger than " + limits.maxPackageBytes + " bytes");
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "no such file: " + pdf.getFileName(), e);
        }
        try (PDDocument doc = Loader.loadPDF(new File(pdf.toString()))) {
            if (doc.getNumberOfPages() > MAX_PAGES) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + MAX_PAGES + " pages");
            }
            return read(doc);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(Reason.ENCRYPTED, "PDF", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(Reason.NOT_PDF, String.valueOf(e.getMessage()), e);
        }
    }

    private DocumentContent read(PDDocument doc) throws IOException {
        Budget budget = new Budget(limits);
        Chars stripper = new Chars();
        int chars = 0;
        List<List<Glyph>> pageGlyphs = new ArrayList<>();
        List<List<PdfTable>> pageTables = new ArrayList<>();
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i - 1);
            stripper.positions.clear();
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            stripper.getText(doc);
            List<Glyph> glyphs = new ArrayList<>(stripper.positions);
            chars += glyphs.size();
            budget.chars(glyphs.size());
            PageContent lines = new PageContent(page, MAX_SEGMENTS_PER_PAGE);
            lines.read();
            PDRectangle box = page.getMediaBox();
            List<PdfTable> found = PdfTable.find(lines.segments, box.getLowerLeftY() + box.getHeight(), budget);
            found.removeIf(PdfTable::degenerate); // an outer box alone, or rules in one direction: not a grid
            for (PdfTable t : found) t.take(glyphs);
            pageGlyphs.add(glyphs);
            pageTables.add(found);
        }
        if (chars == 0) {
            throw new UnreadableDocumentException(Reason.NO_TEXT_LAYER, doc.getNumberOfPages() + " page(s), no text");
        }
        // the format's tables drawn without borders, from what no bordered table took
        List<PdfBorderless.Table> borderless = PdfBorderless.find(pageGlyphs);
        List<Block> blocks = new ArrayList<>();
        int tables = 0;
        for (int p = 0; p < pageGlyphs.size(); p++) {
            List<Object> items = new ArrayList<>(pageTables.get(p)); // tables and text lines in reading order (by top)
            for (PdfBorderless.Table t : borderless) if (t.page == p) items.add(t);
            items.addAll(PdfText.lines(pageGlyphs.get(p)));
            items.sort(Comparator.comparingDouble(PdfDocumentReader::top));
            List<PdfText.Line> pending = new ArrayList<>();
            for (Object o : items) {
                if (o instanceof PdfText.Line) {
                    pending.add((PdfText.Line) o);
                    continue;
                }
                flush(pending, blocks, budget);
                budget.block();
                String name = "表格" + (++tables);
                if (o instanceof PdfTable) {
                    blocks.add(Block.table(((PdfTable) o).grid(name)));
                } else {
                    PdfBorderless.Table t = (PdfBorderless.Table) o;
                    for (List<?> row : t.rows) budget.cells(row.size());
                    blocks.add(Block.table(t.grid(name)));
                }
            }
            flush(pending, blocks, budget);
        }
        return new DocumentContent(blocks);
    }

    private static double top(Object o) {
        if (o instanceof PdfTable) return ((PdfTable) o).top;
        if (o instanceof PdfBorderless.Table) return ((PdfBorderless.Table) o).top;
        return ((PdfText.Line) o).top;
    }

    private static void flush(List<PdfText.Line> pending, List<Block> blocks, Budget budget) throws UnreadableDocumentException {
        for (String p : PdfText.paragraphs(pending)) {
            budget.block();
            blocks.add(Block.paragraph(p, 0));
        }
        pending.clear();
    }

    /** One character: its text and box, top-left origin (y down), as PDFBox places it. */
    static final class Glyph {
        final String text;
        final double x;
        final double top;
        final double width;
        final double height;

        Glyph(TextPosition p) {
            this.text = p.getUnicode();
            this.x = p.getXDirAdj();
            this.height = Math.max(1, p.getHeightDir());
            this.top = p.getYDirAdj() - height;
            this.width = Math.max(0.1, p.getWidthDirAdj());
        }

        double cx() {
            return x + width / 2;
        }

        double cy() {
            return top + height / 2;
        }
    }

    private static final class Chars extends PDFTextStripper {
        final List<Glyph> positions = new ArrayList<>();

        Chars() {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            for (TextPosition p : textPositions) {
                String u = p.getUnicode();
                if (u != null && !u.isBlank()) positions.add(new Glyph(p));
            }
        }
    }
}
