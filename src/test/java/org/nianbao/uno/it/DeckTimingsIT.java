package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Figures, not a timed test (issue 8): opening the deck, and how much of it is our code. Each run starts a fresh
 * office on a display (Chinese UI), installs the .oxt and restarts the office (the extension in its process, as a
 * user's office runs it), opens a new document, waits 3 s, then opens the deck ({@code nianbao:open-deck}) until
 * its panels are ready — the wall time through the bridge — and takes from the office the time the sidebar spent
 * in our code ({@code DeckClock}: creating, building, sizing and laying out our panels, opening the right one).
 * Then the same in a second document, and in a third one holding the report. Every other office runs the preload
 * without its loading of our classes ({@code NIANBAO_PRELOAD=no-classes}), for the figures side by side. Writes target/bench/deck-timings.txt;
 * asserts only that the deck opened. bench/deck-timings.sh runs it alone.
 */
class DeckTimingsIT {
    private static final int RUNS = Integer.getInteger("nianbao.timings.runs", 3);
    private final Figures figures = new Figures(72);

    @Test
    void measure() throws Exception {
        figures.line("Nianbao deck opening (median of %d fresh offices; first in brackets)", RUNS);
        figures.line("machine: %d CPUs, load average before %s", Runtime.getRuntime().availableProcessors(),
                SaveTimingsIT.loadAverage());
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> ours = new LinkedHashMap<>();
        Map<String, List<Double>> lent = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2 * RUNS; i++) {
            // alternately with the preload as shipped and without its loading of our classes (ExtensionClasses)
            String mode = i % 2 == 0 ? "" : " (preload without loading our classes)";
            OfficeRunner.Options options = new OfficeRunner.Options().withDisplay().uiLocale("zh-CN").env("NIANBAO_TEST_HOOKS", "1");
            if (!mode.isEmpty()) options.env("NIANBAO_PRELOAD", "no-classes");
            try (OfficeRunner office = OfficeRunner.start(options)) {
                office.installExtension(OfficeRunner.builtExtension());
                office.restart();
                String[] cases = {"first opening, new document", "second document, same office", "a document with the report"};
                for (String c0 : cases) {
                    String c = c0 + mode;
                    XTextDocument doc = office.newWriterDocument();
                    if (c0.contains("report")) {
                        assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
                    }
                    Thread.sleep(3000);
                    Map<String, Object> before = Saving.state(office, doc);
                    long t0 = System.nanoTime();
                    Deck deck = Deck.open(office, doc);
                    double w = Figures.ms(t0);
                    assertTrue(deck.ready(), "the deck is ready");
                    Thread.sleep(1000); // the panel our code opens later (an async callback) and its layout
                    Map<String, Object> after = Saving.state(office, doc);
                    if (c0.startsWith("first")) parts.add(c + ", our code by entry point (ms): " + after.get("deckParts"));
                    wall.computeIfAbsent(c, k -> new ArrayList<>()).add(w);
                    ours.computeIfAbsent(c, k -> new ArrayList<>()).add(delta(before, after, "deckMs"));
                    lent.computeIfAbsent(c, k -> new ArrayList<>()).add(delta(before, after, "deckLentMs"));
                }
            }
        }
        for (String c : wall.keySet()) {
            figures.figure(c + ": open-deck until its panels are ready (bridge)", wall.get(c));
            figures.figure("  our code in it and the second after (DeckClock)", ours.get(c));
            figures.figure("  LibreOffice's relayout when our code opens a panel", lent.get(c));
        }
        parts.forEach(p -> figures.line("%s", p));
        figures.line("load average after %s", SaveTimingsIT.loadAverage());
        Path out = Paths.get("target", "bench", "deck-timings.txt");
        Files.createDirectories(out.getParent());
        figures.write(out);
    }

    private static double delta(Map<String, Object> before, Map<String, Object> after, String name) {
        return ((BigDecimal) after.get(name)).doubleValue() - ((BigDecimal) before.get(name)).doubleValue();
    }
}
