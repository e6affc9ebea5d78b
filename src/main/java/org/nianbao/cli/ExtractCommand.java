package org.nianbao.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.nianbao.core.model.Json;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE}: the values of the official tables by key, as JSON or CSV. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print the table values of a report by key.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, csv }

    @Parameters(arity = "1", paramLabel = "FILE", descriptionKey = "file", description = "The report")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "json or csv")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (messages)")
    CheckCommand.Lang lang;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CliText text = new CliText(lang.name());
        Report report;
        try {
            report = ReportLoader.read(file);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            new PrintStream(System.err, true, StandardCharsets.UTF_8)
                    .println(text.get("file.unreadable", file, ReportLoader.reason(e, text)));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Evaluation ev = Checker.check(report, null, Profile.national());
        if (format == Format.json) {
            StringBuilder b = new StringBuilder();
            b.append("{\"file\":").append(Json.quote(file.toString()))
                    .append(",\"agency\":").append(Json.quote(report.agency()))
                    .append(",\"year\":").append(report.year() == null ? "null" : report.year().toString())
                    .append(",\"values\":");
            JsonOutput.appendValues(b, ev.values());
            out.println(b.append('}'));
        } else {
            out.println("key,value,text,label");
            for (CellDef c : ReportSchema.get().cells()) {
                if (!report.hasCell(c.key)) continue;
                BigDecimal v = ev.values().get(c.key);
                out.println(c.key + "," + (v == null ? "" : Json.number(v)) + "," + csv(report.cellText(c.key)) + ","
                        + csv(c.displayZh()));
            }
        }
        return ExitCodes.OK;
    }

    private static String csv(String s) {
        if (s == null) return "";
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
