package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.awt.PosSize;
import com.sun.star.awt.Size;
import com.sun.star.awt.XLayoutConstrains;
import com.sun.star.awt.XWindow;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Issue 10, defect 4 and "layout for real screens": the deck in a Writer window filling an Xvfb screen of
 * 1366×768 (a common office laptop) and of 1920×1080. For an empty document 插入 is expanded and the other
 * panels collapsed; for a report 校验 is expanded and the others collapsed (each expandable on demand). With
 * a report's findings listed and a long one selected, every button of 校验 lies inside the part of the
 * screen where it can be seen, no row of the findings list is wider than the list (no horizontal
 * scrollbar), and the detail line is as high as its wrapped text. Writes target/nianbao-deck-WxH.png.
 */
class DeckLayoutIT {
    private static final List<String> CHECK_BUTTONS = List.of("previous", "next", "filter", "fillBlanks", "recompute", "check");

    @Test
    void laptopScreen1366x768() throws Exception {
        layoutAt(1366, 768);
    }

    @Test
    void fullHdScreen1920x1080() throws Exception {
        layoutAt(1920, 1080);
    }

    private static void layoutAt(int width, int height) throws Exception {
        try (OfficeRunner office = OfficeRunner.start(new OfficeRunner.Options().withDisplay()
                .screen(width + "x" + height).uiLocale("zh-CN"))) {
            office.installExtension(OfficeRunner.builtExtension());
            assertEquals(width, office.screenSize()[0]);

            XTextDocument empty = office.newWriterDocument();
            try {
                fillScreen(empty, width, height);
                Deck deck = openDeck(office, empty);
                deck.awaitOnlyExpanded(Deck.INSERT, "an empty document");
            } finally {
                office.close(empty);
            }

            XTextDocument doc = office.newWriterDocument();
            try {
                fillScreen(doc, width, height);
                assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
                UnoDocumentAdapter.writeByKey(doc, DocumentReader.read(UnoDocumentAdapter.read(doc)), Filling.inputs());
                office.dispatch(doc, "nianbao:recompute");
                UnoDocumentAdapter.writeByKey(doc, DocumentReader.read(UnoDocumentAdapter.read(doc)), Map.of("apply.new.total", "13"));
                Deck deck = openDeck(office, doc);
                deck.awaitOnlyExpanded(Deck.CHECK, "a report");

                deck.press(Deck.CHECK, "check");
                List<String> items = deck.items(Deck.CHECK, "findings");
                int wrong = -1;
                for (int i = 0; i < items.size() && wrong < 0; i++) if (items.get(i).contains("应为 12，实为 13")) wrong = i;
                assertTrue(wrong >= 0, items.toString());
                deck.select(Deck.CHECK, "findings", wrong);
                OfficeRunner.frame(doc).getComponentWindow().setFocus(); // as a double click does
                deck.settle();
                Thread.sleep(1500); // let the window repaint
                Path png = Paths.get("target", "nianbao-deck-" + width + "x" + height + ".png");
                assertTrue(office.screenshot(png), "no screenshot (ImageMagick's import missing?)");
                assertTrue(Files.size(png) > 20_000, "a real picture");

                Map<String, String> outside = new LinkedHashMap<>();
                for (String button : CHECK_BUTTONS) {
                    Rectangle r = deck.onScreen(Deck.CHECK, button);
                    Rectangle visible = deck.visibleArea(Deck.CHECK, button, width, height);
                    assertTrue(r.width > 20 && r.height > 10, button + " " + r);
                    if (!visible.contains(r)) outside.put(button, r + " not inside " + visible);
                }
                assertTrue(outside.isEmpty(), "校验's buttons cut off at " + width + "x" + height + ": " + outside);

                // the findings list: VCL's own measure of its widest row (the list box's minimum size) fits the list
                XWindow list = UnoRuntime.queryInterface(XWindow.class, deck.control(Deck.CHECK, "findings"));
                int listWidth = list.getPosSize().Width;
                Size needed = UnoRuntime.queryInterface(XLayoutConstrains.class, deck.control(Deck.CHECK, "findings")).getMinimumSize();
                List<String> rows = deck.rows(Deck.CHECK, "findings");
                assertTrue(rows.size() > items.size(), "long lines are wrapped: " + rows);
                assertTrue(needed.Width <= listWidth, "the widest row needs " + needed.Width + " px, the list is " + listWidth + " px");

                // the detail line shows the selected finding's whole message
                String detail = deck.label(Deck.CHECK, "detail");
                assertTrue(detail.contains("应为 12，实为 13"), detail);
                XWindow detailWindow = UnoRuntime.queryInterface(XWindow.class, deck.control(Deck.CHECK, "detail"));
                int detailWidth = detailWindow.getPosSize().Width;
                Size text = UnoRuntime.queryInterface(XLayoutConstrains.class, deck.control(Deck.CHECK, "detail"))
                        .calcAdjustedSize(new Size(detailWidth, 0));
                assertTrue(detailWindow.getPosSize().Height >= text.Height,
                        "the detail line is " + detailWindow.getPosSize().Height + " px high, its text needs " + text.Height);
                assertTrue(deck.visibleArea(Deck.CHECK, "detail", width, height).contains(deck.onScreen(Deck.CHECK, "detail")));
                System.out.printf("DeckLayoutIT %dx%d: list %d px wide (widest row %d px), %d lines in %d rows, detail %d px high%n",
                        width, height, listWidth, needed.Width, items.size(), rows.size(), detailWindow.getPosSize().Height);

                // the other panels open on demand
                deck.panel(Deck.PREVIOUS).expand(false);
                deck.settle();
                assertTrue(deck.panel(Deck.PREVIOUS).isExpanded());
                assertTrue(deck.panel(Deck.CHECK).isExpanded(), "expand(false) leaves 校验 open");
                deck.panel(Deck.PREVIOUS).collapse();
                deck.settle();
                assertFalse(deck.panel(Deck.PREVIOUS).isExpanded());
            } finally {
                office.close(doc);
            }
        }
    }

    /** The document's window over the whole screen (Xvfb has no window manager to maximise it). */
    private static void fillScreen(XTextDocument doc, int width, int height) {
        OfficeRunner.frame(doc).getContainerWindow().setPosSize(0, 0, width, height, PosSize.POSSIZE);
    }

    private static Deck openDeck(OfficeRunner office, XTextDocument doc) throws Exception {
        Deck deck = Deck.open(office, doc);
        deck.settle();
        return deck;
    }
}
