package org.nianbao.uno;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.ReportSchema;

/**
 * Reading, checking and recomputing a live document with the core: the document is read through
 * {@link UnoDocumentAdapter}, recognised by {@link DocumentReader} and checked by {@link Checker}; the
 * computed totals are written back in bulk as one undo step. The save path and the sidebar reuse this.
 */
public final class ReportCheck {
    /** A report read from a document and its evaluation. */
    public static final class Result {
        public final Report report;
        public final Evaluation evaluation;

        Result(Report report, Evaluation evaluation) {
            this.report = report;
            this.evaluation = evaluation;
        }
    }

    /** What a recompute wrote. */
    public static final class Recomputed {
        /** Cells written (key to new text). */
        public final Map<String, String> written;
        /** Cells whose readable or unreadable non-blank content differed from the total and was replaced. */
        public final List<String> overwritten;
        /** The evaluation after writing (totals now as computed). */
        public final Result after;

        Recomputed(Map<String, String> written, List<String> overwritten, Result after) {
            this.written = written;
            this.overwritten = overwritten;
            this.after = after;
        }
    }

    private ReportCheck() {
    }

    /** Rule id of the finding that a table cannot be read until the document is reopened (see {@link #needsReopening}). */
    public static final String REOPEN_RULE = "U-REOPEN";

    /**
     * Reads and checks the document. The UNO objects of its tables are released before this returns
     * ({@link Uno#releaseProxies}): a table split later must not inherit them.
     */
    public static Result check(XTextDocument doc, Report previous, Profile profile) throws com.sun.star.uno.Exception {
        try {
            return read(doc, previous, profile);
        } finally {
            Uno.releaseProxies();
        }
    }

    private static Result read(XTextDocument doc, Report previous, Profile profile) throws com.sun.star.uno.Exception {
        long t0 = System.nanoTime();
        List<String> unreadable = new ArrayList<>();
        org.nianbao.core.doc.DocumentContent content = UnoDocumentAdapter.read(doc, unreadable);
        long t1 = System.nanoTime();
        Report report = DocumentReader.read(content);
        if (!unreadable.isEmpty()) {
            String tables = String.join(", ", unreadable);
            report.addFinding(new Finding(REOPEN_RULE, Severity.ERROR, "document", null, null,
                    UiText.of("zh").get("reading.reopen", tables), UiText.of("en").get("reading.reopen", tables)));
        }
        Result r = new Result(report, Checker.check(report, previous, profile == null ? Profile.national() : profile));
        long t2 = System.nanoTime();
        Log.info(String.format(java.util.Locale.ROOT, "check: read %.1f ms, recognise and check %.1f ms",
                (t1 - t0) / 1e6, (t2 - t1) / 1e6));
        return r;
    }

    /**
     * The totals that differ from the document: key to text to write. A total whose inputs cannot all be
     * read is left alone (the checker reports it).
     */
    public static Map<String, String> totalsToWrite(Result r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : r.evaluation.computed().entrySet()) {
            if (e.getValue() == null || r.report.location(e.getKey()) == null) continue;
            BigDecimal current = r.evaluation.value(e.getKey());
            if (current != null && current.compareTo(e.getValue()) == 0) continue;
            out.put(e.getKey(), UnoDocumentAdapter.text(e.getValue()));
        }
        return out;
    }

    /**
     * Writes the computed totals that differ, as one undo step named {@code undoTitle}; nothing when a table
     * needs the document reopened ({@link #needsReopening}). Releases the tables' UNO objects as
     * {@link #check} does.
     */
    public static Recomputed recompute(XTextDocument doc, Profile profile, String undoTitle) throws com.sun.star.uno.Exception {
        try {
            return readAndWrite(doc, profile, undoTitle);
        } finally {
            Uno.releaseProxies();
        }
    }

    private static Recomputed readAndWrite(XTextDocument doc, Profile profile, String undoTitle) throws com.sun.star.uno.Exception {
        Result before = read(doc, null, profile);
        if (needsReopening(before.report)) return new Recomputed(Map.of(), List.of(), before); // nothing written
        Map<String, String> writes = totalsToWrite(before);
        List<String> overwritten = new ArrayList<>();
        for (String key : writes.keySet()) {
            String old = before.report.cellText(key);
            if (old != null && !old.isBlank()) overwritten.add(key);
        }
        if (writes.isEmpty()) return new Recomputed(writes, overwritten, before);
        Map<CellLocation, String> byLocation = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : writes.entrySet()) byLocation.put(before.report.location(e.getKey()), e.getValue());
        XUndoManager undo = Uno.q(XUndoManagerSupplier.class, doc).getUndoManager();
        long t0 = System.nanoTime();
        com.sun.star.frame.XModel model = Uno.q(com.sun.star.frame.XModel.class, doc);
        undo.enterUndoContext(undoTitle);
        model.lockControllers(); // no repaint per cell
        try {
            UnoDocumentAdapter.write(doc, byLocation);
        } finally {
            model.unlockControllers();
            undo.leaveUndoContext();
        }
        long t1 = System.nanoTime();
        // the document now holds what the report held, with the totals written: check that, without reading again
        for (Map.Entry<String, String> e : writes.entrySet()) {
            before.report.cell(e.getKey(), e.getValue(), before.report.location(e.getKey()));
        }
        Result after = new Result(before.report, Checker.check(before.report, null, profile == null ? Profile.national() : profile));
        Log.info(String.format(java.util.Locale.ROOT, "recompute: wrote %d cells in %.1f ms, checked again in %.1f ms",
                writes.size(), (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6));
        return new Recomputed(writes, overwritten, after);
    }

    /**
     * Whether a table of the document cannot be read or written until it is reopened (a table split in
     * this session): the check is incomplete and a recompute writes nothing.
     */
    public static boolean needsReopening(Report report) {
        for (Finding f : report.readingFindings()) if (REOPEN_RULE.equals(f.rule)) return true;
        return false;
    }

    static boolean isReadOnly(XTextDocument doc) {
        XStorable s = Uno.q(XStorable.class, doc);
        return s != null && s.isReadonly();
    }

    /** A cell in words for messages, e.g. “表三 （七）总计 / 自然人”. */
    static String describe(String key, String lang) {
        ReportSchema schema = ReportSchema.get();
        if (!schema.hasCell(key)) return key;
        return "zh".equals(lang) ? schema.cell(key).displayZh() : schema.cell(key).displayEn();
    }
}
