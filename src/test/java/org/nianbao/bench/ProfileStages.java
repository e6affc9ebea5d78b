package org.nianbao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;

/**
 * Where the time of a check goes, single-threaded: {@code ProfileStages DIR [ROUNDS] [EXT]} reads every
 * file ending in EXT (default .odt) below DIR in ROUNDS passes (the first warms the JIT) and prints
 * milliseconds per document for each stage: reading (zip + XML, or the page; the CLI's reader for the
 * extension), recognise (DocumentReader), check (Checker), JSON output.
 */
public final class ProfileStages {
    private static final com.sun.management.ThreadMXBean ALLOCATION =
            (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    private ProfileStages() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String ext = args.length > 2 ? args[2] : ".odt";
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(ext)).sorted().collect(Collectors.toList());
        }
        for (int round = 1; round <= rounds; round++) {
            long read = 0, recognise = 0, check = 0, json = 0, bytes = 0;
            long allocated = ALLOCATION.getThreadAllocatedBytes(Thread.currentThread().getId());
            for (Path f : files) {
                long t0 = System.nanoTime();
                DocumentContent content = org.nianbao.cli.BenchAccess.read(f);
                long t1 = System.nanoTime();
                Report report = DocumentReader.read(content);
                long t2 = System.nanoTime();
                Evaluation ev = Checker.check(report, null, Profile.national());
                long t3 = System.nanoTime();
                bytes += jsonLength(f, report, ev);
                long t4 = System.nanoTime();
                read += t1 - t0;
                recognise += t2 - t1;
                check += t3 - t2;
                json += t4 - t3;
            }
            double n = files.size();
            allocated = ALLOCATION.getThreadAllocatedBytes(Thread.currentThread().getId()) - allocated;
            System.out.printf("round %d, %d documents, ms/doc: read %.3f, recognise %.3f, check %.3f, json %.3f"
                            + " (total %.3f; %.0f docs/s single-threaded; %.0f KB allocated per doc; %d bytes of JSON)%n",
                    round, files.size(), read / n / 1e6, recognise / n / 1e6, check / n / 1e6, json / n / 1e6,
                    (read + recognise + check + json) / n / 1e6, n / ((read + recognise + check + json) / 1e9),
                    allocated / n / 1024, bytes);
        }
    }

    /** Renders the JSON line the CLI would print, through the CLI's own output class. */
    private static int jsonLength(Path f, Report report, Evaluation ev) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(b, false, StandardCharsets.UTF_8)) {
            org.nianbao.cli.BenchAccess.printJson(out, f, report, ev);
        }
        return b.size();
    }
}
