package org.nianbao.odf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.nianbao.core.doc.DocumentContent;

/**
 * Benchmark of {@link OdfDocumentReader} (run by bench/odf-read.sh; prints figures, asserts nothing):
 * writes N filled reports (our template, values varied per document) and reads them all, one thread
 * and then {@code threads} threads, after a warm-up pass. Usage: ReadBenchmark [N] [threads] [dir].
 */
public final class ReadBenchmark {
    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("nianbao-bench-");
        Files.createDirectories(dir);

        long t0 = System.nanoTime();
        OdfTableFiller filler = OdfTableFiller.of(OdfTemplateWriter.toBytes("某市某局", 2022, FontSet.open()));
        long t1 = System.nanoTime();
        Map<String, String> base = VariantFixtures.balancedValues();
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            Map<String, String> values = new HashMap<>(base);
            values.put("active.art20_1.rules.issued", Integer.toString(i));
            Path f = dir.resolve(String.format(Locale.ROOT, "report-%05d.odt", i));
            filler.fill(values, f);
            bytes += Files.size(f);
            files.add(f);
        }
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "template analysed in %.0f ms; %d filled reports written in %.1f s (%.1f ms each, %.0f KB each)%n",
                ms(t1 - t0), n, (t2 - t1) / 1e9, ms(t2 - t1) / n, bytes / 1024.0 / n);

        readAll(files.subList(0, Math.min(200, n)), 1); // warm-up
        long cells = 0;
        long r0 = System.nanoTime();
        cells = readAll(files, 1);
        long r1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "read, 1 thread:  %d documents in %.2f s = %.0f documents/s (%.2f ms each; %d cells per document)%n",
                n, (r1 - r0) / 1e9, n / ((r1 - r0) / 1e9), ms(r1 - r0) / n, cells / n);
        long p0 = System.nanoTime();
        readAll(files, threads);
        long p1 = System.nanoTime();
        System.out.printf(Locale.ROOT, "read, %d threads: %d documents in %.2f s = %.0f documents/s%n",
                threads, n, (p1 - p0) / 1e9, n / ((p1 - p0) / 1e9));
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap in use after the run: %.0f MB (max %d MB); cores available: %d%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.maxMemory() / 1048576, rt.availableProcessors());
    }

    private static long readAll(List<Path> files, int threads) throws Exception {
        if (threads <= 1) {
            long cells = 0;
            for (Path f : files) cells += cells(OdfDocumentReader.read(f));
            return cells;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (Path f : files) results.add(pool.submit(() -> cells(OdfDocumentReader.read(f))));
            long cells = 0;
            for (Future<Long> r : results) cells += r.get();
            return cells;
        } finally {
            pool.shutdown();
        }
    }

    private static long cells(DocumentContent d) {
        return Grids.tables(d).stream().mapToLong(Grids::cellCount).sum();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
