package org.nianbao.core.aggregate;

import java.util.Objects;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Evaluation;

/** One unit's report as read and checked, with the name of the file it came from (for the provenance table). */
public final class UnitReport {
    public final String file;
    public final Report report;
    public final Evaluation evaluation;

    public UnitReport(String file, Report report, Evaluation evaluation) {
        this.file = Objects.requireNonNull(file);
        this.report = Objects.requireNonNull(report);
        this.evaluation = Objects.requireNonNull(evaluation);
    }

    /** The unit's name: the agency read from the report, else the file name without its extension. */
    public String name() {
        if (report.agency() != null && !report.agency().isBlank()) return report.agency().trim();
        String f = file.replace('\\', '/');
        f = f.substring(f.lastIndexOf('/') + 1);
        int dot = f.lastIndexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
