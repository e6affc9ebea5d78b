package org.nianbao.core.model;

import org.nianbao.core.schema.ReportSchema;

/**
 * Findings of the Writer extension's save path (not rules of the format): a cell changed by another
 * program since the last save ({@value #SNAPSHOT}), a typed total replaced by the computed one
 * ({@value #OVERWRITTEN}). Messages come from the core bundles like every finding's.
 */
public final class ExtensionFindings {
    /** The tables disagree with the snapshot saved with the document; the tables win. */
    public static final String SNAPSHOT = "X-SNAPSHOT";
    /** A recompute replaced a different value the user had typed into a total. */
    public static final String OVERWRITTEN = "X-OVERWRITTEN";
    private static final int SHOWN_TEXT = 40;

    private ExtensionFindings() {
    }

    /** The snapshot held {@code saved}, the table holds {@code now}: a warning at the cell. */
    public static Finding snapshotChanged(String key, String saved, String now) {
        return new Finding(SNAPSHOT, Severity.WARNING, key, strip(saved), strip(now),
                Messages.zh("snapshot.changed", cellZh(key), shown(now, true), shown(saved, true)),
                Messages.en("snapshot.changed", cellEn(key), shown(now, false), shown(saved, false)));
    }

    /** The snapshot cannot be read or its checksum does not match: it is ignored (information). */
    public static Finding snapshotDamaged(String reason) {
        return Messages.finding(SNAPSHOT, Severity.INFO, "document", null, null, "snapshot.damaged", reason);
    }

    /** The user typed {@code typed} into a total; the computed {@code computed} replaced it: a warning at the cell. */
    public static Finding overwritten(String key, String typed, String computed) {
        return new Finding(OVERWRITTEN, Severity.WARNING, key, computed, strip(typed),
                Messages.zh("recompute.overwrote", cellZh(key), shown(typed, true), computed),
                Messages.en("recompute.overwrote", cellEn(key), shown(typed, false), computed));
    }

    private static String cellZh(String key) {
        return ReportSchema.get().hasCell(key) ? ReportSchema.get().cell(key).displayZh() : key;
    }

    private static String cellEn(String key) {
        return ReportSchema.get().hasCell(key) ? ReportSchema.get().cell(key).displayEn() : key;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** A cell text for a message: one line, shortened, quoted; “blank” for nothing. */
    static String shown(String text, boolean zh) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (t.isEmpty()) return zh ? Messages.zh("value.blank") : Messages.en("value.blank");
        return "“" + (t.length() > SHOWN_TEXT ? t.substring(0, SHOWN_TEXT) + "…" : t) + "”";
    }
}
