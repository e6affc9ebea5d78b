package org.nianbao.uno.session;

import java.math.BigDecimal;
import java.util.Map;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.rules.TotalsOutput;
import org.nianbao.core.schema.ReportSchema;

/**
 * Checking a report read from a live document with the core ({@link Checker}), and the small facts the
 * session's actions share: which totals to write, whether a table needs reopening, a cell in words.
 */
public final class ReportCheck {
    /** A report read from a document and its evaluation. */
    public static final class Result {
        public final Report report;
        public final Evaluation evaluation;

        public Result(Report report, Evaluation evaluation) {
            this.report = report;
            this.evaluation = evaluation;
        }
    }

    /** Rule id of the finding that a table cannot be read until the document is reopened (see {@link #needsReopening}). */
    public static final String REOPEN_RULE = org.nianbao.core.rules.Rule.U_REOPEN.id;

    private ReportCheck() {
    }

    /** Runs all rules on a report. */
    public static Result evaluate(Report report, Report previous, Profile profile) {
        Profile chosen = org.nianbao.core.model.Profiles.effective(profile == null ? Profile.national() : profile, report);
        return new Result(report, Checker.check(report, previous, chosen));
    }

    /**
     * The totals that differ from the document: key to text to write. A total whose inputs cannot all be
     * read is left alone (the checker reports it).
     */
    public static Map<String, String> totalsToWrite(Result r) {
        return TotalsOutput.toWrite(r.report, r.evaluation);
    }

    /**
     * Whether a table of the document cannot be read or written until it is reopened (a table split in
     * this session): the check is incomplete and a recompute writes nothing.
     */
    public static boolean needsReopening(Report report) {
        for (Finding f : report.readingFindings()) if (REOPEN_RULE.equals(f.rule)) return true;
        return false;
    }

    /** A cell in words for messages, e.g. “表三 （七）总计 / 自然人”. */
    public static String describe(String key, String lang) {
        ReportSchema schema = ReportSchema.get();
        if (!schema.hasCell(key)) return key;
        return "zh".equals(lang) ? schema.cell(key).displayZh() : schema.cell(key).displayEn();
    }

    /** A number as cell text: plain digits, no exponent, no trailing zeros after the point. */
    public static String text(BigDecimal value) {
        return TotalsOutput.text(value);
    }
}
