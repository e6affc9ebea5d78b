package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Checks files on a bounded thread pool and hands the results on in input order, holding at most a
 * small window of results in memory (batches of 10,000 files stream). A file still running when its
 * time limit (counted from when its check started, not while it waited in the queue) is over is
 * reported as unreadable and the batch goes on; should its worker ignore the interruption, the pool
 * gets a fresh thread so that the files after it are still checked at full parallelism.
 */
final class BatchRunner {
    private static final long QUEUED_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final long STOP_GRACE_MILLIS = 200;

    private final int threads;
    private final long timeoutNanos;
    private final CliText text;

    BatchRunner(int threads, long timeoutMillis, CliText text) {
        this.threads = Math.max(1, threads);
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        this.text = text;
    }

    void run(List<Path> files, Function<Path, FileResult> check, Consumer<FileResult> sink) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "nianbao-check");
                    t.setDaemon(true);
                    return t;
                });
        Deque<Pending> window = new ArrayDeque<>();
        try {
            for (Path file : files) {
                window.add(new Pending(file, pool, check));
                if (window.size() >= threads * 4) sink.accept(window.poll().await(pool));
            }
            while (!window.isEmpty()) sink.accept(window.poll().await(pool));
        } finally {
            pool.shutdownNow();
        }
    }

    private final class Pending {
        final Path file;
        final Future<FileResult> future;
        /** System.nanoTime() when the check started; 0 while queued. */
        volatile long started;
        volatile boolean finished;

        Pending(Path file, ThreadPoolExecutor pool, Function<Path, FileResult> check) {
            this.file = file;
            this.future = pool.submit(() -> {
                started = System.nanoTime();
                try {
                    return check.apply(file);
                } finally {
                    finished = true;
                }
            });
        }

        FileResult await(ThreadPoolExecutor pool) {
            while (true) {
                long start = started;
                long wait = start == 0 ? QUEUED_POLL_NANOS : start + timeoutNanos - System.nanoTime();
                if (wait <= 0) return timedOut(pool);
                try {
                    return future.get(wait, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    // still queued, or the limit is reached: look again
                } catch (ExecutionException e) {
                    return FileResult.unreadable(file, ReportLoader.reason(e.getCause(), text));
                } catch (CancellationException e) {
                    return FileResult.unreadable(file, text.get("interrupted"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    future.cancel(true);
                    return FileResult.unreadable(file, text.get("interrupted"));
                }
            }
        }

        private FileResult timedOut(ThreadPoolExecutor pool) {
            future.cancel(true);
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS);
            while (!finished && System.nanoTime() < until) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (!finished) { // the worker ignores the interruption: replace it
                pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                pool.setCorePoolSize(pool.getCorePoolSize() + 1);
            }
            return FileResult.unreadable(file, text.get("timed.out", new java.math.BigDecimal(timeoutNanos).movePointLeft(9)
                    .stripTrailingZeros().toPlainString()));
        }
    }
}
