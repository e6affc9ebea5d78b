package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XModifiable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.UiText;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.session.Worklist;

/**
 * Issue 10, "done when": a clerk fills a report from an empty document to 已通过 with the deck and the keyboard
 * only, and no keystroke is lost. A real Writer window (Xvfb, Chinese UI, the built extension); the deck's
 * buttons and lists are clicked with the mouse and everything is typed with the keyboard, both by xdotool on
 * the office's display (a real click moves the keyboard focus, which the accessibility action of
 * {@link Deck#press} does not). Digits, Tab, Down, Enter, End and Ctrl+S are keystrokes; the Chinese text goes
 * in by Ctrl+V from the clipboard, a whole phrase as an input method commits it ({@link Deck#paste}: xdotool's
 * own typing of Chinese drops a character now and then). The one step that is not the deck or the keyboard is the first Save As (UNO
 * {@code storeAsURL}, the save path runs as for File › Save As): a new document's Ctrl+S opens the file dialog,
 * which is LibreOffice's and not what this test is about; every later save is Ctrl+S. Writes
 * target/nianbao-clerk-keyboard.png.
 */
class ClerkKeyboardIT extends ChineseDeckTest {
    static final String AGENCY = "示例市司法局";
    static final String PROBLEMS = "主要问题是部分栏目更新不够及时。下一步将加强培训，完善审核机制。";
    static final String OTHER = "本年度未收取信息处理费。";

    @Test
    void aClerkFillsAReportToPassedWithTheDeckAndTheKeyboardOnly() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        Map<String, String> typed = new LinkedHashMap<>();
        try {
            Deck deck = Deck.open(office, doc);

            // 1. 插入完整报告
            deck.click(Deck.INSERT, "insert.report");
            for (TableId t : TableId.values()) assertTrue(read(doc).hasTable(t), t + " inserted");
            deck.panel(Deck.INSERT).collapse(); // done with it, as the clerk folds it by its title: 校验 moves up

            // 2. 报告信息: now a report, the deck shows 校验 and folds the rest; the clerk opens 报告信息 by its title,
            // clicks into each field, selects what is there, types; then 写入文档
            deck.panel(Deck.INFO).expand(false);
            deck.settle();
            deck.click(Deck.INFO, "agency");
            deck.keys("key", "ctrl+a");
            deck.paste(AGENCY);
            assertEquals(AGENCY, deck.awaitText(Deck.INFO, "agency", AGENCY), "Ctrl+V puts the agency into the panel's edit field");
            deck.click(Deck.INFO, "year");
            deck.keys("key", "ctrl+a");
            deck.keys("type", "2024");
            assertEquals("2024", deck.awaitText(Deck.INFO, "year", "2024"));
            deck.click(Deck.INFO, "apply");
            assertEquals(AGENCY, ReportInfo.agency(doc));
            assertEquals(Integer.valueOf(2024), ReportInfo.year(doc));

            // the one Save As, by UNO (see the class comment); from here on Ctrl+S
            Path file = Paths.get("target", "it-output", "clerk-keyboard.odt").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Saving.saveAs(doc, file, "writer8");
            assertEquals(UiText.of("zh").get("check.summary", 0, expected(doc).warningCount()), deck.label(Deck.CHECK, "status"));

            // 3a. 下一个问题 goes to the first problem, 表二's first blank cell; the clerk types its row, Tab between cells
            Report report = read(doc);
            Finding first = Worklist.problems(expected(doc)).get(0);
            assertEquals("active.art20_1.rules.issued", first.key, first.toString());
            deck.click(Deck.CHECK, "next");
            assertEquals(cell(report, first.key), deck.selectedCell(), "下一个问题 put the cursor into the cell");
            type(deck, typed, report, "active.art20_1.rules.issued", "1");
            deck.keys("key", "Tab");
            type(deck, typed, report, "active.art20_1.rules.repealed", "0");
            deck.keys("key", "Tab");
            type(deck, typed, report, "active.art20_1.rules.in_force", "5");
            saveByKeyboard(deck, doc, file);

            // 3b. 表三 from the worklist by the keyboard: into the list, Down to its blank-cells line, Enter
            goToBlanksOf(deck, doc, TableId.T3);
            report = read(doc);
            type(deck, typed, report, "apply.new.natural_person", "1");
            deck.keys("key", "Down");
            deck.keys("key", "Down");
            type(deck, typed, report, "apply.results.granted.natural_person", "1");
            saveByKeyboard(deck, doc, file);

            // 3c. 表四 the same way
            goToBlanksOf(deck, doc, TableId.T4);
            report = read(doc);
            type(deck, typed, report, "appeal.review.upheld", "1");

            // 3d. 空白单元格填 0 for the rest (every other input cell)
            deck.click(Deck.CHECK, "fillBlanks");
            Report filled = read(doc);
            for (Map.Entry<String, String> e : typed.entrySet()) assertEquals(e.getValue(), filled.cellText(e.getKey()).trim(), e.getKey());

            // 4. the text the rules ask for, typed after the headings 下一个问题 leads to
            saveByKeyboard(deck, doc, file);
            List<Finding> problems = Worklist.problems(expected(doc));
            assertEquals(List.of("section.problems", "section.other"), keys(problems), "what is left: " + problems);
            deck.click(Deck.CHECK, "next");
            deck.keys("key", "End");
            deck.keys("key", "Return");
            deck.paste(PROBLEMS);
            // Enter after a heading starts a body paragraph, not another heading (outline level 1 in the Navigator)
            assertEquals(org.nianbao.core.style.HouseStyle.styleName(org.nianbao.core.style.HouseStyle.STYLE_BODY, "zh"),
                    paragraphStyle(doc), "the style of the paragraph typed after the heading 五");
            deck.click(Deck.CHECK, "next");
            deck.keys("key", "End");
            deck.keys("key", "Return");
            deck.paste(OTHER);

            // 5. Ctrl+S: the save path recomputes the totals and checks; 校验 reads 已通过
            saveByKeyboard(deck, doc, file);
            Evaluation ev = expected(doc);
            assertEquals(0, ev.errorCount() + ev.warningCount(), ev.findings().toString());
            assertEquals("已通过", deck.label(Deck.CHECK, "status"));
            Report done = read(doc);
            for (Map.Entry<String, String> e : typed.entrySet()) assertEquals(e.getValue(), done.cellText(e.getKey()).trim(), e.getKey());
            assertTrue(done.sectionText("problems").contains(PROBLEMS), done.sectionText("problems"));
            assertTrue(done.sectionText("other").contains(OTHER), done.sectionText("other"));
            // the file Ctrl+S wrote, read back by the command-line checker's reader: the same values, no problem
            Report stored = org.nianbao.core.recognise.DocumentReader.read(OdfDocumentReader.read(file));
            for (Map.Entry<String, String> e : typed.entrySet()) assertEquals(e.getValue(), stored.cellText(e.getKey()).trim(), e.getKey());
            Evaluation storedEv = Checker.check(stored, null, Profile.national());
            assertEquals(0, storedEv.errorCount() + storedEv.warningCount(), storedEv.findings().toString());
            System.out.println("ClerkKeyboardIT: notes left on the passed report: " + notes(storedEv));

            Thread.sleep(1000); // let the window repaint
            Path png = Paths.get("target", "nianbao-clerk-keyboard.png");
            assertTrue(office.screenshot(png), "no screenshot (ImageMagick's import missing?)");
        } finally {
            office.close(doc);
        }
    }

    /** Types a value where the cursor is, after checking the cursor is in that key's cell. */
    private static void type(Deck deck, Map<String, String> typed, Report report, String key, String value) throws Exception {
        assertEquals(cell(report, key), deck.selectedCell(), "the cursor is in " + key + "'s cell before typing " + value);
        deck.keys("type", value);
        deck.settle();
        assertEquals(value, Saving.read(deck.document()).cellText(key).trim(), "what was typed for " + key + " is in its cell");
        typed.put(key, value);
    }

    /** Ctrl+S on the keyboard, then waits until the file was written and the document is unmodified. */
    private static void saveByKeyboard(Deck deck, XTextDocument doc, Path file) throws Exception {
        FileTime before = Files.getLastModifiedTime(file);
        deck.keys("key", "ctrl+s");
        XModifiable modifiable = UnoRuntime.queryInterface(XModifiable.class, doc);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (modifiable.isModified() || Files.getLastModifiedTime(file).equals(before)) {
            if (System.nanoTime() > deadline) throw new AssertionError("Ctrl+S did not save " + file);
            Thread.sleep(100);
        }
        deck.settle();
    }

    /**
     * Into the 校验 list with a click on its first line (a group's header), then Down to the line of a table's
     * blank cells and Enter: the cursor goes to the table's first blank cell and the focus to the document.
     */
    private static void goToBlanksOf(Deck deck, XTextDocument doc, TableId table) throws Exception {
        List<Worklist.Line> lines = Worklist.lines(expected(doc), UiText.of("zh"), false);
        assertEquals(texts(lines), deck.items(Deck.CHECK, "findings"), "the panel shows the document's worklist");
        int index = -1;
        for (int i = 0; i < lines.size() && index < 0; i++) {
            Worklist.Line l = lines.get(i);
            if (l.blanks > 0 && TableId.ofKey(l.finding.key) == table) index = i;
        }
        assertTrue(index > 0, table + " has a blank-cells line: " + texts(lines));
        deck.click(Deck.CHECK, "findings", 8);
        for (int i = 0; i < index; i++) deck.keys("key", "Down");
        deck.keys("key", "Return");
        deck.settle();
        assertEquals(cell(read(doc), lines.get(index).finding.key), deck.selectedCell(), lines.get(index).text);
    }

    /** The paragraph style where the view cursor is. */
    private static String paragraphStyle(XTextDocument doc) throws Exception {
        com.sun.star.frame.XModel m = UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc);
        Object vc = UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, m.getCurrentController()).getViewCursor();
        return (String) UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, vc).getPropertyValue("ParaStyleName");
    }

    private static List<String> texts(List<Worklist.Line> lines) {
        return lines.stream().map(l -> l.text).collect(java.util.stream.Collectors.toList());
    }

    private static List<String> keys(List<Finding> findings) {
        return findings.stream().map(f -> f.key).collect(java.util.stream.Collectors.toList());
    }

    private static List<String> notes(Evaluation ev) {
        return ev.findings().stream().filter(f -> f.severity == Severity.INFO).map(f -> f.rule + " " + f.key)
                .collect(java.util.stream.Collectors.toList());
    }

    private static Evaluation expected(XTextDocument doc) throws Exception {
        return Checker.check(read(doc), null, Profile.national());
    }

    private static Report read(XTextDocument doc) throws Exception {
        return Saving.read(doc);
    }

    private static String cell(Report report, String key) {
        CellLocation at = report.location(key);
        assertTrue(at != null, key + " has no cell");
        return at.tableName + "/" + at.cellId;
    }
}
