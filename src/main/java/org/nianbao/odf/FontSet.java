package org.nianbao.odf;

import org.nianbao.core.style.HouseStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fonts of the template in GB/T 9704 habits: title 方正小标宋简体, headings 黑体, body and tables
 * 仿宋_GB2312. ODF has no per-style fallback list that LibreOffice honours (a font name "A;B" is
 * taken as one unknown name; LibreOffice limitation, no bug id found), so the fallback happens when writing: {@link #detect()} takes, per role,
 * the first candidate installed on this machine, ending with the Noto CJK fonts.
 */
public final class FontSet {
    public final String title;
    public final String heading;
    public final String body;
    public final String table;

    public FontSet(String title, String heading, String body, String table) {
        this.title = title;
        this.heading = heading;
        this.body = body;
        this.table = table;
    }

    private static final List<String> TITLE = HouseStyle.TITLE_FONTS;
    private static final List<String> HEADING = HouseStyle.HEADING_FONTS;
    private static final List<String> BODY = HouseStyle.BODY_FONTS;

    /** The fonts GB/T 9704 documents use (Windows machines in government offices usually have them). */
    public static FontSet official() {
        return new FontSet(TITLE.get(0), HEADING.get(0), BODY.get(0), BODY.get(0));
    }

    /** Open fonts available on most Linux machines (fonts-noto-cjk). */
    public static FontSet open() {
        return new FontSet("Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif CJK SC", "Noto Serif CJK SC");
    }

    private static volatile FontSet detected;

    /** Per role the first installed candidate (official fonts first); the official names if none is installed. */
    public static FontSet detect() {
        FontSet f = detected;
        if (f == null) {
            Set<String> installed = installedFamilies();
            HouseStyle.Fonts h = HouseStyle.fonts(installed);
            f = new FontSet(h.title, h.heading, h.body, h.body);
            detected = f;
        }
        return f;
    }

    private static Set<String> installedFamilies() {
        Set<String> out = new HashSet<>();
        try {
            System.setProperty("java.awt.headless", System.getProperty("java.awt.headless", "true"));
            java.awt.GraphicsEnvironment ge = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
            for (Locale l : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
                for (String s : ge.getAvailableFontFamilyNames(l)) out.add(s.toLowerCase(Locale.ROOT));
            }
        } catch (RuntimeException | LinkageError | java.awt.AWTError e) {
            return new HashSet<>(); // no font configuration or no AWT: the official names
        }
        return out;
    }

    @Override
    public String toString() {
        return title + " / " + heading + " / " + body + " / " + table;
    }
}
