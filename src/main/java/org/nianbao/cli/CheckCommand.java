package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Profiles;
import org.nianbao.core.model.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check FILE|DIR...}: checks reports, prints findings, exits 0 / 1 (errors) / 2 (unreadable or usage). */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check reports (.odt, .docx files, or every such file below a directory; other files are listed as not checked) against the 2021 format.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    enum Lang { zh, en }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", descriptionKey = "paths", description = "Reports to check")
    List<Path> paths;

    @Option(names = "--previous", paramLabel = "LAST_YEAR", description = "Last year's report (.odt, .docx), for the cross-year checks; if it cannot be read, the reports are checked without them and the reason is printed")
    Path previous;

    @Option(names = "--format", defaultValue = "text", description = "text or json (one JSON object per file and line)")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en")
    Lang lang;

    @Option(names = "--decimals", paramLabel = "N", description = "Decimal places required for 万元 amounts (local profile, e.g. 4)")
    Integer decimals;

    @Option(names = "--profile", paramLabel = "FILE|ID",
            description = "Local profile: a .properties file, or a built-in id (national, suqian, wuwei); --decimals overrides its decimals")
    String profileName;

    @Option(names = "--threads", paramLabel = "N", description = "Files checked at once (default: processors, at most 4)")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "Time limit per file")
    int timeoutSeconds;

    @Option(names = "--summary", paramLabel = "FILE", description = "Also write a summary of every file: .csv (UTF-8 with BOM), .xlsx, .ods or .html (printable)")
    Path summaryFile;

    @Option(names = "--children", paramLabel = "DIR", description = "The units' reports of a 汇总 report: every cell must equal their sum (A-SUM)")
    List<Path> children;

    @Option(names = "--units", paramLabel = "UNITS.txt", description = "With --children: units expected, one a line (A-MISSING for those without a report)")
    Path units;

    @Option(names = "--office", paramLabel = "SOFFICE", description = "The LibreOffice (soffice) that converts .doc/.wps/.rtf (default: found on the PATH)")
    Path office;

    @Override
    public Integer call() {
        OfficeConverter.use(office);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliText text = new CliText(lang.name());
        if (timeoutSeconds < 1 || (threads != null && threads < 1)) {
            err.println(text.get("error.prefix", "--timeout and --threads must be at least 1"));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Profile profile;
        try {
            Profile chosen = profileName == null ? Profile.national() : loadProfile(profileName, text);
            profile = decimals != null || profileName == null ? chosen.withDecimals(decimals) : chosen;
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println(text.get("error.prefix", e.getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        if (summaryFile != null && !Summary.supports(summaryFile)) {
            err.println(text.get("error.prefix", text.get("summary.unsupported", summaryFile)));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Summary summary = summaryFile == null ? null : new Summary(text);
        Report last = null;
        String previousError = null;
        if (previous != null) {
            try {
                last = ReportLoader.read(previous);
            } catch (Exception | StackOverflowError | OutOfMemoryError e) {
                previousError = ReportLoader.reason(e, text);
                err.println(text.get("previous.unreadable", previous, previousError));
            }
        }
        org.nianbao.core.aggregate.Aggregation childSums = null;
        if (children != null) {
            try {
                List<String> names = units == null ? List.of() : UnitReports.names(units);
                childSums = org.nianbao.core.aggregate.Aggregator.aggregate(UnitReports.load(children, null, text).read, null, false, names);
            } catch (java.io.IOException e) {
                err.println(text.get("error.prefix", text.get("children.unreadable", UsageErrors.execution(e, text))));
                return ExitCodes.UNREADABLE_OR_USAGE;
            } catch (java.io.UncheckedIOException e) {
                err.println(text.get("error.prefix", text.get("children.unreadable", UsageErrors.execution(e.getCause(), text))));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
        }
        DocumentFiles.Expansion found;
        try {
            found = DocumentFiles.expandAll(paths);
        } catch (java.io.UncheckedIOException e) {
            err.println(text.get("error.prefix", e.getCause().getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        if (summaryFile != null) { // a summary written into the folder checked is not a report
            Path own = summaryFile.toAbsolutePath().normalize();
            found.files.removeIf(f -> f.toAbsolutePath().normalize().equals(own));
            found.notChecked.removeIf(n -> n.path.toAbsolutePath().normalize().equals(own));
        }
        List<Path> files = found.files;
        if (files.isEmpty()) {
            for (DocumentFiles.NotChecked nc : found.notChecked) err.println(text.get("file.not.checked", nc.path, text.get(nc.reasonId)));
            err.println(text.get("no.files.supported"));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Consumer<FileResult> printer;
        if (format == Format.json) {
            JsonOutput json = new JsonOutput(out, lang.name());
            if (previousError != null) json.previousUnreadable(previous, previousError);
            for (DocumentFiles.NotChecked nc : found.notChecked) json.notChecked(nc, text);
            printer = json::print;
        } else {
            TextOutput textOut = new TextOutput(out, text);
            if (previousError != null) textOut.previousUnreadable(previous, previousError);
            for (DocumentFiles.NotChecked nc : found.notChecked) textOut.notChecked(nc);
            printer = textOut::print;
        }
        Tally tally = new Tally(files.size(), err, text);
        Report lastYear = last;
        int n = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        org.nianbao.core.aggregate.Aggregation sums = childSums;
        new BatchRunner(n, timeoutSeconds * 1000L, text).run(files, f -> withChildren(ReportLoader.check(f, lastYear, profile, text), sums),
                r -> {
                    printer.accept(r);
                    tally.add(r);
                    if (summary != null) summary.add(r);
                });
        tally.finish();
        if (summary != null) {
            summary.notChecked(found.notChecked);
            try {
                summary.write(summaryFile);
                err.println(text.get("summary.written", summaryFile));
            } catch (java.io.IOException e) {
                err.println(text.get("error.prefix", summaryFile + ": " + e.getMessage()));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
        }
        if (!found.notChecked.isEmpty()) err.println(text.get("batch.not.checked", found.notChecked.size()));
        if (tally.unreadable > 0 || previousError != null) return ExitCodes.UNREADABLE_OR_USAGE;
        return tally.withErrors > 0 ? ExitCodes.ERRORS_FOUND : ExitCodes.OK;
    }

    /** A profile file, or a built-in profile by id. */
    private static Profile loadProfile(String name, CliText text) throws java.io.IOException {
        Path file = Path.of(name);
        if (java.nio.file.Files.isRegularFile(file)) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return Profiles.read(in);
            }
        }
        Profile builtIn = Profiles.builtIn(name);
        if (builtIn == null) throw new IllegalArgumentException(text.get("profile.notFound", name, String.join(", ", Profiles.BUILT_IN)));
        return builtIn;
    }

    /** A 汇总 report checked against its units (--children): A-SUM and A-MISSING added to its findings. */
    private static FileResult withChildren(FileResult r, org.nianbao.core.aggregate.Aggregation sums) {
        if (sums == null || !r.readable()) return r;
        return FileResult.checked(r.path, r.report,
                r.evaluation.withFindings(org.nianbao.core.aggregate.Aggregator.checkParent(r.evaluation, sums)));
    }

    /** Counts results and reports progress on stderr when several files are checked. */
    private static final class Tally {
        final int total;
        final PrintStream err;
        final CliText text;
        final long start = System.nanoTime();
        int done;
        int withErrors;
        int unreadable;

        Tally(int total, PrintStream err, CliText text) {
            this.total = total;
            this.err = err;
            this.text = text;
        }

        void add(FileResult r) {
            done++;
            if (!r.readable()) unreadable++;
            else if (r.hasErrors()) withErrors++;
            if (total > 1 && (total <= 100 || done % 100 == 0 || done == total)) err.println(text.get("progress", done, total));
        }

        void finish() {
            if (total <= 1) return;
            double seconds = (System.nanoTime() - start) / 1e9;
            err.println(text.get("batch.summary", total, String.format("%.1f", seconds), withErrors, unreadable));
        }
    }
}
