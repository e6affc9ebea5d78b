package org.nianbao.uno.doc;

import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNamed;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.style.XStyleFamiliesSupplier;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XBookmarksSupplier;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextRange;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.frame.XModel;
import com.sun.star.view.XSelectionSupplier;
import com.sun.star.container.XIndexAccess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nianbao.core.doc.BoundSpan;
import org.nianbao.core.style.HouseStyle;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import org.nianbao.uno.session.LiveDocument;

/**
 * Numbers in the text bound to the tables, in Writer: each is a bookmark of ours ({@link BoundSpan#isOurs})
 * around the number's text. Bookmarks rather than fields: they hold plain text that every reader (Word, WPS,
 * a browser after export, our own readers) shows and copies as the number, they survive .odt and .docx round
 * trips (w:bookmarkStart/End), and the text stays editable. The cost is ours: the reader finds their offsets by
 * the paragraph's text portions, only in documents that have one.
 */
final class BoundMarks {
    /** What the reader needs: whether the document has any bound number at all (one call when none). */
    static final BoundMarks NONE = new BoundMarks(Set.of());

    private final Set<String> names;

    private BoundMarks(Set<String> names) {
        this.names = names;
    }

    static BoundMarks of(XTextDocument doc) {
        Set<String> ours = names(doc);
        return ours.isEmpty() ? NONE : new BoundMarks(ours);
    }

    /** Our bookmarks' names. */
    static Set<String> names(XTextDocument doc) {
        XBookmarksSupplier s = Uno.q(XBookmarksSupplier.class, doc);
        if (s == null) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String n : s.getBookmarks().getElementNames()) if (BoundSpan.isOurs(n)) out.add(n);
        return out;
    }

    boolean any() {
        return !names.isEmpty();
    }

    /**
     * The bound spans of one paragraph, from its text portions (a bookmark portion marks a start or an end);
     * empty when the portions' texts do not add up to {@code text} (then nothing is said rather than a wrong offset).
     */
    List<BoundSpan> spans(Object paragraph, String text) {
        if (names.isEmpty() || !mayHoldBoundNumber(text)) return List.of(); // no portion calls for most paragraphs
        try {
            XEnumerationAccess portions = Uno.q(XEnumerationAccess.class, paragraph);
            if (portions == null) return List.of();
            XEnumeration e = portions.createEnumeration();
            List<BoundSpan> out = new ArrayList<>();
            java.util.Map<String, Integer> open = new java.util.HashMap<>();
            int at = 0;
            while (e.hasMoreElements()) {
                Object portion = e.nextElement();
                String type = Uno.string(Uno.get(portion, "TextPortionType"));
                if ("Bookmark".equals(type)) {
                    XNamed mark = Uno.q(XNamed.class, Uno.get(portion, "Bookmark"));
                    String name = mark == null ? null : mark.getName();
                    if (name == null || !names.contains(name)) continue;
                    boolean start = Boolean.TRUE.equals(Uno.get(portion, "IsStart"));
                    boolean collapsed = Boolean.TRUE.equals(Uno.get(portion, "IsCollapsed"));
                    if (collapsed) continue;
                    if (start) {
                        open.put(name, at);
                    } else {
                        Integer s = open.remove(name);
                        if (s != null && at > s) out.add(new BoundSpan(name, s, at));
                    }
                    continue;
                }
                XTextRange r = Uno.q(XTextRange.class, portion);
                if (r != null) at += r.getString().length();
            }
            return at == text.length() ? out : List.of();
        } catch (com.sun.star.uno.Exception | RuntimeException ex) {
            Log.error("reading the bound numbers of a paragraph", ex);
            return List.of();
        }
    }

    /** A bound number is digits or “（待填）”: a paragraph without either cannot hold one. */
    static boolean mayHoldBoundNumber(String text) {
        for (int i = 0; i < text.length(); i++) if (Character.isDigit(text.charAt(i))) return true;
        return text.contains(org.nianbao.core.bound.DataSentences.UNKNOWN);
    }

    // ------------------------------------------------------------------ writing

    /**
     * Rewrites each named bookmark's text through a cursor over its anchor (Writer keeps the bookmark around the
     * new text: seen on 7.4 and 25.2); should a bookmark come out collapsed, it is put back around the new text,
     * which the cursor still selects.
     */
    static void write(XTextDocument doc, Map<String, String> texts) throws com.sun.star.uno.Exception {
        XNameAccess marks = Uno.q(XBookmarksSupplier.class, doc).getBookmarks();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (!marks.hasByName(e.getKey())) continue;
            XTextContent mark = Uno.q(XTextContent.class, marks.getByName(e.getKey()));
            XTextRange anchor = mark.getAnchor();
            XText text = anchor.getText();
            XTextCursor c = text.createTextCursorByRange(anchor);
            c.setString(e.getValue());
            if (e.getValue().equals(mark.getAnchor().getString())) continue;
            Log.info("bound number " + e.getKey() + ": bookmark lost its text on rewrite; bookmarked again");
            text.removeTextContent(mark);
            insertMark(doc, text, c, e.getKey());
        }
    }

    private static void insertMark(XTextDocument doc, XText text, XTextRange range, String name) throws com.sun.star.uno.Exception {
        Object bookmark = Uno.q(XMultiServiceFactory.class, doc).createInstance("com.sun.star.text.Bookmark");
        Uno.q(XNamed.class, bookmark).setName(name);
        text.insertTextContent(range, Uno.q(XTextContent.class, bookmark), true);
    }

    // ------------------------------------------------------------------ inserting and binding

    /** See {@link LiveDocument#insertParagraphs}. */
    static String insert(XTextDocument doc, List<List<LiveDocument.Run>> paragraphs) throws com.sun.star.uno.Exception {
        XTextViewCursor view = viewCursor(doc);
        if (view == null) return "msg.notBody";
        if (!Uno.isVoid(Uno.get(view, "Cell"))) return "msg.inTable";
        XText text = doc.getText();
        if (!UnoRuntime.areSame(view.getText(), text)) return "msg.notBody";
        XTextCursor c = text.createTextCursorByRange(view.getEnd());
        XParagraphCursor pc = Uno.q(XParagraphCursor.class, c);
        boolean emptyParagraph = pc.isStartOfParagraph() && pc.isEndOfParagraph();
        if (!emptyParagraph) {
            pc.gotoEndOfParagraph(false);
            text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
        }
        String body = bodyStyle(doc);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (i > 0) text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
            if (body != null) Uno.set(c, "ParaStyleName", body);
            for (LiveDocument.Run run : paragraphs.get(i)) {
                text.insertString(c, run.text, false);
                if (run.bookmark == null || run.text.isEmpty()) continue;
                XTextCursor number = text.createTextCursorByRange(c.getEnd());
                number.goLeft((short) run.text.length(), true);
                insertMark(doc, text, number, run.bookmark);
                c.gotoRange(number.getEnd(), false);
            }
        }
        view.gotoRange(c.getEnd(), false);
        return null;
    }

    /** The document's name of our body style when it has it, else null (the paragraph keeps its style). */
    private static String bodyStyle(XTextDocument doc) throws com.sun.star.uno.Exception {
        XNameAccess styles = Uno.q(XNameAccess.class,
                Uno.q(XStyleFamiliesSupplier.class, doc).getStyleFamilies().getByName("ParagraphStyles"));
        for (String name : HouseStyle.styleNames(HouseStyle.STYLE_BODY)) if (styles.hasByName(name)) return name;
        return styles.hasByName("Text body") ? "Text body" : null;
    }

    /** See {@link LiveDocument#selectedText}. */
    static String selectedText(XTextDocument doc) throws com.sun.star.uno.Exception {
        XTextRange r = selection(doc);
        if (r == null) return null;
        String s = r.getString();
        return s.isEmpty() || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\u2029') >= 0 ? null : s;
    }

    /** See {@link LiveDocument#bookmarkSelection}. */
    static void bookmarkSelection(XTextDocument doc, String name) throws com.sun.star.uno.Exception {
        XTextRange r = selection(doc);
        if (r == null) throw new IllegalStateException("no selection in the body text");
        // only the number itself: blanks selected with it stay outside the bookmark
        String s = r.getString();
        int lead = 0;
        while (lead < s.length() && Character.isWhitespace(s.charAt(lead))) lead++;
        int trail = 0;
        while (trail < s.length() - lead && Character.isWhitespace(s.charAt(s.length() - 1 - trail))) trail++;
        XText text = r.getText();
        XTextCursor c = text.createTextCursorByRange(r.getStart());
        c.goRight((short) lead, false);
        c.goRight((short) (s.length() - lead - trail), true);
        insertMark(doc, text, c, name);
    }

    /** The one text range selected in the body text, or null (a table cell, a frame, several ranges, nothing). */
    private static XTextRange selection(XTextDocument doc) throws com.sun.star.uno.Exception {
        XModel model = Uno.q(XModel.class, doc);
        if (model.getCurrentController() == null) return null;
        XSelectionSupplier s = Uno.q(XSelectionSupplier.class, model.getCurrentController());
        XIndexAccess ranges = s == null ? null : Uno.q(XIndexAccess.class, s.getSelection());
        if (ranges == null || ranges.getCount() != 1) return null;
        XTextRange r = Uno.q(XTextRange.class, ranges.getByIndex(0));
        if (r == null || !UnoRuntime.areSame(r.getText(), doc.getText())) return null;
        if (!Uno.isVoid(Uno.get(r, "Cell"))) return null;
        return r;
    }

    private static XTextViewCursor viewCursor(XTextDocument doc) {
        XModel model = Uno.q(XModel.class, doc);
        if (model.getCurrentController() == null) return null;
        XTextViewCursorSupplier s = Uno.q(XTextViewCursorSupplier.class, model.getCurrentController());
        return s == null ? null : s.getViewCursor();
    }

    static List<String> sorted(Set<String> names) {
        List<String> out = new ArrayList<>(names);
        Collections.sort(out);
        return out;
    }
}
