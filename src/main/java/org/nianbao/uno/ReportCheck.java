package org.nianbao.uno;

import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.rules.TotalsOutput;
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
        /** Cells whose readable or unreadable non-blank content differed from the total and was replaced (each also a finding). */
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
     * Reads the document and binds its tables' cells to keys (the reader's findings included), adding the
     * findings about cells changed by another program since the last save ({@link OutsideEdits}).
     * Callers release the tables' UNO objects afterwards ({@link Uno#releaseProxies}): a table split later
     * must not inherit them.
     */
    public static Report bind(XTextDocument doc) throws com.sun.star.uno.Exception {
        long t0 = System.nanoTime();
        List<String> unreadable = new ArrayList<>();
        org.nianbao.core.doc.DocumentContent content = UnoDocumentAdapter.read(doc, unreadable);
        long t1 = System.nanoTime();
        Report report = DocumentReader.read(content);
        report.profileSetting(DocumentProfile.read(doc)); // issue 9: the document's local profile
        if (!unreadable.isEmpty()) {
            String tables = String.join(", ", unreadable);
            report.addFinding(new Finding(REOPEN_RULE, Severity.ERROR, "document", null, null,
                    UiText.of("zh").get("reading.reopen", tables), UiText.of("en").get("reading.reopen", tables)));
        }
        for (Finding f : OutsideEdits.findings(doc, report)) report.addFinding(f);
        Log.info(String.format(java.util.Locale.ROOT, "bind: read %.1f ms, recognise %.1f ms",
                (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6));
        return report;
    }

    /** Runs all rules on a report. */
    public static Result evaluate(Report report, Report previous, Profile profile) {
        Profile chosen = org.nianbao.core.model.Profiles.effective(profile == null ? Profile.national() : profile, report);
        return new Result(report, Checker.check(report, previous, chosen));
    }

    /** Reads and checks the document; its tables' UNO objects are released before this returns. */
    public static Result check(XTextDocument doc, Report previous, Profile profile) throws com.sun.star.uno.Exception {
        try {
            Report report = bind(doc);
            long t0 = System.nanoTime();
            Result r = evaluate(report, previous, profile);
            Log.info(String.format(java.util.Locale.ROOT, "check: rules %.1f ms", (System.nanoTime() - t0) / 1e6));
            return r;
        } finally {
            Uno.releaseProxies();
        }
    }

    /**
     * The totals that differ from the document: key to text to write. A total whose inputs cannot all be
     * read is left alone (the checker reports it).
     */
    public static Map<String, String> totalsToWrite(Result r) {
        return TotalsOutput.toWrite(r.report, r.evaluation);
    }

    /** Reads, checks, writes the computed totals that differ as one undo step named {@code undoTitle}, checks again. */
    public static Recomputed recompute(XTextDocument doc, Profile profile, String undoTitle) throws com.sun.star.uno.Exception {
        try {
            Result before = evaluate(bind(doc), null, profile);
            if (needsReopening(before.report)) return new Recomputed(Map.of(), List.of(), before); // nothing written
            Written w = writeTotals(doc, before, undoTitle);
            long t0 = System.nanoTime();
            Result after = w.written.isEmpty() ? before : evaluate(before.report, null, profile);
            Log.info(String.format(java.util.Locale.ROOT, "recompute: checked again in %.1f ms", (System.nanoTime() - t0) / 1e6));
            return new Recomputed(w.written, w.overwritten, after);
        } finally {
            Uno.releaseProxies();
        }
    }

    /** What {@link #writeTotals} wrote. */
    public static final class Written {
        /** Cells written (key to new text). */
        public final Map<String, String> written;
        /** Keys whose non-blank content differed from the total and was replaced (each also a finding). */
        public final List<String> overwritten;

        Written(Map<String, String> written, List<String> overwritten) {
            this.written = written;
            this.overwritten = overwritten;
        }
    }

    /**
     * Writes the computed totals that differ from {@code before} into the document as one undo step, in bulk,
     * and updates {@code before.report} to what the document now holds (the written texts, and an
     * {@link ExtensionFindings#OVERWRITTEN} finding for each non-blank value replaced), so that checking it
     * again needs no second read. When writing fails half-way, the undo step is undone: the document is
     * left as it was, and the exception is thrown on.
     */
    public static Written writeTotals(XTextDocument doc, Result before, String undoTitle) throws com.sun.star.uno.Exception {
        Map<String, String> writes = totalsToWrite(before);
        List<String> overwritten = new ArrayList<>();
        if (writes.isEmpty()) return new Written(writes, overwritten);
        TotalsOutput.checkWritable(before.report, writes.keySet()); // never an input cell: throws before writing
        // one map per table, in document order: bulk writes, and a fault point between two tables
        Map<String, Map<CellLocation, String>> byTable = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : writes.entrySet()) {
            CellLocation loc = before.report.location(e.getKey());
            byTable.computeIfAbsent(loc.tableName, t -> new LinkedHashMap<>()).put(loc, e.getValue());
        }
        com.sun.star.frame.XModel model = Uno.q(com.sun.star.frame.XModel.class, doc);
        XUndoManager undo = Uno.q(XUndoManagerSupplier.class, doc).getUndoManager();
        String[] titlesBefore = undo.getAllUndoActionTitles();
        long t0 = System.nanoTime();
        boolean done = false;
        undo.enterUndoContext(undoTitle);
        model.lockControllers(); // no repaint per cell
        try {
            boolean first = true;
            for (Map<CellLocation, String> table : byTable.values()) {
                if (!first) TestHooks.at(model, SaveStage.RECOMPUTE); // after a partial write: the worst moment
                UnoDocumentAdapter.write(doc, table);
                first = false;
            }
            if (byTable.size() == 1) TestHooks.at(model, SaveStage.RECOMPUTE);
            done = true;
        } finally {
            model.unlockControllers();
            undo.leaveUndoContext();
            if (!done) undoPartialWrite(undo, titlesBefore);
        }
        for (Map.Entry<String, String> e : writes.entrySet()) {
            String old = before.report.cellText(e.getKey());
            if (old != null && !old.isBlank()) {
                overwritten.add(e.getKey());
                before.report.addFinding(ExtensionFindings.overwritten(e.getKey(), old, e.getValue()));
            }
            before.report.cell(e.getKey(), e.getValue(), before.report.location(e.getKey()));
        }
        Log.info(String.format(java.util.Locale.ROOT, "totals: wrote %d cells in %.1f ms", writes.size(), (System.nanoTime() - t0) / 1e6));
        return new Written(writes, overwritten);
    }

    /** Undoes our undo step when one was recorded (the titles changed), and drops it from redo. */
    private static void undoPartialWrite(XUndoManager undo, String[] titlesBefore) {
        Log.guard("undoing a partial write of totals", () -> {
            if (java.util.Arrays.equals(titlesBefore, undo.getAllUndoActionTitles())) return;
            undo.undo();
            undo.clearRedo();
            Log.info("totals: partial write undone");
        });
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
