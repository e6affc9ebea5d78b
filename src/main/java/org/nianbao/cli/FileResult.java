package org.nianbao.cli;

import java.nio.file.Path;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Evaluation;

/** The outcome of checking one file: a checked report, or the one-line reason it could not be read. */
final class FileResult {
    final Path path;
    final Report report;
    final Evaluation evaluation;
    final String error;

    private FileResult(Path path, Report report, Evaluation evaluation, String error) {
        this.path = path;
        this.report = report;
        this.evaluation = evaluation;
        this.error = error;
    }

    static FileResult checked(Path path, Report report, Evaluation evaluation) {
        return new FileResult(path, report, evaluation, null);
    }

    static FileResult unreadable(Path path, String reason) {
        return new FileResult(path, null, null, reason == null ? "unknown error" : reason.replaceAll("\\s+", " ").trim());
    }

    boolean readable() {
        return error == null;
    }

    boolean hasErrors() {
        return evaluation != null && evaluation.errorCount() > 0;
    }
}
