package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks files on a bounded thread pool and hands the results on in input order, holding at most a
 * small window of results in memory (batches of 10,000 files stream). A file that takes longer than
 * the time limit is reported as unreadable and the batch goes on.
 */
final class BatchRunner {
    private final int threads;
    private final long timeoutMillis;

    BatchRunner(int threads, long timeoutMillis) {
        this.threads = Math.max(1, threads);
        this.timeoutMillis = timeoutMillis;
    }

    void run(List<Path> files, Function<Path, FileResult> check, Consumer<FileResult> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nianbao-check");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            for (Path file : files) {
                window.add(new Pending(file, pool.submit(() -> check.apply(file))));
                if (window.size() >= threads * 4) sink.accept(window.poll().await());
            }
            while (!window.isEmpty()) sink.accept(window.poll().await());
        } finally {
            pool.shutdownNow();
        }
    }

    private final class Pending {
        final Path file;
        final Future<FileResult> future;

        Pending(Path file, Future<FileResult> future) {
            this.file = file;
            this.future = future;
        }

        FileResult await() {
            try {
                return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                return FileResult.unreadable(file, "timed out after " + timeoutMillis / 1000 + " s");
            } catch (ExecutionException e) {
                return FileResult.unreadable(file, ReportLoader.reason(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return FileResult.unreadable(file, "interrupted");
            }
        }
    }
}
