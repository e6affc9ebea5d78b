package org.nianbao.uno.session;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.core.bound.BoundKey;
import org.nianbao.core.bound.DataSentences;
import org.nianbao.core.model.BoundNumber;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.PreviousReport;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.TotalsOutput;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.Log;
import org.nianbao.uno.UiText;

/**
 * One open document's report: what the extension knows of it between events (the snapshot baseline,
 * the latest result, last year's report, diagnostics) and one method per user action: {@link #check},
 * {@link #recompute}, {@link #save}, {@link #useLastYear}, {@link #fillCarriedOver}. It reaches Writer
 * only through its {@link LiveDocument}; the presenter ({@code org.nianbao.uno.ui.Presenter}) tells the
 * user what an action did. One lock: the session's own (actions of one document run one at a time).
 *
 * <p>Outside edits: when a document with a {@link Snapshot} is opened, its tables are compared with the
 * snapshot; the cells that disagree then are reported ({@link ExtensionFindings#SNAPSHOT}) by every check
 * and by the next save, which stores a new snapshot (the tables win). Edits made in this session are not
 * outside edits: only the comparison at opening counts (or, when the extension started after the document
 * was opened, the first check of the still unmodified document).
 *
 * <p>Track changes: when the document records changes, the save writes no totals (each write would be a
 * tracked change in every total, at every save); the totals that differ are reported and Recompute totals
 * writes them as changes a reviewer can accept.
 */
public final class ReportSession {
    private static final int NOTICES_KEPT = 10;

    /** A refused action: nothing was changed, for a reason the user is told (a message key and its arguments). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        public final String messageKey;
        public final transient Object[] arguments;

        Refused(String messageKey, Object... arguments) {
            super(messageKey);
            this.messageKey = messageKey;
            this.arguments = arguments;
        }
    }

    private final LiveDocument doc;
    private final FaultPoints faults = new FaultPoints();
    private Profile profile = Profile.national();

    // the snapshot baseline
    private boolean baselineTaken;
    /** The snapshot found on opening, then the one stored by the last save; or null. */
    private Snapshot savedSnapshot;
    private List<String> changedOutside = List.of();
    private String snapshotProblem;

    private ReportCheck.Result latest;
    /** The latest result the sidebar was told of (see {@link Sessions#publish}). */
    private ReportCheck.Result shown;
    /** Where next / previous problem is in the shown result's problems (-1: not stepped yet). */
    private int stepPosition = -1;
    private Sessions.LastYear lastYear;
    /** The document object the session is registered under ({@link Sessions#of}), for telling the panels; or null. */
    private Object owner;

    // diagnostics (the test state) and the one-time format warning
    private boolean formatWarned;
    private int formatWarnings;
    private int saves;
    private String lastSave = "";
    private final Deque<String> notices = new ArrayDeque<>();
    /** The last bind's stages in ms (diagnostics, issue 8). */
    private String lastBind = "";
    private double lastSaveCpu = -1;

    /** The session of a document; last year's report kept in the document is restored (see {@link #useLastYear}). */
    public ReportSession(LiveDocument doc) {
        this.doc = doc;
        this.lastYear = restoredLastYear();
    }

    synchronized void owner(Object document) {
        this.owner = document;
    }

    public LiveDocument document() {
        return doc;
    }

    public FaultPoints faults() {
        return faults;
    }

    public synchronized void setProfile(Profile profile) {
        this.profile = profile == null ? Profile.national() : profile;
    }

    // ------------------------------------------------------------------ actions

    /** On opening (OnLoad): compares the tables with the stored snapshot, if there is one. */
    public synchronized void opened() throws Exception {
        if (baselineTaken || doc.snapshotJson() == null) return; // nothing to compare
        baseline(DocumentReader.read(doc.readTables()));
    }

    /**
     * True for a document with the report's tables: ours (inserted, saved with a snapshot) at once,
     * otherwise when its tables hold one of the official tables (opened from the official template, pasted).
     */
    public static boolean isReport(LiveDocument doc) throws Exception {
        if (doc.hasOurTables() || doc.snapshotJson() != null) return true;
        if (!doc.hasTables()) return false;
        return !DocumentReader.read(doc.readTables()).tablesFound().isEmpty();
    }

    /** Reads and checks the document (with last year's report when one was chosen). */
    public ActionResult check() throws Exception {
        synchronized (this) {
            try {
                ActionResult r = new ActionResult(ActionResult.Kind.CHECK);
                r.result = evaluate(bind());
                latest = r.result;
                return r;
            } finally {
                doc.release();
            }
        }
    }

    /** Reads, checks, writes the computed totals that differ as one undo step, checks again. */
    public synchronized ActionResult recompute(String undoTitle) throws Exception {
        if (doc.isReadOnly()) throw new Refused("recompute.readOnly");
        try {
            ActionResult r = new ActionResult(ActionResult.Kind.RECOMPUTE);
            ReportCheck.Result before = evaluate(bind());
            r.needsReopening = ReportCheck.needsReopening(before.report);
            if (!r.needsReopening) writeTotals(before, undoTitle, r);
            r.result = r.written.isEmpty() && r.boundWritten.isEmpty() ? before : evaluate(before.report);
            latest = r.result;
            return r;
        } finally {
            doc.release();
        }
    }

    /**
     * The save path before LibreOffice writes the file, stages binding to snapshot ({@link SaveStage}); each
     * fails on its own, is logged, and skips the stages that need it; a recompute that fails half-way is
     * undone. Never throws. The caller (the save listener) runs the infobar and sidebar stages with the
     * presenter, then {@link #saved}.
     */
    public synchronized ActionResult save(String undoTitle) {
        ActionResult run = new ActionResult(ActionResult.Kind.SAVE);
        try {
            Report[] report = new Report[1];
            boolean bound = run.stage(SaveStage.BINDING, faults, () -> report[0] = bind());
            if (!bound) {
                run.skipped(SaveStage.RECOMPUTE);
                run.skipped(SaveStage.RULES);
                run.skipped(SaveStage.SNAPSHOT);
                return run;
            }
            for (Finding f : report[0].readingFindings()) {
                if (f.rule.equals(ExtensionFindings.SNAPSHOT) && f.severity != Severity.INFO) run.changedOutside++;
            }
            ReportCheck.Result[] before = new ReportCheck.Result[1];
            run.stage(SaveStage.RECOMPUTE, faults, () -> {
                before[0] = evaluate(report[0]);
                run.recording = doc.recordsChanges();
                run.needsReopening = ReportCheck.needsReopening(report[0]);
                if (run.recording || run.needsReopening) {
                    run.totalsNotWritten = ReportCheck.totalsToWrite(before[0]).size(); // reported, never written
                } else {
                    writeTotals(before[0], undoTitle, run);
                }
            });
            boolean checked = run.stage(SaveStage.RULES, faults, () ->
                    run.result = before[0] != null && run.written.isEmpty() && run.boundWritten.isEmpty() ? before[0] : evaluate(report[0]));
            run.stage(SaveStage.SNAPSHOT, faults, () -> storeSnapshot(report[0]));
            if (!checked) run.result = null;
            if (run.result != null) latest = run.result;
            return run;
        } finally {
            doc.releaseAfterSave(); // the collection runs once the file is written
        }
    }

    /** After the save's last stage: counted, and its stages kept for diagnostics. */
    public synchronized void saved(String summary, double cpuMs) {
        saves++;
        lastSave = summary;
        lastSaveCpu = cpuMs;
    }

    /**
     * Keeps last year's report for every later check of this document, and checks with it. It is kept in the
     * document too ({@link PreviousReport}, user-defined property {@value PreviousReport#PROPERTY}; the document
     * is marked modified and the next save stores it), so that a reopened document still compares with it;
     * a read-only document keeps it for the session only. From then on the session uses what is kept, as a
     * reopened document will.
     */
    public ActionResult useLastYear(String url, Report previous) throws Exception {
        synchronized (this) {
            if (url.equals(doc.url())) throw new Refused("previous.same");
            lastYear = kept(url, previous);
        }
        ActionResult r = new ActionResult(ActionResult.Kind.PREVIOUS);
        r.result = check().result;
        r.lastYear = lastYear();
        return r;
    }

    /**
     * Drops last year's report: from the session and from the document (marked modified), as one undo step
     * when the document can record it ({@link ActionResult#undoable}); then checks without it.
     */
    public ActionResult removeLastYear(String undoTitle) throws Exception {
        ActionResult r = new ActionResult(ActionResult.Kind.PREVIOUS_REMOVED);
        synchronized (this) {
            if (lastYear == null) throw new Refused("previous.removeNone");
            r.lastYear = lastYear;
            String json = doc.isReadOnly() ? null : doc.previousJson();
            lastYear = null;
            if (json != null && doc.storePreviousJson(null)) {
                r.undoable = doc.addUndoAction(undoTitle, () -> undoneRemoval(json), this::redoneRemoval);
            }
        }
        r.result = check().result;
        return r;
    }

    /** Last year's report as kept in the document (stored now), or for this session only when it cannot be stored. */
    private Sessions.LastYear kept(String url, Report previous) {
        try {
            if (doc.isReadOnly()) return new Sessions.LastYear(url, previous);
            long modified = Sessions.LastYear.modified(url);
            PreviousReport p = PreviousReport.of(url, modified, previous);
            String json = p.toJson();
            if (p.sectionsDropped) {
                Log.info("last year's report: section texts left out of " + PreviousReport.PROPERTY + " (over "
                        + PreviousReport.MAX_BYTES + " bytes); Y-COPY will have nothing to compare");
            }
            doc.storePreviousJson(json);
            Log.info("last year's report kept in the document: " + json.length() + " characters");
            return new Sessions.LastYear(url, p.report(), true, p.sectionsDropped,
                    modified < 0 ? Sessions.LastYear.FileState.UNKNOWN : Sessions.LastYear.FileState.UNCHANGED);
        } catch (Exception e) {
            Log.error("keeping last year's report in the document (kept for this session only)", e);
            return new Sessions.LastYear(url, previous);
        }
    }

    /** Last year's report kept in the document, or null; a damaged or hand-edited value is ignored with a log line. */
    private Sessions.LastYear restoredLastYear() {
        try {
            String json = doc.previousJson();
            if (json == null) return null;
            Sessions.LastYear restored = Sessions.LastYear.restored(json);
            if (restored.fileState == Sessions.LastYear.FileState.NEWER) {
                Log.info("last year's report " + restored.url + " changed after it was read: the values kept in the document are used");
            }
            return restored;
        } catch (IllegalArgumentException e) {
            Log.info("the stored last year's report (" + PreviousReport.PROPERTY + ") is ignored: " + e.getMessage());
            return null;
        } catch (Exception e) {
            Log.error("reading the stored last year's report", e);
            return null;
        }
    }

    /** Edit › Undo of a removal (run by LibreOffice's undo manager; never throws): stored again, checked with it. */
    private void undoneRemoval(String json) {
        Log.guard("undoing the removal of last year's report", () -> {
            synchronized (this) {
                doc.storePreviousJson(json);
                lastYear = restoredLastYear();
            }
            changedByUndo();
        });
    }

    /** Edit › Redo of a removal: removed again. */
    private void redoneRemoval() {
        Log.guard("redoing the removal of last year's report", () -> {
            synchronized (this) {
                doc.storePreviousJson(null);
                lastYear = null;
            }
            changedByUndo();
        });
    }

    /** After undo / redo changed last year's report: the panels are told, and the document is checked again. */
    private void changedByUndo() throws Exception {
        Object document;
        synchronized (this) {
            document = owner;
        }
        if (document == null) return;
        Sessions.lastYearChanged(document, lastYear());
        Sessions.publish(document, check().result, "previous");
    }

    /**
     * Writes last year's 四、结转下年度继续办理 into this year's 二、上年结转 (and the row's total), in one bulk
     * write as one undo step.
     */
    public synchronized ActionResult fillCarriedOver(String undoTitle) throws Exception {
        if (doc.isReadOnly()) throw new Refused("msg.readOnly");
        if (lastYear == null) throw new Refused("previous.none");
        Map<String, String> values = CarriedOver.carriedOver(lastYear.report, profile);
        if (values.isEmpty()) throw new Refused("previous.nothingToFill", lastYear.fileName());
        try {
            Report report = bind();
            if (!report.hasTable(TableId.T3)) throw new Refused("previous.noTable3");
            ActionResult r = new ActionResult(ActionResult.Kind.FILL);
            r.lastYear = lastYear;
            for (Map.Entry<String, String> e : values.entrySet()) {
                CellLocation at = report.location(e.getKey());
                if (at == null) continue;
                String old = report.cellText(e.getKey());
                if (old != null && !old.isBlank() && !old.trim().equals(e.getValue())) r.replaced.put(e.getKey(), old.trim());
                report.cell(e.getKey(), e.getValue(), at);
                r.written.put(e.getKey(), e.getValue());
            }
            String totalKey = CarriedOver.carriedOverTotalKey();
            BigDecimal total = Checker.check(report, null, profile).computed(totalKey);
            if (total != null && org.nianbao.core.rules.TotalsOutput.isWritable(report, totalKey)) { // never an input's cell
                report.cell(totalKey, ReportCheck.text(total), report.location(totalKey));
                r.written.put(totalKey, ReportCheck.text(total));
            }
            return writtenAndChecked(r, report, undoTitle);
        } finally {
            doc.release();
        }
    }

    /**
     * 汇总下级报告 (issue 11): reads every unit's report of the {@code folder} (outside the session's lock; the
     * document itself is skipped), sums them with the core's refusals (a unit with errors in its tables or of
     * another year than this report's is refused unless {@code force}; a document that is not a report is
     * never summed), writes the sums into this report's bound input cells and then the totals computed from
     * them, all in one bulk write as one undo step, and checks again; the units used, refused and unreadable,
     * the folder's files not read and the units of its list without a report (A-MISSING) are added to the
     * result for the 校验 panel.
     */
    public ActionResult aggregateUnits(UnitFolder.Listing folder, UnitAggregation.Reader reader, boolean force, String undoTitle)
            throws Exception {
        if (doc.isReadOnly()) throw new Refused("msg.readOnly");
        List<String> urls = new ArrayList<>();
        for (String u : folder.reports) if (!UnitFolder.sameFile(u, doc.url())) urls.add(u); // not this report itself
        if (urls.isEmpty()) throw new Refused("aggregate.noFiles");
        Profile chosen;
        synchronized (this) {
            chosen = profile;
        }
        UnitAggregation units = UnitAggregation.read(folder, urls, reader, chosen); // may open documents: not under the lock
        synchronized (this) {
            try {
                Report report = bind();
                if (ReportCheck.needsReopening(report)) throw new Refused("aggregate.reopen");
                if (report.tablesFound().isEmpty()) throw new Refused("aggregate.noTables");
                Integer year = doc.year() != null ? doc.year() : report.year();
                units.sum(year, force, folder.units);
                if (units.aggregation.summedCount() == 0) {
                    throw new Refused("aggregate.noneSummed", urls.size(), units.refusedCount());
                }
                ActionResult r = new ActionResult(ActionResult.Kind.AGGREGATE);
                r.units = units;
                for (CellDef c : ReportSchema.get().cells()) {
                    if (c.computed) continue; // only input cells: the totals are computed below
                    CellLocation at = report.location(c.key);
                    BigDecimal sum = units.aggregation.values.get(c.key);
                    if (at == null || sum == null) continue;
                    String text = ReportCheck.text(sum);
                    String old = report.cellText(c.key);
                    if (old != null && !old.isBlank() && !old.trim().equals(text)) r.replaced.put(c.key, old.trim());
                    report.cell(c.key, text, at);
                    r.written.put(c.key, text);
                }
                for (Map.Entry<String, String> e : ReportCheck.totalsToWrite(evaluate(report)).entrySet()) {
                    if (!TotalsOutput.isWritable(report, e.getKey())) continue; // never an input's cell
                    report.cell(e.getKey(), e.getValue(), report.location(e.getKey()));
                    r.written.put(e.getKey(), e.getValue());
                }
                writtenAndChecked(r, report, undoTitle);
                r.result = new ReportCheck.Result(r.result.report, r.result.evaluation.withFindings(units.findings()));
                latest = r.result;
                return r;
            } finally {
                doc.release();
            }
        }
    }

    /**
     * 插入数据句 (issue 10): the standard sentences of 一、总体情况 that quote the tables, at the cursor, every
     * number bound to its key (a bookmark), as one undo step; numbers not yet known read （待填）.
     */
    public synchronized ActionResult insertDataSentences(String undoTitle) throws Exception {
        if (doc.isReadOnly()) throw new Refused("msg.readOnly");
        try {
            ReportCheck.Result before = evaluate(bind());
            int serial = BoundKey.highestSerial(doc.boundNames());
            ActionResult r = new ActionResult(ActionResult.Kind.DATA_SENTENCES);
            List<List<LiveDocument.Run>> paragraphs = new ArrayList<>();
            for (List<DataSentences.Segment> p : DataSentences.paragraphs(before.evaluation::settled)) {
                List<LiveDocument.Run> runs = new ArrayList<>();
                for (DataSentences.Segment seg : p) {
                    runs.add(new LiveDocument.Run(seg.text, seg.isBound() ? BoundKey.name(seg.key, ++serial) : null));
                    if (!seg.isBound()) continue;
                    r.bound++;
                    if (seg.text.equals(DataSentences.UNKNOWN)) r.unknown++;
                }
                paragraphs.add(runs);
            }
            LiveDocument.UndoStep step = doc.beginUndo(undoTitle);
            String refusal;
            boolean done = false;
            try {
                refusal = doc.insertParagraphs(paragraphs);
                done = true;
            } finally {
                if (done) step.close();
                else step.rollBack();
            }
            if (refusal != null) throw new Refused(refusal);
            r.result = evaluate(bind());
            latest = r.result;
            return r;
        } finally {
            doc.release();
        }
    }

    /** 绑定到表格数据: the number selected in the text becomes bound to {@code key} (a bookmark, one undo step). */
    public synchronized ActionResult bindSelection(String key, String undoTitle) throws Exception {
        if (doc.isReadOnly()) throw new Refused("msg.readOnly");
        if (!BoundKey.isKnown(key)) throw new Refused("bind.unknownKey", key);
        try {
            String selected = doc.selectedText();
            if (selected == null || selected.isBlank()) throw new Refused("bind.noSelection");
            if (BoundKey.number(selected) == null && !selected.strip().equals(DataSentences.UNKNOWN)) {
                throw new Refused("bind.notANumber", selected.strip());
            }
            String name = BoundKey.name(key, BoundKey.highestSerial(doc.boundNames()) + 1);
            LiveDocument.UndoStep step = doc.beginUndo(undoTitle);
            try {
                doc.bookmarkSelection(name);
            } finally {
                step.close();
            }
            ActionResult r = new ActionResult(ActionResult.Kind.BIND);
            r.boundKey = key;
            r.bound = 1;
            r.result = evaluate(bind());
            latest = r.result;
            return r;
        } finally {
            doc.release();
        }
    }

    /**
     * Writes 0 into every blank cell the format counts (P-6: input cells, not totals), as one undo step,
     * and checks again.
     */
    public synchronized ActionResult fillBlanks(String undoTitle) throws Exception {
        if (doc.isReadOnly()) throw new Refused("msg.readOnly");
        try {
            Report report = bind();
            ReportCheck.Result before = evaluate(report);
            ActionResult r = new ActionResult(ActionResult.Kind.FILL_BLANKS);
            for (Finding f : Worklist.cellFindings(before.evaluation)) {
                CellLocation at = Worklist.isBlank(f) ? report.location(f.key) : null;
                if (at == null || r.written.containsKey(f.key)) continue;
                r.written.put(f.key, "0");
                report.cell(f.key, "0", at);
            }
            if (r.written.isEmpty()) throw new Refused("worklist.noBlanks");
            return writtenAndChecked(r, report, undoTitle);
        } finally {
            doc.release();
        }
    }

    /**
     * The next ({@code direction} 1) or previous (-1) problem of the result the sidebar shows, errors first
     * (see {@link Worklist#problems}), wrapping around.
     */
    public synchronized ActionResult step(int direction) throws Refused {
        ReportCheck.Result r = shown != null ? shown : latest;
        List<Finding> problems = r == null ? List.of() : Worklist.problems(r.evaluation);
        if (problems.isEmpty()) throw new Refused(r == null ? "worklist.notChecked" : "worklist.none");
        int n = problems.size();
        stepPosition = stepPosition < 0 ? (direction > 0 ? 0 : n - 1) : Math.floorMod(stepPosition + direction, n);
        ActionResult out = new ActionResult(ActionResult.Kind.STEP);
        out.result = r;
        out.finding = problems.get(Math.min(stepPosition, n - 1));
        out.position = Math.min(stepPosition, n - 1) + 1;
        out.count = n;
        return out;
    }

    /** Writes {@code r.written} (already in {@code report}) in bulk as one undo step, then checks the report again. */
    private ActionResult writtenAndChecked(ActionResult r, Report report, String undoTitle) throws Exception {
        Map<CellLocation, String> byLocation = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : r.written.entrySet()) byLocation.put(report.location(e.getKey()), e.getValue());
        LiveDocument.UndoStep step = doc.beginUndo(undoTitle);
        try {
            doc.write(byLocation);
        } finally {
            step.close();
        }
        r.result = evaluate(report);
        latest = r.result;
        return r;
    }

    /** True the first time a save to a format other than ODF is reported (the one-time warning). */
    public synchronized boolean formatWarningDue() {
        if (formatWarned) return false;
        formatWarned = true;
        formatWarnings++;
        return true;
    }

    // ------------------------------------------------------------------ state

    public synchronized ReportCheck.Result latest() {
        return latest;
    }

    /** The latest result published to the sidebar, or null. */
    public synchronized ReportCheck.Result shown() {
        return shown;
    }

    synchronized void shown(ReportCheck.Result result) {
        shown = result;
        stepPosition = -1; // next problem starts again at the first error
    }

    public synchronized Sessions.LastYear lastYear() {
        return lastYear;
    }

    /** Last year's report as the checker's {@code previous}, or null. */
    public synchronized Report lastYearReport() {
        return lastYear == null ? null : lastYear.report;
    }

    /** Remembers a notice shown to the user (the last few, for the test state). */
    public synchronized void notice(String text) {
        notices.addLast(text);
        while (notices.size() > NOTICES_KEPT) notices.removeFirst();
    }

    public synchronized List<String> notices() {
        return new ArrayList<>(notices);
    }

    public synchronized int saves() {
        return saves;
    }

    public synchronized String lastBind() {
        return lastBind;
    }

    /** The CPU time of the last save path on its thread (the office's main thread), ms; -1 when not known. */
    public synchronized double lastSaveCpu() {
        return lastSaveCpu;
    }

    public synchronized String lastSave() {
        return lastSave;
    }

    public synchronized int formatWarnings() {
        return formatWarnings;
    }

    public synchronized int changedOutside() {
        return changedOutside.size();
    }

    // ------------------------------------------------------------------ steps

    /**
     * Reads the document and binds its tables' cells to keys (the reader's findings included), adding the
     * findings about cells changed by another program since the last save.
     */
    Report bind() throws Exception {
        long t0 = System.nanoTime();
        List<String> unreadable = new ArrayList<>();
        org.nianbao.core.doc.DocumentContent content = doc.read(unreadable);
        long t1 = System.nanoTime();
        Report report = DocumentReader.read(content);
        long t2 = System.nanoTime();
        report.profileSetting(doc.profileSetting()); // the document's local profile (issue 9)
        long t3 = System.nanoTime();
        if (!unreadable.isEmpty()) {
            String tables = String.join(", ", unreadable);
            report.addFinding(new Finding(ReportCheck.REOPEN_RULE, Severity.ERROR, "document", null, null,
                    UiText.of("zh").get("reading.reopen", tables), UiText.of("en").get("reading.reopen", tables)));
        }
        for (Finding f : outsideEdits(report)) report.addFinding(f);
        lastBind = String.format(Locale.ROOT, "read %.1f, recognise %.1f, profile %.1f, outside %.1f", (t1 - t0) / 1e6, (t2 - t1) / 1e6,
                (t3 - t2) / 1e6, (System.nanoTime() - t3) / 1e6);
        Log.info("bind: " + lastBind);
        return report;
    }

    private ReportCheck.Result evaluate(Report report) {
        return ReportCheck.evaluate(report, lastYearReport(), profile);
    }

    /**
     * Writes the computed totals that differ from {@code before} as one undo step, in bulk, and updates
     * {@code before.report} to what the document now holds, so that checking it again needs no second read.
     * A non-blank value replaced is an {@link ExtensionFindings#OVERWRITTEN} finding only when the user typed
     * it: a total as stored by the last save (our own) is not. When writing fails half-way, the undo step
     * is undone and the exception thrown on.
     */
    private void writeTotals(ReportCheck.Result before, String undoTitle, ActionResult r) throws Exception {
        Map<String, String> writes = ReportCheck.totalsToWrite(before);
        Map<String, String> bound = boundToWrite(before);
        if (writes.isEmpty() && bound.isEmpty()) return;
        TotalsOutput.checkWritable(before.report, writes.keySet()); // never an input cell: throws before writing
        Map<String, Map<CellLocation, String>> byTable = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : writes.entrySet()) {
            CellLocation loc = before.report.location(e.getKey());
            byTable.computeIfAbsent(loc.tableName, t -> new LinkedHashMap<>()).put(loc, e.getValue());
        }
        long t0 = System.nanoTime();
        LiveDocument.UndoStep step = doc.beginUndo(undoTitle);
        boolean done = false;
        try {
            boolean first = true;
            for (Map<CellLocation, String> table : byTable.values()) {
                if (!first) faults.at(SaveStage.RECOMPUTE); // after a partial write: the worst moment
                doc.write(table);
                first = false;
            }
            if (byTable.size() == 1) faults.at(SaveStage.RECOMPUTE);
            if (!bound.isEmpty()) doc.writeBound(bound); // the text's numbers in the same undo step as the totals
            done = true;
        } finally {
            if (done) step.close();
            else step.rollBack();
        }
        for (Map.Entry<String, String> e : writes.entrySet()) {
            String old = before.report.cellText(e.getKey());
            if (old != null && !old.isBlank() && typedByUser(e.getKey(), old)) {
                r.overwrite(e.getKey(), old.strip(), e.getValue());
                before.report.addFinding(ExtensionFindings.overwritten(e.getKey(), old, e.getValue()));
            }
            before.report.cell(e.getKey(), e.getValue(), before.report.location(e.getKey()));
            r.written.put(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, String> e : bound.entrySet()) {
            before.report.rewriteBound(e.getKey(), e.getValue());
            r.boundWritten.put(e.getKey(), e.getValue());
        }
        Log.info(String.format(Locale.ROOT, "totals: wrote %d cells and %d bound numbers in %.1f ms", writes.size(), bound.size(),
                (System.nanoTime() - t0) / 1e6));
    }

    /** The bound numbers of the text that differ from the tables once recomputed: bookmark name to text. */
    private static Map<String, String> boundToWrite(ReportCheck.Result before) {
        Map<String, String> out = new LinkedHashMap<>();
        for (BoundNumber b : before.report.boundNumbers()) {
            BigDecimal value = BoundKey.value(b.key, before.evaluation::settled);
            if (value == null) continue; // not known yet: left as it is (the check says why)
            String text = DataSentences.text(value);
            if (!text.equals(b.text.strip())) out.put(b.name, text);
        }
        return out;
    }

    /** False for a total that still holds what the last save stored (written by us, not typed since). */
    private boolean typedByUser(String key, String text) {
        if (savedSnapshot == null) return true;
        String stored = savedSnapshot.values().get(key);
        return stored == null || !stored.strip().equals(text.strip());
    }

    private void storeSnapshot(Report report) throws Exception {
        String agency = doc.agency();
        Integer year = doc.year();
        Snapshot s = Snapshot.of(report, agency == null || agency.isEmpty() ? report.agency() : agency,
                year != null ? year : report.year());
        doc.storeSnapshotJson(s.toJson());
        baselineTaken = true; // the stored tables and the snapshot agree again
        savedSnapshot = s;
        changedOutside = List.of();
        snapshotProblem = null;
    }

    /** The findings about outside edits for the report just read from the document (maybe none). */
    private List<Finding> outsideEdits(Report current) throws Exception {
        if (!baselineTaken) {
            if (doc.snapshotJson() == null) return List.of();
            if (!doc.isModified()) {
                baseline(current); // the tables are as opened
            } else {
                baselineTaken = true; // edited before we saw it: in-session edits cannot be told apart
                Log.info("document modified before the extension saw it opened: no comparison with its snapshot");
            }
        }
        List<Finding> out = new ArrayList<>();
        if (snapshotProblem != null) out.add(ExtensionFindings.snapshotDamaged(snapshotProblem));
        for (String key : changedOutside) {
            String saved = savedSnapshot.values().get(key);
            String now = current.cellText(key);
            if (now != null && !saved.strip().equals(now.strip())) out.add(ExtensionFindings.snapshotChanged(key, saved, now));
        }
        return out;
    }

    private void baseline(Report tables) throws Exception {
        Snapshot snapshot = null;
        String problem = null;
        String json = doc.snapshotJson();
        if (json != null) {
            try {
                snapshot = Snapshot.fromJson(json);
                if (!snapshot.intact()) throw new IllegalArgumentException("checksum does not match the values");
            } catch (IllegalArgumentException e) {
                snapshot = null;
                problem = e.getMessage();
            }
        }
        List<String> changed = snapshot == null ? List.of() : snapshot.differingKeys(tables);
        baselineTaken = true;
        savedSnapshot = snapshot;
        changedOutside = List.copyOf(changed);
        snapshotProblem = problem;
        if (problem != null || !changed.isEmpty()) {
            Log.info("opened with a snapshot that disagrees: " + (problem != null ? problem : changed.size() + " cells changed outside"));
        }
    }
}
