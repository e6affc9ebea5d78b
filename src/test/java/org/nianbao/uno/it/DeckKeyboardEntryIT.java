package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.accessibility.XAccessible;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XWindow2;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.text.XText;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.session.Worklist;

/**
 * Issue 10: the deck reached from the document with the keyboard alone, as LibreOffice offers it — F6 cycles
 * the window's parts (menu bar, toolbars, document, sidebar), Tab and Shift+Tab walk the deck's controls,
 * Space presses a button. A real Writer window (Xvfb, Chinese UI, the built extension), keys by xdotool: the
 * clerk inserts the report, checks it and goes to the first problem, and the digit typed next lands in that
 * cell. No click and no API call drives the deck here (opening the deck is the one dispatch, as the menu does).
 */
class DeckKeyboardEntryIT extends ChineseDeckTest {
    private static final int MOST_KEYS = 40;
    @Test
    void fromTheDocumentIntoTheDeckAndBackWithTheKeyboard() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Deck deck = Deck.open(office, doc);
            OfficeRunner.frame(doc).getComponentWindow().setFocus(); // the clerk is typing in the document
            deck.settle();
            assertEquals("", focusedControl(deck), "the focus starts in the document");

            List<String> visited = new ArrayList<>();
            int f6 = intoDeck(deck);
            focusOn(deck, "插入完整报告", "Tab", visited);
            System.out.println("DeckKeyboardEntryIT: F6 pressed " + f6 + " times, then Tab through " + visited);
            deck.keys("key", "space");
            deck.settle();
            for (TableId t : TableId.values()) assertTrue(Saving.read(doc).hasTable(t), t + " inserted by Space on 插入完整报告");
            assertFalse(deck.sidebarFocused(), "after inserting, the focus is back in the document, for typing");

            // 报告信息 is the same Tab walk (its fields and 写入文档); set here through the document's properties
            org.nianbao.uno.doc.ReportInfo.setAgency(doc, "示例市司法局");
            org.nianbao.uno.doc.ReportInfo.setYear(doc, 2024);

            intoDeck(deck);
            focusOn(deck, "检查", "Tab", visited);
            deck.keys("key", "space");
            deck.settle();
            assertFalse(deck.items(Deck.CHECK, "findings").isEmpty(), "检查 filled the worklist");

            focusOn(deck, "下一个问题", "shift+Tab", visited);
            deck.keys("key", "space");
            deck.settle();
            Report report = Saving.read(doc);
            Finding first = Worklist.problems(Checker.check(report, null, Profile.national())).get(0);
            CellLocation at = report.location(first.key);
            assertTrue(at != null, "the first problem of an empty report with its agency and year is a blank cell: " + first);
            String cell = at.tableName + "/" + at.cellId;
            assertEquals(cell, deck.selectedCell(), "下一个问题 put the cursor into the first problem's cell");
            assertEquals("", cellText(doc, cell));
            deck.keys("type", "5");
            deck.settle();
            assertEquals("5", cellText(doc, cell), "the digit typed after 下一个问题 went into the cell, not the deck");
        } finally {
            office.close(doc);
        }
    }

    /** Presses F6 until the focus is in the deck (its title bar); how many times. */
    private static int intoDeck(Deck deck) throws Exception {
        int f6 = 0;
        while (!deck.sidebarFocused()) {
            assertTrue(++f6 <= 8, "F6 never reached the sidebar");
            deck.keys("key", "F6");
            deck.settle();
        }
        return f6;
    }

    /** Presses {@code key} until our control named {@code name} has the focus. */
    private static void focusOn(Deck deck, String name, String key, List<String> visited) throws Exception {
        for (int i = 0; i < MOST_KEYS; i++) {
            if (focusedControl(deck).equals(name)) return;
            deck.keys("key", key);
            deck.settle();
            visited.add(focusedControl(deck));
        }
        throw new AssertionError(key + " never reached " + name + "; focus went " + visited);
    }

    /** The accessible name of the deck's control that has the focus, or "". */
    private static String focusedControl(Deck deck) throws Exception {
        for (String panel : Deck.PANELS) {
            if (deck.panel(panel) == null || deck.panel(panel).getDialog() == null) continue;
            for (XControl c : deck.controls(panel).getControls()) {
                XWindow2 w = UnoRuntime.queryInterface(XWindow2.class, c.getPeer());
                XAccessible a = UnoRuntime.queryInterface(XAccessible.class, c.getPeer());
                if (w != null && w.hasFocus() && a != null) return a.getAccessibleContext().getAccessibleName();
            }
        }
        return "";
    }

    private static String cellText(XTextDocument doc, String tableSlashCell) throws Exception {
        String[] parts = tableSlashCell.split("/", 2);
        XTextTablesSupplier s = UnoRuntime.queryInterface(XTextTablesSupplier.class, doc);
        XTextTable t = UnoRuntime.queryInterface(XTextTable.class, s.getTextTables().getByName(parts[0]));
        return UnoRuntime.queryInterface(XText.class, t.getCellByName(parts[1])).getString().trim();
    }
}
