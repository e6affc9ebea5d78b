package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.odf.OdfDocumentReader;

/** Reads an .odt into a report and checks it; every failure becomes a one-line reason, never an exception. */
final class ReportLoader {
    private ReportLoader() {
    }

    static Report read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) throw new java.io.FileNotFoundException("no such file: " + file);
        return DocumentReader.read(OdfDocumentReader.read(file));
    }

    static FileResult check(Path file, Report previous, Profile profile) {
        try {
            Report report = read(file);
            return FileResult.checked(file, report, Checker.check(report, previous, profile));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return FileResult.unreadable(file, reason(e));
        }
    }

    static String reason(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
