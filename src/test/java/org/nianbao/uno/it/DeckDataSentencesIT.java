package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.awt.XListBox;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XModel;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.bound.BoundKey;
import org.nianbao.core.bound.DataSentences;
import org.nianbao.core.model.BoundNumber;
import org.nianbao.core.model.Report;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * The 插入 panel's 插入数据句 and 绑定到表格数据 pressed in the deck (Xvfb, Chinese UI): the button inserts the
 * bound sentences; the list offers the quantities in Chinese and the second button binds the selected number.
 */
class DeckDataSentencesIT extends ChineseDeckTest {
    private static XTextViewCursor view(XTextDocument doc) {
        return UnoRuntime.queryInterface(XTextViewCursorSupplier.class,
                UnoRuntime.queryInterface(XModel.class, doc).getCurrentController()).getViewCursor();
    }

    @Test
    void theDeckInsertsBoundSentencesAndBindsASelectedNumber() throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            Map<String, String> all = Filling.insertFilledReport(office, doc);
            Deck deck = Deck.open(office, doc);
            assertEquals("插入数据句", deck.label(Deck.INSERT, "insert.dataSentences"));
            assertEquals("绑定到表格数据", deck.label(Deck.INSERT, "insert.bind"));

            // the cursor after the heading 一、总体情况, then the button
            com.sun.star.util.XSearchable search = UnoRuntime.queryInterface(com.sun.star.util.XSearchable.class, doc);
            com.sun.star.util.XSearchDescriptor d = search.createSearchDescriptor();
            d.setSearchString("一、总体情况");
            com.sun.star.text.XTextRange heading = UnoRuntime.queryInterface(com.sun.star.text.XTextRange.class, search.findFirst(d));
            view(doc).gotoRange(heading.getEnd(), false);
            deck.press(Deck.INSERT, "insert.dataSentences");
            Report r = Saving.read(doc);
            assertEquals(DataSentences.keys().size(), r.boundNumbers().size(), r.sectionText("overview"));
            for (BoundNumber b : r.boundNumbers()) {
                assertEquals(DataSentences.text(BoundKey.value(b.key, k -> all.containsKey(k) ? new java.math.BigDecimal(all.get(k).trim()) : null)),
                        b.text, b.key);
            }

            // a typed number, selected, bound to 行政诉讼（合计） chosen in the list
            XTextViewCursor v = view(doc);
            XTextCursor t = doc.getText().createTextCursorByRange(heading.getEnd());
            XParagraphCursor p = UnoRuntime.queryInterface(XParagraphCursor.class, t);
            p.gotoEndOfParagraph(false);
            doc.getText().insertControlCharacter(t, com.sun.star.text.ControlCharacter.PARAGRAPH_BREAK, false);
            doc.getText().insertString(t, "另有行政诉讼 5 件。", false);
            t.goLeft((short) 3, false);
            t.goLeft((short) 1, true);
            v.gotoRange(t.getEnd(), false);
            v.gotoRange(t.getStart(), true);
            assertEquals("5", v.getString());
            XListBox list = UnoRuntime.queryInterface(XListBox.class, deck.control(Deck.INSERT, "insert.bindKey"));
            List<String> items = List.of(list.getItems());
            int suits = items.indexOf("表四 行政诉讼（合计）");
            assertTrue(suits >= 0, items.toString());
            list.selectItemPos((short) suits, true);
            deck.press(Deck.INSERT, "insert.bind");
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:recompute").State);
            String want = String.valueOf(Integer.parseInt(all.get("appeal.suit_direct.total").trim())
                    + Integer.parseInt(all.get("appeal.suit_after_review.total").trim()));
            Report after = Saving.read(doc);
            assertTrue(after.sectionText("overview").contains("另有行政诉讼 " + want + " 件。"), after.sectionText("overview"));
            assertEquals(DataSentences.keys().size() + 1, after.boundNumbers().size());

            deck.panel(Deck.INSERT).expand(true); // the 插入 panel alone, for the picture
            deck.settle();
            java.nio.file.Path png = java.nio.file.Paths.get("target", "nianbao-deck-data-sentences.png");
            assertTrue(office.screenshot(png), "no screenshot");
        } finally {
            office.close(doc);
        }
    }
}
