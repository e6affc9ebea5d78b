package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.read.UnreadableDocumentException;

/** Reads a report (.odt, .docx) into a report and checks it; every failure becomes a one-line reason, never an exception. */
final class ReportLoader {
    private ReportLoader() {
    }

    /** A file that does not exist or is not a regular file. */
    static final class MissingFile extends Exception {
        private static final long serialVersionUID = 1L;

        MissingFile(Path file) {
            super("no such file: " + file);
        }
    }

    /**
     * A readable document with no title, no section heading and no table of the format (e.g. a cover
     * letter or a spreadsheet-like table in a batch folder): reported in one line like an unreadable file.
     */
    static final class NotAReport extends Exception {
        private static final long serialVersionUID = 1L;

        NotAReport() {
            super("not an annual report: no title, section heading or table of the 2021 format");
        }
    }

    static Report read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) throw new MissingFile(file);
        Report report = DocumentReader.read(DocumentFormats.read(file));
        if (!DocumentReader.looksLikeReport(report)) throw new NotAReport();
        return report;
    }

    static FileResult check(Path file, Report previous, Profile profile, CliText text) {
        try {
            Report report = read(file);
            return FileResult.checked(file, report, Checker.check(report, previous, profile));
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            return FileResult.unreadable(file, reason(e, text));
        }
    }

    /** The one-line reason for a failure, in the output language. */
    static String reason(Throwable e, CliText text) {
        if (e instanceof UnreadableDocumentException) return ((UnreadableDocumentException) e).message(text.lang);
        if (e instanceof MissingFile) return text.get("file.missing");
        if (e instanceof OfficeConverter.ConversionFailed) {
            OfficeConverter.ConversionFailed c = (OfficeConverter.ConversionFailed) e;
            return text.get(c.messageId, c.detail);
        }
        if (e instanceof NotAReport) return text.get("not.report");
        if (e instanceof OutOfMemoryError) return text.get("out.of.memory");
        if (e instanceof StackOverflowError) return text.get("too.deep");
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
