package org.nianbao.cli;

import java.io.PrintStream;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Severity;

/** Findings for people: a summary line per file, then one line per finding with the cell in words. */
final class TextOutput {
    private final PrintStream out;
    private final CliText text;

    TextOutput(PrintStream out, CliText text) {
        this.out = out;
        this.text = text;
    }

    void print(FileResult r) {
        if (!r.readable()) {
            out.println(text.get("file.unreadable", r.path, r.error));
            return;
        }
        String who = r.report.agency() == null ? text.get("agency.unknown") : r.report.agency();
        if (r.report.year() != null) who = who + " " + r.report.year();
        long infos = r.evaluation.findings().stream().filter(f -> f.severity == Severity.INFO).count();
        out.println(text.get("file.summary", r.path, who, r.evaluation.errorCount(), r.evaluation.warningCount(), infos));
        for (Finding f : r.evaluation.findings()) {
            out.println("  [" + text.get("severity." + f.severity.id) + "] " + f.rule + " " + f.message(text.lang));
        }
    }

    /** A file found in a directory and not checked (issue 11): listed with its reason, never skipped silently. */
    void notChecked(DocumentFiles.NotChecked n) {
        out.println(text.get("file.not.checked", n.path, text.get(n.reasonId)));
    }

    /** --previous could not be read: said once, before the results, which are checked without the cross-year rules. */
    void previousUnreadable(java.nio.file.Path previous, String reason) {
        out.println(text.get("previous.unreadable.checked.without", previous, reason));
    }
}
