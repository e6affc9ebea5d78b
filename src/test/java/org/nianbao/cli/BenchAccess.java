package org.nianbao.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Evaluation;

/** Lets the benchmark tools (org.nianbao.bench) use the CLI's package-private output classes. */
public final class BenchAccess {
    private BenchAccess() {
    }

    /** The document's content, read by the CLI's reader for the file's extension. */
    public static org.nianbao.core.doc.DocumentContent read(Path file) throws Exception {
        return DocumentFormats.read(file);
    }

    public static void printJson(PrintStream out, Path file, Report report, Evaluation ev) {
        new JsonOutput(out, "zh").print(FileResult.checked(file, report, ev));
    }
}
