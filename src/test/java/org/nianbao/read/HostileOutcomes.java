package org.nianbao.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.GridCell;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Reads hostile files with one of the readers and lists what went wrong, the same way for every format: each
 * case must end with its expected reason as a one-line message in both languages that does not leak the secret
 * file (or, where no reason is expected, with a read), within 5 seconds.
 */
public final class HostileOutcomes {
    /** A reader of one format. */
    public interface Reader {
        DocumentContent read(Path file) throws UnreadableDocumentException;
    }

    private HostileOutcomes() {
    }

    /** What differs from each case's expected reason, or read the secret file's text, or took over 5 s. */
    public static List<String> failures(Map<Path, Reason> cases, Reader reader, String secret) {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Path, Reason> c : cases.entrySet()) {
            String name = c.getKey().getFileName().toString();
            long t0 = System.nanoTime();
            Object outcome = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    return reader.read(c.getKey());
                } catch (UnreadableDocumentException e) {
                    return e;
                }
            }, name);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (c.getValue() == null) {
                if (!(outcome instanceof DocumentContent)) failures.add(name + ": expected a read, got " + outcome);
            } else if (!(outcome instanceof UnreadableDocumentException)) {
                failures.add(name + ": expected " + c.getValue() + ", read it");
            } else {
                UnreadableDocumentException e = (UnreadableDocumentException) outcome;
                if (e.reason() != c.getValue()) failures.add(name + ": expected " + c.getValue() + ", got " + e.reason() + " " + e.getMessage());
                for (String lang : new String[] {"en", "zh"}) {
                    String m = e.message(lang);
                    if (m.contains("\n") || m.contains("\r") || m.length() > 400) failures.add(name + ": not one line: " + m);
                    if (m.contains(secret)) failures.add(name + ": message leaks the secret file");
                }
            }
            if (outcome instanceof DocumentContent && allText((DocumentContent) outcome).contains(secret)) {
                failures.add(name + ": read the secret file");
            }
            if (ms > 5000) failures.add(name + ": took " + ms + " ms");
        }
        return failures;
    }

    /** Every paragraph's and cell's text of a read. */
    static String allText(DocumentContent d) {
        StringBuilder sb = new StringBuilder();
        for (Block b : d.blocks) {
            if (!b.isTable()) {
                sb.append(b.text).append('\n');
                continue;
            }
            for (List<GridCell> row : b.table.rows) for (GridCell c : row) sb.append(c.text).append('\n');
        }
        return sb.toString();
    }
}
