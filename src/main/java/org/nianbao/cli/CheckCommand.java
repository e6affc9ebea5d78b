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
        description = "Check reports (.odt files, or every .odt below a directory) against the 2021 format.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    enum Lang { zh, en }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Reports to check")
    List<Path> paths;

    @Option(names = "--previous", paramLabel = "LAST_YEAR.odt", description = "Last year's report, for the cross-year checks")
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

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        CliText text = new CliText(lang.name());
        if (timeoutSeconds < 1 || (threads != null && threads < 1)) {
            err.println(text.get("error.prefix", "--timeout and --threads must be at least 1"));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Profile profile;
        try {
            Profile chosen = profileName == null ? Profile.national() : loadProfile(profileName);
            profile = decimals != null || profileName == null ? chosen.withDecimals(decimals) : chosen;
        } catch (IllegalArgumentException | java.io.IOException e) {
            err.println(text.get("error.prefix", e.getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Report last = null;
        if (previous != null) {
            try {
                last = ReportLoader.read(previous);
            } catch (Exception e) {
                err.println(text.get("previous.unreadable", previous, ReportLoader.reason(e, text)));
                return ExitCodes.UNREADABLE_OR_USAGE;
            }
        }
        List<Path> files;
        try {
            files = DocumentFiles.expand(paths);
        } catch (java.io.UncheckedIOException e) {
            err.println(text.get("error.prefix", e.getCause().getMessage()));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        if (files.isEmpty()) {
            err.println(text.get("no.files"));
            return ExitCodes.UNREADABLE_OR_USAGE;
        }
        Consumer<FileResult> printer = format == Format.json
                ? new JsonOutput(out, lang.name())::print
                : new TextOutput(out, text)::print;
        Tally tally = new Tally(files.size(), err, text);
        Report lastYear = last;
        int n = threads != null ? threads : Math.min(4, Runtime.getRuntime().availableProcessors());
        new BatchRunner(n, timeoutSeconds * 1000L, text).run(files, f -> ReportLoader.check(f, lastYear, profile, text),
                r -> {
                    printer.accept(r);
                    tally.add(r);
                });
        tally.finish();
        if (tally.unreadable > 0) return ExitCodes.UNREADABLE_OR_USAGE;
        return tally.withErrors > 0 ? ExitCodes.ERRORS_FOUND : ExitCodes.OK;
    }

    /** A profile file, or a built-in profile by id. */
    private static Profile loadProfile(String name) throws java.io.IOException {
        Path file = Path.of(name);
        if (java.nio.file.Files.isRegularFile(file)) {
            try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return Profiles.read(in);
            }
        }
        Profile builtIn = Profiles.builtIn(name);
        if (builtIn == null) throw new IllegalArgumentException("profile not found: " + name + " (a file, or one of " + Profiles.BUILT_IN + ")");
        return builtIn;
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
