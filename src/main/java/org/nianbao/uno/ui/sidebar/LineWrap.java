package org.nianbao.uno.ui.sidebar;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps one line of the 校验 list at a pixel width (a list box cannot wrap; its entries would need a
 * horizontal scrollbar): the first row as is, the others indented by {@link #INDENT}. Breaks between any
 * two characters of Chinese text, not before closing punctuation (“，。）”…) and not inside a Latin word or
 * number when there is a space or other break before it on the row.
 */
final class LineWrap {
    /** The start of a continuation row (an ideographic space: no worklist line starts with one). */
    static final String INDENT = "\u3000";

    /** The cumulative widths of a text: element i is the x position after character i (VCL's DX array). */
    interface Widths {
        int[] of(String text);
    }

    private static final String NO_START = "，。、；：？！）》」』”’〕】…,.;:!?)]}%";

    private LineWrap() {
    }

    /** The rows of {@code text} at most {@code width} wide (a single character wider than that gets a row of its own). */
    static List<String> wrap(String text, int width, Widths widths) {
        List<String> rows = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            rows.add(text == null ? "" : text);
            return rows;
        }
        int[] dx = widths.of(text);
        int indent = widths.of(INDENT)[0];
        if (dx.length != text.length()) throw new IllegalStateException("widths of " + dx.length + " for " + text.length() + " characters");
        int pos = 0;
        int base = 0;
        while (pos < text.length()) {
            int budget = rows.isEmpty() ? width : width - indent;
            int end = pos + 1;
            while (end < text.length() && dx[end] - base <= budget) end++;
            if (Character.isHighSurrogate(text.charAt(end - 1)) && end < text.length()) end++;
            if (end < text.length()) end = betterBreak(text, pos, end);
            rows.add((rows.isEmpty() ? "" : INDENT) + text.substring(pos, end));
            base = dx[end - 1];
            pos = end;
        }
        return rows;
    }

    /** A break at or before {@code end} (exclusive end of the row) that keeps punctuation and Latin words together. */
    private static int betterBreak(String text, int pos, int end) {
        int e = end;
        while (e - 1 > pos && NO_START.indexOf(text.charAt(e)) >= 0) e--;
        if (isWordChar(text.charAt(e)) && isWordChar(text.charAt(e - 1))) {
            int w = e - 1;
            while (w > pos && isWordChar(text.charAt(w - 1))) w--;
            if (w > pos) e = w;
            else if (e < end) e = end; // the word fills the row: rather the punctuation at the next row's start
        }
        if (Character.isLowSurrogate(text.charAt(e)) && e - 1 > pos) e--;
        return e;
    }

    private static boolean isWordChar(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
