package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.UnoDocumentAdapter;
import org.nianbao.uno.UiText;
import org.nianbao.uno.session.Worklist;

/**
 * The sidebar deck 政务公开年报 in a real Writer window (Xvfb, VCL gen, Chinese UI) with the built extension:
 * the deck opens by {@code nianbao:open-deck}; LibreOffice's sidebar lists our four panels, made by our
 * factory; buttons pressed through accessibility insert, store agency and year, check, recompute and fill
 * in last year's carried-over numbers; the findings list is filled by the result board and a selected
 * finding selects its cell; each window's panels show their own document. Writes
 * target/nianbao-deck.png.
 */
class SidebarIT extends ChineseDeckTest {
    /** A new Writer document with our deck open (and ready). */
    private static Deck openDeck(XTextDocument doc) throws Exception {
        long t0 = System.nanoTime();
        Deck deck = Deck.open(office, doc);
        System.out.printf("SidebarIT: deck open and all panels created in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        return deck;
    }

    private static Report read(XTextDocument doc) throws Exception {
        return DocumentReader.read(UnoDocumentAdapter.read(doc));
    }

    private static int undoSteps(XTextDocument doc) {
        return UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().getAllUndoActionTitles().length;
    }

    @Test
    void deckOpensWithOurFourPanelsInChinese() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = openDeck(doc);
            assertTrue(deck.sidebar().isVisible());
            assertEquals("政务公开年报", deck.deck().getTitle());
            assertEquals(Deck.PANELS, deck.panelIds());
            assertEquals(List.of("插入", "报告信息", "校验", "上年报告"),
                    List.of(deck.panel(Deck.INSERT).getTitle(), deck.panel(Deck.INFO).getTitle(),
                            deck.panel(Deck.CHECK).getTitle(), deck.panel(Deck.PREVIOUS).getTitle()));
            // the panels' windows hold our controls, labelled in Chinese (the accessible names a user's screen reader gets)
            assertEquals("插入完整报告", deck.accessibleName(Deck.INSERT, "insert.report"));
            List<SectionDef> sections = ReportSchema.get().sections();
            for (SectionDef s : sections) assertEquals(s.heading, deck.label(Deck.INSERT, "insert.section-" + s.index));
            for (TableId t : TableId.values()) assertEquals(t.nameZh, deck.label(Deck.INSERT, "insert.table-" + t.id.substring(1)));
            assertEquals("写入文档", deck.label(Deck.INFO, "apply"));
            assertEquals("重新计算合计", deck.label(Deck.CHECK, "recompute"));
            assertEquals("检查", deck.label(Deck.CHECK, "check"));
            assertEquals("尚未检查。保存文档或点击“检查”。", deck.label(Deck.CHECK, "status"));
            assertEquals("选择上年报告…", deck.label(Deck.PREVIOUS, "choose"));
            assertFalse(deck.enabled(Deck.PREVIOUS, "fill"), "nothing to fill before last year's report is chosen");
            assertFalse(deck.enabled(Deck.PREVIOUS, "remove"), "nothing to remove either");
            assertEquals(Integer.toString(ReportInfo.defaultYear()), deck.text(Deck.INFO, "year"));
        } finally {
            office.close(doc);
        }
    }

    @Test
    void insertButtonsInsertThroughTheCommandAsOneUndoStepEach() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = openDeck(doc);
            int steps = undoSteps(doc);
            deck.press(Deck.INSERT, "insert.table-3");
            assertEquals(steps + 1, undoSteps(doc), "one undo step");
            assertTrue(read(doc).hasTable(TableId.T3), "table 三 inserted from the panel");
            assertFalse(read(doc).hasTable(TableId.T2));

            deck.press(Deck.INSERT, "insert.section-1");
            assertEquals(steps + 2, undoSteps(doc));
            assertTrue(doc.getText().getString().contains(ReportSchema.get().sections().get(0).heading));

            // the command's refusal reaches the panel's user too: no second table 三
            deck.press(Deck.INSERT, "insert.table-3");
            assertEquals(steps + 2, undoSteps(doc), "a refused insert changes nothing");

            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo();
            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo();
            deck.press(Deck.INSERT, "insert.report");
            assertEquals(steps + 1, undoSteps(doc), "the complete report is one undo step");
            Report r = read(doc);
            for (TableId t : TableId.values()) assertTrue(r.hasTable(t), t + " inserted by 插入完整报告");
            for (SectionDef s : ReportSchema.get().sections()) assertNotNull(r.sectionText(s.key), s.heading);
        } finally {
            office.close(doc);
        }
    }

    @Test
    void infoPanelStoresAgencyAndYearAndTheTitleShowsThem() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = openDeck(doc);
            deck.press(Deck.INSERT, "insert.report");
            deck.type(Deck.INFO, "agency", "示例市司法局");
            deck.type(Deck.INFO, "year", "2023年");
            deck.press(Deck.INFO, "apply");
            assertEquals("示例市司法局", ReportInfo.agency(doc));
            assertEquals(Integer.valueOf(2023), ReportInfo.year(doc));
            assertEquals("已保存到文档，标题已更新。", deck.label(Deck.INFO, "status"));
            Report r = read(doc);
            assertEquals(ReportSchema.title("示例市司法局", 2023), r.title());
            // issue 10, defect 8: the unsaved document is titled as the report, which Save As proposes
            assertEquals(ReportSchema.title("示例市司法局", 2023), UnoRuntime.queryInterface(
                    com.sun.star.document.XDocumentPropertiesSupplier.class, doc).getDocumentProperties().getTitle());

            // pressed again with nothing changed: nothing written, the document not modified (issue 10)
            com.sun.star.util.XModifiable modifiable = UnoRuntime.queryInterface(com.sun.star.util.XModifiable.class, doc);
            modifiable.setModified(false);
            deck.press(Deck.INFO, "apply");
            assertFalse(modifiable.isModified(), "unchanged agency and year modify nothing");
            assertEquals("机关名称和报告年度未改变，文档未修改。", deck.label(Deck.INFO, "status"));

            deck.type(Deck.INFO, "year", "23");
            deck.press(Deck.INFO, "apply");
            assertEquals(Integer.valueOf(2023), ReportInfo.year(doc), "a bad year is not stored");
            assertTrue(deck.label(Deck.INFO, "status").startsWith("请输入"), deck.label(Deck.INFO, "status"));
        } finally {
            office.close(doc);
        }
    }

    /** Inserts the report from the panel, fills every input, recomputes from the panel, then types one wrong total. */
    private static Deck filledReportWithOneMistake(XTextDocument doc) throws Exception {
        Deck deck = openDeck(doc);
        deck.press(Deck.INSERT, "insert.report");
        deck.type(Deck.INFO, "agency", "示例市司法局");
        deck.type(Deck.INFO, "year", "2024");
        deck.press(Deck.INFO, "apply");
        UnoDocumentAdapter.writeByKey(doc, read(doc), Filling.inputs());
        deck.press(Deck.CHECK, "recompute");
        assertEquals(Filling.totals().get("apply.new.total"), read(doc).cellText("apply.new.total").trim());
        UnoDocumentAdapter.writeByKey(doc, read(doc), Map.of("apply.new.total", "13")); // 10 + 2 = 12
        return deck;
    }

    @Test
    void checkFillsTheFindingsAndSelectingOneSelectsItsCell() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = filledReportWithOneMistake(doc);
            List<String> afterRecompute = deck.items(Deck.CHECK, "findings");
            deck.press(Deck.CHECK, "check");

            Report report = read(doc);
            Evaluation expected = Checker.check(report, null, Profile.national());
            List<Worklist.Line> lines = Worklist.lines(expected, UiText.of("zh"), false);
            List<String> items = deck.items(Deck.CHECK, "findings");
            List<String> texts = new ArrayList<>();
            for (Worklist.Line l : lines) texts.add(l.text);
            assertEquals(texts, items, "the worklist: errors first, grouped, blank cells per table");
            assertTrue(expected.errorCount() > 0);
            assertTrue(items.get(0).startsWith("错误 · "), "the errors come first: " + items.get(0));
            assertEquals(expected.errorCount() + " 个错误，" + expected.warningCount() + " 个警告", deck.label(Deck.CHECK, "status"));
            assertFalse(items.equals(afterRecompute), "the list was refreshed by the check");
            int wrong = -1;
            for (int i = 0; i < lines.size() && wrong < 0; i++) {
                if (lines.get(i).finding != null && lines.get(i).finding.key.equals("apply.new.total")) wrong = i;
            }
            assertTrue(wrong >= 0, "the wrong total is listed: " + items);
            assertTrue(items.get(wrong).contains("应为 12，实为 13"), items.get(wrong));

            deck.select(Deck.CHECK, "findings", wrong);
            CellLocation at = report.location("apply.new.total");
            assertEquals(at.tableName + "/" + at.cellId, deck.selectedCell(), "the cursor is in the finding's cell");
            assertEquals(UiText.of("zh").get("finding.at", at.cellId, lines.get(wrong).finding.messageZh), deck.label(Deck.CHECK, "detail"));

            // a finding on a section selects the section's heading paragraph
            for (int i = 0; i < lines.size(); i++) {
                Finding f = lines.get(i).finding;
                if (f == null || !f.key.startsWith("section.") || f.place.sentence != null) continue;
                deck.select(Deck.CHECK, "findings", i);
                String heading = ReportSchema.get().section(f.key.substring("section.".length())).heading;
                assertEquals(heading, selectedText(doc), f.toString());
                break;
            }

            // 只看错误 lists the errors only; 全部 again everything
            deck.press(Deck.CHECK, "filter");
            List<String> errors = deck.items(Deck.CHECK, "findings");
            assertTrue(errors.stream().allMatch(i -> i.startsWith("错误 · ") || i.startsWith("【错误】")), errors.toString());
            assertEquals(expected.errorCount(), errors.stream().filter(i -> i.startsWith("【错误】")).count());
            deck.press(Deck.CHECK, "filter");
            assertEquals(texts, deck.items(Deck.CHECK, "findings"));

            // 下一个问题 goes to the first error's cell, then the next; nianbao:previous-finding back
            Finding firstError = Worklist.problems(expected).get(0);
            deck.press(Deck.CHECK, "next");
            CellLocation first = report.location(firstError.key);
            if (first != null) assertEquals(first.tableName + "/" + first.cellId, deck.selectedCell(), firstError.toString());
            DispatchResultEvent next = office.dispatch(doc, "nianbao:next-finding");
            assertEquals(DispatchResultState.SUCCESS, next.State);
            assertTrue(String.valueOf(next.Result).startsWith("第 2/" + Worklist.problems(expected).size() + " 个问题"), String.valueOf(next.Result));
            DispatchResultEvent back = office.dispatch(doc, "nianbao:previous-finding");
            assertTrue(String.valueOf(back.Result).startsWith("第 1/"), String.valueOf(back.Result));

            // the save path and recompute refresh the list too: recompute fixes the total
            deck.press(Deck.CHECK, "recompute");
            for (String item : deck.items(Deck.CHECK, "findings")) assertFalse(item.contains("应为 12，实为 13"), item);
        } finally {
            office.close(doc);
        }
    }

    @Test
    void textFindingsAppearOnSaveAndSelectingOneSelectsItsSentence() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = filledReportWithOneMistake(doc);
            // a sentence of 一 with a misspelt term (转结 for 结转, D-TERM) as a new paragraph after the heading
            String sentence = "全年共受理政府信息公开申请12件，另有0件转结下年度。";
            com.sun.star.util.XSearchable search = UnoRuntime.queryInterface(com.sun.star.util.XSearchable.class, doc);
            com.sun.star.util.XSearchDescriptor d = search.createSearchDescriptor();
            d.setSearchString("一、总体情况");
            com.sun.star.text.XTextRange heading = UnoRuntime.queryInterface(com.sun.star.text.XTextRange.class, search.findFirst(d));
            com.sun.star.text.XText text = heading.getText();
            com.sun.star.text.XTextCursor c = text.createTextCursorByRange(heading.getEnd());
            text.insertControlCharacter(c, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, false);
            text.insertString(c, sentence, false);

            // the save path checks the document and the deck lists its result
            Saving.saveAs(doc, Saving.dir().resolve("text-findings.odt"), "writer8");
            List<String> onSave = deck.items(Deck.CHECK, "findings");
            assertTrue(onSave.stream().anyMatch(i -> i.startsWith("【提示】") && i.contains("“转结”")), "listed after the save: " + onSave);

            Evaluation expected = Checker.check(read(doc), null, Profile.national());
            Finding termFinding = expected.findings().stream().filter(f -> f.rule.equals("D-TERM")).findFirst().orElseThrow();
            assertEquals(sentence, termFinding.place.sentence);
            int term = -1;
            for (int i = 0; i < onSave.size(); i++) if (term < 0 && onSave.get(i).startsWith("【提示】") && onSave.get(i).contains("“转结”")) term = i;
            deck.select(Deck.CHECK, "findings", term);
            assertEquals(sentence, selectedText(doc), "the finding's sentence is selected");
        } finally {
            office.close(doc);
        }
    }

    @Test
    void eachWindowsPanelsShowTheirOwnDocument() throws Exception {
        XTextDocument first = office.newWriterDocument();
        XTextDocument second = null;
        try {
            Deck deck1 = filledReportWithOneMistake(first);
            deck1.press(Deck.CHECK, "check");
            List<String> firstItems = deck1.items(Deck.CHECK, "findings");
            assertFalse(firstItems.isEmpty());

            second = office.newWriterDocument();
            Deck deck2 = openDeck(second);
            assertEquals("尚未检查。保存文档或点击“检查”。", deck2.label(Deck.CHECK, "status"), "the new window's own state");
            assertTrue(deck2.items(Deck.CHECK, "findings").isEmpty());

            deck2.press(Deck.CHECK, "check"); // an empty document: its tables are missing
            List<String> secondItems = deck2.items(Deck.CHECK, "findings");
            assertFalse(secondItems.isEmpty());
            assertFalse(secondItems.equals(firstItems));
            assertEquals(firstItems, deck1.items(Deck.CHECK, "findings"), "the other window's list is left alone");
        } finally {
            if (second != null) office.close(second);
            office.close(first);
        }
    }

    @Test
    void lastYearsReportFillsCarriedOverAndAddsTheCrossYearRules() throws Exception {
        Path lastYear = lastYearsReport();
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = filledReportWithOneMistake(doc);
            UnoDocumentAdapter.writeByKey(doc, read(doc), Map.of("apply.new.total", "12"));
            Report before = read(doc);
            assertEquals("1", before.cellText("apply.carried_over.natural_person").trim());

            // the file picker's choice, without the dialog: the URL the panel dispatches
            int open = openDocuments();
            DispatchResultEvent r = office.dispatch(doc, "nianbao:previous?url=" + lastYear.toUri());
            assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
            assertTrue(deck.label(Deck.PREVIOUS, "current").contains(lastYear.getFileName().toString()), deck.label(Deck.PREVIOUS, "current"));
            assertTrue(deck.label(Deck.PREVIOUS, "current").contains("2023"), deck.label(Deck.PREVIOUS, "current"));
            assertTrue(deck.enabled(Deck.PREVIOUS, "fill"));
            assertEquals("示例市司法局 · 已保存在本文档中", deck.label(Deck.PREVIOUS, "stored"), "kept in the document (LastYearStoredIT)");
            assertEquals("更换…", deck.label(Deck.PREVIOUS, "choose"));
            assertTrue(deck.enabled(Deck.PREVIOUS, "remove"));
            assertTrue(deck.items(Deck.CHECK, "findings").stream().anyMatch(i -> i.contains("上年报告")),
                    "P-1 is listed: " + deck.items(Deck.CHECK, "findings"));
            assertEquals(open, openDocuments(), "last year's report was closed again");

            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().clear(); // at most 100 are kept
            int steps = undoSteps(doc);
            deck.press(Deck.PREVIOUS, "fill");
            assertEquals(steps + 1, undoSteps(doc), "one undo step");
            Report after = read(doc);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("apply.carried_over.natural_person", "2");
            expected.put("apply.carried_over.commercial", "1");
            expected.put("apply.carried_over.total", "3");
            for (Map.Entry<String, String> e : expected.entrySet()) assertEquals(e.getValue(), after.cellText(e.getKey()).trim(), e.getKey());
            for (String item : deck.items(Deck.CHECK, "findings")) assertFalse(item.contains("上年报告"), "P-1 resolved: " + item);

            // later checks keep comparing with last year's report
            UnoDocumentAdapter.writeByKey(doc, read(doc), Map.of("apply.carried_over.commercial", "0"));
            office.dispatch(doc, "nianbao:check");
            assertTrue(deck.items(Deck.CHECK, "findings").stream().anyMatch(i -> i.contains("上年报告")), "P-1 again after a change");

            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo(); // the typed 0
            UnoRuntime.queryInterface(XUndoManagerSupplier.class, doc).getUndoManager().undo(); // the fill
            assertEquals("1", read(doc).cellText("apply.carried_over.natural_person").trim(), "undo restores the cells");
        } finally {
            office.close(doc);
        }
    }

    /**
     * Issue 10, defect 8: a document opened hidden (macros, batch use) has no infobar; its checks and saves used to
     * log SEVERE "Could not create Infobar" every time. Checked, recomputed and saved with nothing logged as an error.
     */
    @Test
    void aHiddenDocumentIsCheckedAndSavedWithoutInfobarErrors() throws Exception {
        long mark = LiveCheck.logMark(office);
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XTextDocument doc = UnoRuntime.queryInterface(XTextDocument.class, loader.loadComponentFromURL(
                "private:factory/swriter", "_blank", 0, new PropertyValue[] {OfficeRunner.prop("Hidden", Boolean.TRUE)}));
        try {
            LiveCheck.assertSucceeded(office.dispatch(doc, "nianbao:insert?part=report"), "insert");
            for (String url : List.of("nianbao:check", "nianbao:recompute", "nianbao:check")) {
                DispatchResultEvent r = office.dispatch(doc, url);
                LiveCheck.assertSucceeded(r, url);
                assertFalse(String.valueOf(r.Result).isBlank(), url + " said what it found");
            }
            Path file = Paths.get("target", "it-output", "hidden-report.odt").toAbsolutePath();
            Files.createDirectories(file.getParent());
            Saving.saveAs(doc, file, "writer8");
            assertTrue(Files.size(file) > 0, "saved");
            LiveCheck.assertNoErrorsSince(office, mark);
        } finally {
            office.close(doc);
        }
    }

    /** Last year's report as .docx: carried forward 2 natural persons and 1 commercial enterprise. */
    private static Path lastYearsReport() throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, office.desktop());
        XTextDocument doc = UnoRuntime.queryInterface(XTextDocument.class, loader.loadComponentFromURL(
                "private:factory/swriter", "_blank", 0, new PropertyValue[] {OfficeRunner.prop("Hidden", Boolean.TRUE)}));
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            ReportInfo.setAgency(doc, "示例市司法局");
            ReportInfo.setYear(doc, 2023);
            UnoDocumentAdapter.writeByKey(doc, read(doc), Filling.inputs());
            office.dispatch(doc, "nianbao:recompute");
            assertEquals("2", read(doc).cellText("apply.carry_forward.natural_person").trim());
            Path dir = Paths.get("target", "it-output").toAbsolutePath();
            Files.createDirectories(dir);
            Path docx = dir.resolve("上年报告 2023.docx");
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(docx.toUri().toString(),
                    new PropertyValue[] {OfficeRunner.prop("FilterName", "MS Word 2007 XML")});
            return docx;
        } finally {
            office.close(doc);
        }
    }

    /**
     * Issue 10, defect 1: choosing the finding of an empty cell, then typing 5, Tab, 9 on the keyboard
     * (xdotool on the Xvfb display) leaves 5 in that cell and 9 at the start of the next; selecting the cell's
     * text range instead made Tab select two cells and 9 replace both (the 5 was lost).
     */
    @Test
    void typingAfterChoosingAnEmptyCellsFindingKeepsEveryKeystroke() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = filledReportWithOneMistake(doc);
            String blank = "apply.new.commercial";
            UnoDocumentAdapter.writeByKey(doc, read(doc), Map.of(blank, ""));
            deck.press(Deck.CHECK, "check");
            Report report = read(doc);
            List<Worklist.Line> lines = Worklist.lines(Checker.check(report, null, Profile.national()), UiText.of("zh"), false);
            int index = -1;
            for (int i = 0; i < lines.size() && index < 0; i++) {
                if (lines.get(i).finding != null && blank.equals(lines.get(i).finding.key)) index = i;
            }
            assertTrue(index >= 0, "the empty cell has a line in the worklist");
            assertEquals(lines.size(), deck.items(Deck.CHECK, "findings").size());

            com.sun.star.util.XModifiable modifiable = UnoRuntime.queryInterface(com.sun.star.util.XModifiable.class, doc);
            modifiable.setModified(false);
            deck.select(Deck.CHECK, "findings", index);
            CellLocation at = report.location(blank);
            assertEquals(at.tableName + "/" + at.cellId, deck.selectedCell(), "the cursor is in the finding's cell");
            assertEquals("", selectedText(doc), "a plain cursor, nothing selected");
            // defect 7: the empty cell is shown as the target in the panel, outside the document
            String cue = deck.label(Deck.CHECK, "detail");
            assertEquals(UiText.of("zh").get("finding.at.empty", at.cellId, lines.get(index).finding.message("zh")), cue);
            assertTrue(cue.contains(at.cellId) && cue.contains("空白单元格"), cue);
            assertFalse(modifiable.isModified(), "showing the finding's cell does not modify the document");
            OfficeRunner.frame(doc).getComponentWindow().setFocus(); // as the double click does
            deck.settle();
            int[] pos = org.nianbao.uno.doc.CellNames.parse(at.cellId);
            String next = org.nianbao.uno.doc.CellNames.name(pos[0] + 1, pos[1]);
            com.sun.star.text.XTextTable table = UnoRuntime.queryInterface(com.sun.star.text.XTextTable.class,
                    UnoRuntime.queryInterface(com.sun.star.text.XTextTablesSupplier.class, doc).getTextTables().getByName(at.tableName));
            String nextBefore = cellText(table, next);
            deck.keys("type", "5");
            deck.keys("key", "Tab");
            deck.keys("type", "9");
            deck.settle();
            assertEquals("5", cellText(table, at.cellId), "the 5 typed into the empty cell is kept");
            // Writer's Tab puts the cursor at the start of the next cell (nothing selected there)
            assertEquals("9" + nextBefore, cellText(table, next), "the 9 went into the next cell only");
        } finally {
            office.close(doc);
        }
    }

    private static String cellText(com.sun.star.text.XTextTable table, String cell) {
        return UnoRuntime.queryInterface(com.sun.star.text.XText.class, table.getCellByName(cell)).getString().trim();
    }

    @Test
    void screenshotOfTheDeckWithAFinding() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = filledReportWithOneMistake(doc);
            deck.press(Deck.CHECK, "check");
            List<String> items = deck.items(Deck.CHECK, "findings");
            int wrong = -1;
            for (int i = 0; i < items.size() && wrong < 0; i++) if (items.get(i).contains("应为 12，实为 13")) wrong = i;
            assertTrue(wrong >= 0, items.toString());
            deck.panel(Deck.INSERT).collapse();
            deck.select(Deck.CHECK, "findings", wrong);
            OfficeRunner.frame(doc).getComponentWindow().setFocus(); // as a double click does: the selected cell shows
            deck.settle();
            Thread.sleep(1500); // let the window repaint
            Path png = Paths.get("target", "nianbao-deck.png");
            assertTrue(office.screenshot(png), "no screenshot (ImageMagick's import missing?)");
            assertTrue(Files.size(png) > 20_000, "a real picture");

            // the screens of office laptops and desktops, 1366×768 and 1920×1080: DeckLayoutIT
        } finally {
            office.close(doc);
        }
    }

    private static int openDocuments() throws Exception {
        com.sun.star.container.XEnumeration e = office.desktop().getComponents().createEnumeration();
        int n = 0;
        while (e.hasMoreElements()) {
            e.nextElement();
            n++;
        }
        return n;
    }

    private static String selectedText(XTextDocument doc) {
        XModel m = UnoRuntime.queryInterface(XModel.class, doc);
        return UnoRuntime.queryInterface(XTextViewCursorSupplier.class, m.getCurrentController()).getViewCursor().getString();
    }
}
