package org.nianbao.core.rules;

import org.nianbao.core.parse.Numbers;

/** Helpers for section texts: removing the template's guidance notes. */
public final class SectionTexts {
    private static final String[] GUIDANCE_OPENERS = {"（填写说明：", "（填写说明:", "(填写说明：", "(填写说明:"};

    private SectionTexts() {
    }

    /**
     * The text without guidance notes “（填写说明：…）” (brackets may nest; an unclosed note runs to the end),
     * trimmed. Null stays null.
     */
    public static String withoutGuidance(String text) {
        if (text == null) return null;
        String s = text;
        while (true) {
            int at = -1;
            for (String o : GUIDANCE_OPENERS) {
                int i = s.indexOf(o);
                if (i >= 0 && (at < 0 || i < at)) at = i;
            }
            if (at < 0) break;
            int depth = 0;
            int end = s.length();
            for (int i = at; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '（' || c == '(') depth++;
                else if ((c == '）' || c == ')') && --depth == 0) {
                    end = i + 1;
                    break;
                }
            }
            s = s.substring(0, at) + s.substring(end);
        }
        return Numbers.strip(s);
    }

    /** The text with all blanks removed, for comparing two texts for sameness. */
    public static String compact(String text) {
        if (text == null) return "";
        StringBuilder b = new StringBuilder();
        text.codePoints().filter(cp -> !Numbers.isBlank(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }
}
