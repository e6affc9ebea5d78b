package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.uno.session.ReportCheck;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * What the extension sees in a live document, computed in the test process with the same code
 * ({@link UnoDocumentAdapter} over the bridge, the recogniser, the checker), and what it logged: the
 * office's stderr (our log's console handler) from a mark on, for errors our entry points caught.
 */
final class LiveCheck {
    final Report report;
    final Evaluation evaluation;

    private LiveCheck(Report report, Evaluation evaluation) {
        this.report = report;
        this.evaluation = evaluation;
    }

    /** As ReportSession.check reads and checks (without its log lines). */
    static LiveCheck of(XTextDocument doc) throws Exception {
        List<String> unreadable = new ArrayList<>();
        Report r = DocumentReader.read(UnoDocumentAdapter.read(doc, unreadable));
        if (!unreadable.isEmpty()) {
            r.addFinding(new Finding(ReportCheck.REOPEN_RULE, Severity.ERROR, "document", null, null, "表格须重新打开", "reopen"));
        }
        return new LiveCheck(r, Checker.check(r, null, Profile.national()));
    }

    /** What nianbao:check answers in the English UI for this evaluation. */
    String summary() {
        return evaluation.errorCount() == 0 && evaluation.warningCount() == 0 ? "Passed"
                : evaluation.errorCount() + " errors, " + evaluation.warningCount() + " warnings";
    }

    /** The dispatch came back (no exception crossed into LibreOffice) and says SUCCESS. */
    static void assertSucceeded(DispatchResultEvent r, String what) {
        assertNotNull(r, what + ": the dispatch gave no result");
        assertEquals(DispatchResultState.SUCCESS, r.State, what + ": " + r.Result);
    }

    /** A position in the office's log. */
    static long logMark(OfficeRunner office) throws IOException {
        return Files.exists(office.logFile()) ? Files.size(office.logFile()) : 0;
    }

    /** Lines of the office's log since the mark that record an error of ours (SEVERE) or a Java stack trace. */
    static List<String> errorsSince(OfficeRunner office, long mark) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.exists(office.logFile())) return out;
        try (RandomAccessFile f = new RandomAccessFile(office.logFile().toFile(), "r")) {
            if (f.length() <= mark) return out;
            f.seek(mark);
            byte[] b = new byte[(int) Math.min(f.length() - mark, 8 << 20)];
            f.readFully(b);
            for (String line : new String(b, StandardCharsets.UTF_8).split("\n")) {
                if (line.contains("SEVERE [nianbao]") || line.startsWith("Exception in thread")) out.add(line);
            }
        }
        return out;
    }

    static void assertNoErrorsSince(OfficeRunner office, long mark) throws IOException {
        assertEquals(List.of(), errorsSince(office, mark), "errors in the extension's log " + office.logFile());
    }
}
