package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The bounded, ordered batch: order kept, time limit per file counted from its start, stuck workers replaced. */
class BatchRunnerTest {
    private final CliText text = new CliText("en");

    private static List<Path> files(int n) {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(Path.of(String.format("f%03d.odt", i)));
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void resultsComeInInputOrderWhateverTheDurations() {
        List<Path> in = files(60);
        Random rnd = new Random(1);
        long[] delays = new long[in.size()];
        for (int i = 0; i < delays.length; i++) delays[i] = rnd.nextInt(15);
        List<Path> out = new ArrayList<>();
        new BatchRunner(3, 5_000, text).run(in, f -> {
            sleep(delays[in.indexOf(f)]);
            return FileResult.unreadable(f, "x");
        }, r -> out.add(r.path));
        assertEquals(in, out);
    }

    @Test
    void aFailingCheckBecomesAOneLineReason() {
        List<FileResult> out = new ArrayList<>();
        new BatchRunner(2, 5_000, text).run(files(3), f -> {
            if (f.toString().equals("f001.odt")) throw new IllegalStateException("boom\nsecond line");
            return FileResult.unreadable(f, "fine");
        }, out::add);
        assertEquals("fine", out.get(0).error);
        assertEquals("IllegalStateException: boom second line", out.get(1).error);
        assertEquals("fine", out.get(2).error);
    }

    /**
     * A check that ignores interruption and never ends (as a parser loop would) is reported as timed out,
     * and the files queued behind it still get their full time on a fresh worker instead of timing out
     * while they wait.
     */
    @Test
    void aStuckCheckTimesOutAndTheOthersStillRun() {
        AtomicBoolean release = new AtomicBoolean();
        List<FileResult> out = new ArrayList<>();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new BatchRunner(1, 400, text).run(files(4), f -> {
                if (f.toString().equals("f000.odt")) {
                    while (!release.get()) Thread.onSpinWait(); // ignores interrupts
                } else {
                    sleep(250); // below the limit, but the first file's worker never comes free
                }
                return FileResult.unreadable(f, "done");
            }, out::add));
        } finally {
            release.set(true);
        }
        assertEquals(4, out.size());
        assertTrue(out.get(0).error.startsWith("not finished within 0.4 s"), out.get(0).error);
        for (int i = 1; i < 4; i++) assertEquals("done", out.get(i).error, "file " + i);
        assertFalse(out.get(0).readable());
    }
}
