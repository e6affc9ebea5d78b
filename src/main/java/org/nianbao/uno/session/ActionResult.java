package org.nianbao.uno.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.nianbao.uno.Log;

/**
 * What one user action on a {@link ReportSession} did (check, recompute, save, use last year, fill
 * carried-over): the one type the presenter turns into infobar, sidebar and dispatch result.
 */
public final class ActionResult {
    public enum Kind { CHECK, RECOMPUTE, SAVE, PREVIOUS, PREVIOUS_REMOVED, FILL, FILL_BLANKS, STEP, AGGREGATE, DATA_SENTENCES, BIND }

    /** A non-blank value the user typed that a total replaced. */
    public static final class Overwrite {
        public final String key;
        public final String typed;
        public final String computed;

        Overwrite(String key, String typed, String computed) {
            this.key = key;
            this.typed = typed;
            this.computed = computed;
        }
    }

    public final Kind kind;
    /** The check after the action, or null when it could not be made (a save whose rules failed). */
    public ReportCheck.Result result;
    /** Cells written (key to new text). */
    public final Map<String, String> written = new LinkedHashMap<>();
    /** Numbers in the text bound to the tables that were rewritten (bookmark name to new text): recompute, save. */
    public final Map<String, String> boundWritten = new LinkedHashMap<>();
    /** 插入数据句: how many numbers were bound, and how many of them are still （待填）; 绑定: the key bound. */
    public int bound;
    public int unknown;
    public String boundKey;
    /** Typed values replaced by a computed total (recompute, save). */
    public final List<Overwrite> overwritten = new ArrayList<>();
    /** Values replaced by last year's (fill), key to the old text. */
    public final Map<String, String> replaced = new LinkedHashMap<>();
    /** True when the document records changes and the totals were reported, not written. */
    public boolean recording;
    /** Totals that differ but were not written (recording changes, or a table needs reopening). */
    public int totalsNotWritten;
    /** Cells changed by another program since the last save. */
    public int changedOutside;
    /** True when a table needs reopening: nothing was written. */
    public boolean needsReopening;
    /** The first stage that failed (save), or null; its exception. */
    public SaveStage failedStage;
    public Throwable failure;
    /** Last year's report (use last year, fill; the one removed). */
    public Sessions.LastYear lastYear;
    /** Removing last year's report: true when it is one undo step. */
    public boolean undoable;
    /** Next / previous problem: the finding stepped to, its place (1-based) among {@link #count} problems. */
    public org.nianbao.core.model.Finding finding;
    public int position;
    public int count;
    /** 汇总下级报告: the units read, summed, refused and unreadable. */
    public UnitAggregation units;
    private final StringBuilder stages = new StringBuilder();

    ActionResult(Kind kind) {
        this.kind = kind;
    }

    /** What to do in one stage. */
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs a stage of the save path after its fault point; false (and the failure remembered, logged) when
     * it threw. The recompute stage's fault point is between two tables' writes, not here.
     */
    public boolean stage(SaveStage stage, FaultPoints faults, Work work) {
        long t0 = System.nanoTime();
        try {
            if (stage != SaveStage.RECOMPUTE) faults.at(stage);
            work.run();
            stages.append(String.format(Locale.ROOT, " %s %.1f ms", stage.id, (System.nanoTime() - t0) / 1e6));
            return true;
        } catch (Throwable t) {
            Log.error("save path, stage " + stage.id, t);
            stages.append(' ').append(stage.id).append(" FAILED");
            if (failedStage == null) {
                failedStage = stage;
                failure = t;
            }
            return false;
        }
    }

    public void skipped(SaveStage stage) {
        stages.append(' ').append(stage.id).append(" skipped");
    }

    /** Each stage with its time or "FAILED" / "skipped", for the log and the test state. */
    public String stages() {
        return stages.toString();
    }

    void overwrite(String key, String typed, String computed) {
        overwritten.add(new Overwrite(key, typed, computed));
    }
}
