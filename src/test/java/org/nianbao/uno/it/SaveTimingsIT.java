package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.uno.doc.UnoLiveDocument;
import org.nianbao.uno.session.ActionResult;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.doc.SnapshotStore;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Figures, not a timed test: the save-time recompute + check of a filled report. Measured (1) through the
 * UNO socket bridge from this process, running the save path's own steps (bind, recompute, rules,
 * snapshot) on the remote document: an upper bound of the in-process cost; (2) inside the office, as the
 * save path logs it on a real store(); (3) the user's whole Save with and without the save path
 * (store() against storeToURL(), which does not run it). Prints and writes target/bench/save-timings.txt;
 * bench/save-timings.sh runs it alone.
 */
class SaveTimingsIT {
    private static final int RUNS = Integer.getInteger("nianbao.timings.runs", 7);
    private static final int WARMUP = 5;
    private static final Pattern STAGE = Pattern.compile("(binding|recompute|rules|snapshot|infobar|sidebar) ([\\d.]+) ms");
    private static final Pattern TOTAL = Pattern.compile("total ([\\d.]+) ms$");
    private final Figures figures = new Figures(78);

    private static final Pattern WALL_MICROS = Pattern.compile("\"wallMicros\":([\\d.]+)");

    /**
     * The wall time of one trivial call (XModifiable.isModified) made by the extension into the document, µs, in
     * RUNS rounds of 300: ≈ 1 µs when the extension runs in the office's process, ≈ 100 µs through the helper
     * process an office uses for an extension added while it runs (see Office#restart).
     */
    private static List<Double> callLatency(OfficeRunner office, XTextDocument doc) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            String r = String.valueOf(office.dispatch(doc, "nianbao:test-calls").Result);
            Matcher m = WALL_MICROS.matcher(r);
            assertTrue(m.find(), r);
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }

    @Test
    void measure() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        XTextDocument doc = office.newWriterDocument();
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            ReportInfo.setAgency(doc, "某某市司法局");
            ReportInfo.setYear(doc, 2024);
            Report blank = Saving.read(doc);
            UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
            Path odt = Saving.dir().resolve("timings.odt");
            Saving.saveAs(doc, odt, "writer8"); // totals now right, snapshot stored
            figures.line("Nianbao save path timings (median of %d runs; first counted run in brackets); a filled report, %d cells",
                    RUNS, Filling.inputs().size() + Filling.totals().size());
            figures.line("machine: %d CPUs, load average before %s", Runtime.getRuntime().availableProcessors(), loadAverage());

            // this process's JIT warms up on the first runs (the office's JVM has run the save path once): the
            // very first run is shown on its own, then WARMUP runs are not counted
            double cold = bridgeSavePath(doc, 0);
            for (int i = 0; i < WARMUP; i++) bridgeSavePath(doc, 0);
            figures.line("%-78s %8.1f ms", "bridge: first run in this process (cold JIT)", cold);
            List<Double> same = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) same.add(bridgeSavePath(doc, 0));
            figures.figure("bridge: bind + recompute (nothing to write) + rules + snapshot (unchanged)", same);

            List<Double> allTotals = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                UnoDocumentAdapter.writeByKey(doc, blank, Filling.blankTotals());
                allTotals.add(bridgeSavePath(doc, Filling.totals().size()));
            }
            figures.figure("bridge: bind + recompute (" + Filling.totals().size() + " totals written) + rules + snapshot", allTotals);

            List<Double> oneInput = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                UnoDocumentAdapter.writeByKey(doc, blank, Map.of("apply.new.natural_person", Integer.toString(20 + i)));
                oneInput.add(bridgeSavePath(doc, -1));
            }
            figures.figure("bridge: one input changed (its totals rewritten, snapshot rewritten)", oneInput);

            // in the office: the save path's own figures on a real Save
            Map<String, List<Double>> stages = new LinkedHashMap<>();
            List<Double> inOffice = new ArrayList<>();
            List<Double> inOfficeAll = new ArrayList<>();
            List<Double> store = new ArrayList<>();
            List<Double> copy = new ArrayList<>();
            List<Double> pathCpu = new ArrayList<>();
            List<Double> storeCpu = new ArrayList<>();
            List<Double> copyCpu = new ArrayList<>();
            List<Double> bare = new ArrayList<>();
            ThreadCpu withThreads = new ThreadCpu();
            ThreadCpu bareThreads = new ThreadCpu();
            List<Double> writeWith = new ArrayList<>();
            List<Double> writeBare = new ArrayList<>();
            List<Double> bareCpu = new ArrayList<>();
            XStorable storable = UnoRuntime.queryInterface(XStorable.class, doc);
            Path copyFile = Saving.dir().resolve("timings-copy.odt");
            for (int i = 0; i < RUNS; i++) {
                UnoDocumentAdapter.writeByKey(doc, blank, Map.of("apply.new.natural_person", Integer.toString(40 + i)));
                double cpu0 = processCpu(office, doc);
                Map<String, Long> threads0 = ThreadCpu.of(office);
                long t0 = System.nanoTime();
                Saving.save(doc);
                store.add(Figures.ms(t0));
                Thread.sleep(150); // the release after the save
                withThreads.add(threads0, ThreadCpu.of(office));
                writeWith.add(cpu(Saving.state(office, doc), "lastWrite"));
                Map<String, Object> state = Saving.state(office, doc);
                storeCpu.add(cpu(state, "processCpu") - cpu0);
                pathCpu.add(cpu(state, "lastSaveCpu"));
                String lastSave = String.valueOf(state.get("lastSave"));
                assertFalse(lastSave.contains("FAILED"), lastSave);
                Matcher m = STAGE.matcher(lastSave);
                while (m.find()) stages.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Double.parseDouble(m.group(2)));
                Matcher t = TOTAL.matcher(lastSave);
                assertTrue(t.find(), lastSave);
                inOffice.add(Double.parseDouble(t.group(1)));

                cpu0 = processCpu(office, doc);
                t0 = System.nanoTime();
                storable.storeToURL(copyFile.toUri().toString(), new PropertyValue[] {OfficeRunner.prop("FilterName", "writer8")});
                copy.add(Figures.ms(t0));
                copyCpu.add(processCpu(office, doc) - cpu0);

                // the same Save of the same change with the save path switched off
                assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:test-save-path?off").State);
                try {
                    UnoDocumentAdapter.writeByKey(doc, blank, Map.of("apply.new.natural_person", Integer.toString(60 + i)));
                    cpu0 = processCpu(office, doc);
                    Map<String, Long> bare0 = ThreadCpu.of(office);
                    t0 = System.nanoTime();
                    Saving.save(doc);
                    bare.add(Figures.ms(t0));
                    Thread.sleep(150);
                    bareThreads.add(bare0, ThreadCpu.of(office));
                    writeBare.add(cpu(Saving.state(office, doc), "lastWrite"));
                    bareCpu.add(processCpu(office, doc) - cpu0);
                } finally {
                    office.dispatch(doc, "nianbao:test-save-path?on");
                }
            }
            for (int i = 0; i < RUNS; i++) {
                UnoDocumentAdapter.writeByKey(doc, blank, Filling.blankTotals());
                Saving.save(doc);
                Matcher t = TOTAL.matcher(String.valueOf(Saving.state(office, doc).get("lastSave")));
                assertTrue(t.find());
                inOfficeAll.add(Double.parseDouble(t.group(1)));
            }
            figures.figure("in office: save path on Save, one input changed (log)", inOffice);
            for (Map.Entry<String, List<Double>> e : stages.entrySet()) figures.figure("  stage " + e.getKey(), e.getValue());
            figures.figure("in office: save path on Save, all " + Filling.totals().size() + " totals blank (log)", inOfficeAll);
            figures.figure("Save: store() through the bridge, save path included", store);
            figures.figure("Save: the same store() of the same change, save path switched off", bare);
            figures.ratio("Save with the save path / without it (medians)", store, bare);
            figures.figure("  LibreOffice writing the file (OnSave handled to OnSaveDone), with the save path", writeWith);
            figures.figure("  the same, save path switched off", writeBare);
            figures.figure("the same document stored by storeToURL() (no save path), for comparison", copy);
            figures.ratio("store() with the save path / storeToURL() (medians)", store, copy);
            // CPU time: hardly changed by other processes' load on a shared machine, unlike the wall-clock figures
            figures.figure("CPU: save path on Save, office main thread, one input changed", pathCpu);
            figures.figure("CPU: Save (store()), office process, save path included", storeCpu);
            figures.figure("CPU: Save (store()), office process, save path off", bareCpu);
            figures.figure("CPU: storeToURL() (no save path), office process", copyCpu);
            for (String line : ThreadCpu.compare(withThreads, bareThreads, RUNS)) figures.line("%s", line);
            figures.figure("one call from the extension into the document (nianbao:test-calls)", callLatency(office, doc), "µs");
        } finally {
            office.close(doc);
        }
        figures.line("load average after %s", loadAverage());
        Path out = Paths.get("target", "bench", "save-timings.txt");
        Files.createDirectories(out.getParent());
        figures.write(out);
    }

    /**
     * The save path's steps run from this process on the remote document: bind, recompute (one undo step),
     * rules, snapshot; returns milliseconds. {@code expectWritten} ≥ 0 checks the number of totals written.
     */
    private static double bridgeSavePath(XTextDocument doc, int expectWritten) throws Exception {
        long t0 = System.nanoTime();
        ActionResult run = new ReportSession(new UnoLiveDocument(doc)).save("Recompute totals");
        double ms = Figures.ms(t0);
        assertNull(run.failedStage, run.stages());
        if (expectWritten >= 0) assertEquals(expectWritten, run.written.size());
        assertFalse(run.result.evaluation.findings().stream().anyMatch(f -> f.rule.startsWith("R-IMP")), "totals right after");
        return ms;
    }

    /** The office process's CPU time so far (ms), as the extension's test state gives it. */
    private static double processCpu(OfficeRunner office, XTextDocument doc) throws Exception {
        return cpu(Saving.state(office, doc), "processCpu");
    }

    private static double cpu(Map<String, Object> state, String name) {
        Object v = state.get(name);
        assertTrue(v instanceof Number && ((Number) v).doubleValue() >= 0, name + " in the test state: " + v);
        return ((Number) v).doubleValue();
    }

    /** /proc/loadavg's first three figures: other processes' load makes these figures noisy. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Paths.get("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }
}
