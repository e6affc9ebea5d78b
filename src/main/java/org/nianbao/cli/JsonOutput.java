package org.nianbao.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Map;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Json;
import org.nianbao.core.model.Report;
import org.nianbao.core.schema.TableId;

/** One JSON object per file, one per line (JSON Lines), with the spec's cell keys. */
final class JsonOutput {
    private final PrintStream out;
    private final String lang;
    /** The reason --previous could not be read, added to every file's object as "previous_error" (issue 11). */
    private String previousError;

    JsonOutput(PrintStream out, String lang) {
        this.out = out;
        this.lang = lang;
    }

    void print(FileResult r) {
        StringBuilder b = new StringBuilder(4096);
        b.append("{\"file\":").append(Json.quote(r.path.toString()));
        if (!r.readable()) {
            b.append(",\"error\":").append(Json.quote(r.error)).append('}');
            out.println(b);
            return;
        }
        Report report = r.report;
        b.append(",\"agency\":").append(Json.quote(report.agency()));
        b.append(",\"year\":").append(report.year() == null ? "null" : report.year().toString());
        b.append(",\"tables\":{");
        boolean first = true;
        for (TableId t : TableId.values()) {
            if (!first) b.append(',');
            first = false;
            b.append(Json.quote(t.id)).append(':').append(report.hasTable(t));
        }
        b.append("},\"values\":");
        appendValues(b, r.evaluation.values());
        b.append(",\"findings\":[");
        first = true;
        for (Finding f : r.evaluation.findings()) {
            if (!first) b.append(',');
            first = false;
            b.append("{\"rule\":").append(Json.quote(f.rule))
                    .append(",\"severity\":").append(Json.quote(f.severity.id))
                    .append(",\"key\":").append(Json.quote(f.key))
                    .append(",\"expected\":").append(scalar(f.expected))
                    .append(",\"actual\":").append(scalar(f.actual))
                    .append(",\"message\":").append(Json.quote(f.message(lang)));
            appendPlace(b, f);
            b.append('}');
        }
        b.append(']');
        if (r.evaluation.copyRatios() != null) {
            b.append(",\"copy\":{");
            boolean firstRatio = true;
            for (Map.Entry<String, Double> e : r.evaluation.copyRatios().entrySet()) {
                if (!firstRatio) b.append(',');
                firstRatio = false;
                b.append(Json.quote(e.getKey())).append(':').append(e.getValue());
            }
            b.append('}');
        }
        if (previousError != null) b.append(",\"previous_error\":").append(Json.quote(previousError));
        b.append('}');
        out.println(b);
    }

    /** Added fields (issue 9): where the finding is, the sentence quoted, and a group's cells. */
    private static void appendPlace(StringBuilder b, Finding f) {
        b.append(",\"place\":").append(Json.quote(f.place.kind.name().toLowerCase(java.util.Locale.ROOT)));
        if (f.place.section != null) b.append(",\"section\":").append(Json.quote(f.place.section));
        if (f.place.sentence != null) {
            b.append(",\"sentence\":").append(Json.quote(f.place.sentence))
                    .append(",\"start\":").append(f.place.start).append(",\"end\":").append(f.place.end);
        }
        if (!f.keys.isEmpty()) {
            b.append(",\"count\":").append(f.keys.size()).append(",\"keys\":[");
            for (int i = 0; i < f.keys.size(); i++) b.append(i == 0 ? "" : ",").append(Json.quote(f.keys.get(i)));
            b.append(']');
        }
    }

    void previousUnreadable(java.nio.file.Path previous, String reason) {
        previousError = previous + ": " + reason;
    }

    /** A file found in a directory and not checked (issue 11): {"file","not_checked"}. */
    void notChecked(DocumentFiles.NotChecked n, CliText text) {
        out.println("{\"file\":" + Json.quote(n.path.toString()) + ",\"not_checked\":" + Json.quote(text.get(n.reasonId)) + "}");
    }

    static void appendValues(StringBuilder b, Map<String, BigDecimal> values) {
        b.append('{');
        boolean first = true;
        for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
            if (!first) b.append(',');
            first = false;
            b.append(Json.quote(e.getKey())).append(':').append(Json.number(e.getValue()));
        }
        b.append('}');
    }

    /** A finding's expected/actual: a JSON number where it is one, else a string, else null. */
    static String scalar(String s) {
        if (s == null) return "null";
        try {
            return Json.number(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Json.quote(s);
        }
    }
}
