package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.nianbao.core.aggregate.Aggregation;
import org.nianbao.core.aggregate.Aggregator;
import org.nianbao.core.model.Json;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.docx.DocxWriter;
import org.nianbao.odf.FontSet;
import org.nianbao.odf.OdfComposer;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.OdfTableFiller;
import org.nianbao.odf.OdfTemplateWriter;
import org.nianbao.odf.TableStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code aggregate DIR... -o 汇总.odt}: the 汇总 report of units' reports — every count and amount summed
 * ({@link Aggregator}), written as a complete report from the template with a provenance table (unit, file,
 * status) after 六. Exit 0 when every unit was summed and none is missing, 1 when some were refused or are
 * missing, 2 when nothing could be summed, a file could not be read, or the command line was wrong.
 */
@Command(name = "aggregate", mixinStandardHelpOptions = true,
        description = "Sum units' reports (every .odt, .docx, .html below DIR) into a 汇总 report written from the template.")
final class AggregateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", descriptionKey = "dirs", description = "Folders (or files) of the units' reports")
    List<Path> dirs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "汇总.odt", description = "The summary report (.odt or .docx)")
    Path output;

    @Option(names = "--agency", paramLabel = "名称", description = "The summarising agency, shown in the title")
    String agency;

    @Option(names = "--year", paramLabel = "N", description = "The report year (default: the year most units give)")
    Integer year;

    @Option(names = "--units", paramLabel = "UNITS.txt", description = "Units expected, one a line: those without a report are listed as missing")
    Path units;

    @Option(names = "--format", defaultValue = "text", description = "text or json")
    CheckCommand.Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en")
    CheckCommand.Lang lang;

    @Option(names = "--force", description = "Also sum units with errors in their tables or of another year, and overwrite the output")
    boolean force;

    @Override
    public Integer call() throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliText text = new CliText(lang.name());
        if (Files.exists(output) && !force) {
            err.println(text.get("error.prefix", text.get("template.exists", output)));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        List<String> expected = new ArrayList<>();
        if (units != null) {
            try {
                expected = UnitReports.names(units);
            } catch (IOException e) {
                err.println(text.get("error.prefix", text.get("aggregate.units.unreadable", units)));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
        }
        UnitReports read = UnitReports.load(dirs, output, text);
        Aggregation agg = Aggregator.aggregate(read.read, year, force, expected);
        if (agg.summedCount() == 0) {
            print(out, text, agg, read, null);
            err.println(text.get("error.prefix", text.get("aggregate.nothing")));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        write(agg, read, text);
        print(out, text, agg, read, output);
        if (!read.unreadable.isEmpty()) return ExitCodes.UNREADABLE_OR_USAGE;
        return agg.anyRefused() || !agg.missing.isEmpty() ? ExitCodes.ERRORS_FOUND : ExitCodes.OK;
    }

    private void write(Aggregation agg, UnitReports read, CliText text) throws IOException {
        OdfComposer c = OdfTemplateWriter.compose(agency == null ? "" : agency, agg.year, FontSet.detect());
        c.heading(text.get("aggregate.provenance"), 1);
        List<List<LayoutCell>> rows = new ArrayList<>();
        rows.add(List.of(LayoutCell.label(text.get("aggregate.col.unit")), LayoutCell.label(text.get("aggregate.col.file")),
                LayoutCell.label(text.get("aggregate.col.status"))));
        for (Aggregation.Unit u : agg.units) {
            rows.add(List.of(LayoutCell.label(u.report.name()), LayoutCell.label(fileName(u.report.file)), LayoutCell.label(status(u, text))));
        }
        for (FileResult r : read.unreadable) {
            rows.add(List.of(LayoutCell.label(""), LayoutCell.label(fileName(r.path.toString())),
                    LayoutCell.label(text.get("summary.unreadable", r.error))));
        }
        for (String m : agg.missing) {
            rows.add(List.of(LayoutCell.label(m), LayoutCell.label(""), LayoutCell.label(text.get("aggregate.status.missing"))));
        }
        c.table("Nianbao_Provenance", rows, new TableStyle(new double[] {52, 62, 42}, 10.5, 10.5, 1));
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : agg.values.entrySet()) values.put(e.getKey(), Json.number(e.getValue()));
        byte[] odt = OdfTableFiller.of(c.toBytes()).fill(values);
        try (OutputStream o = Files.newOutputStream(output)) {
            if (DocumentFormats.kind(output) == DocumentFormats.Kind.DOCX) DocxWriter.write(OdfDocumentReader.read(odt), o);
            else o.write(odt);
        }
    }

    private static String fileName(String file) {
        Path p = Path.of(file).getFileName();
        return p == null ? file : p.toString();
    }

    static String status(Aggregation.Unit u, CliText text) {
        switch (u.status) {
            case INCLUDED:
                return text.get("aggregate.status.included");
            case FORCED:
                return text.get("aggregate.status.forced", u.errors, u.year == null ? "?" : u.year.toString());
            case REFUSED_ERRORS:
                return text.get("aggregate.status.errors", u.errors);
            default:
                return text.get("aggregate.status.year", u.year == null ? "?" : u.year.toString());
        }
    }

    private void print(PrintStream out, CliText text, Aggregation agg, UnitReports read, Path written) {
        if (format == CheckCommand.Format.json) {
            StringBuilder b = new StringBuilder("{\"output\":").append(written == null ? "null" : Json.quote(written.toString()))
                    .append(",\"year\":").append(agg.year == null ? "null" : agg.year.toString()).append(",\"units\":[");
            boolean first = true;
            for (Aggregation.Unit u : agg.units) {
                if (!first) b.append(',');
                first = false;
                b.append("{\"unit\":").append(Json.quote(u.report.name())).append(",\"file\":").append(Json.quote(u.report.file))
                        .append(",\"status\":").append(Json.quote(u.status.name().toLowerCase(java.util.Locale.ROOT)))
                        .append(",\"errors\":").append(u.errors).append('}');
            }
            for (FileResult r : read.unreadable) {
                if (!first) b.append(',');
                first = false;
                b.append("{\"file\":").append(Json.quote(r.path.toString())).append(",\"status\":\"unreadable\",\"error\":")
                        .append(Json.quote(r.error)).append('}');
            }
            b.append("],\"missing\":[");
            for (int i = 0; i < agg.missing.size(); i++) b.append(i > 0 ? "," : "").append(Json.quote(agg.missing.get(i)));
            b.append("],\"not_checked\":[");
            for (int i = 0; i < read.notChecked.size(); i++) {
                b.append(i > 0 ? "," : "").append(Json.quote(read.notChecked.get(i).path.toString()));
            }
            b.append("],\"values\":");
            JsonOutput.appendValues(b, agg.values);
            out.println(b.append('}'));
            return;
        }
        for (Aggregation.Unit u : agg.units) out.println(text.get("aggregate.line", u.report.file, u.report.name(), status(u, text)));
        for (FileResult r : read.unreadable) out.println(text.get("file.unreadable", r.path, r.error));
        for (DocumentFiles.NotChecked n : read.notChecked) out.println(text.get("file.not.checked", n.path, text.get(n.reasonId)));
        for (String m : agg.missing) out.println(text.get("aggregate.missing.line", m));
        if (written != null) out.println(text.get("aggregate.written", written, agg.summedCount(), agg.units.size()));
    }
}
