package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.model.Snapshot;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * Soak: random edit → Save → close → re-open, on one document, {@value #CYCLES} cycles or
 * {@value #MINUTES} minutes, whichever comes first (system properties nianbao.soak.cycles and
 * nianbao.soak.minutes change them; nianbao.soak.seed repeats a run). After each re-open the text and
 * tables must equal, character for character, what the document held right after the save; every cell
 * typed must read back as typed (or, for a total, as recomputed); the stored snapshot must equal the tables;
 * the save path must not have failed. Prints cycles run and differences found (must be 0) and writes them
 * to target/bench/save-soak.txt.
 */
class SaveSoakIT {
    static final int CYCLES = 500;
    static final int MINUTES = 8;
    /** A time-bounded run must still have done this many cycles to mean something. */
    static final int MIN_CYCLES = 50;
    private static final String[] ODD_TEXTS = {"", "不详", "12件", "１，２３４", "1e3", "007", "  5 ", "3\n（含转办）", "-1",
            "99999999999", "十二", "=SUM(A1:A3)", "0.5"};

    @Test
    void randomEditSaveReload() throws Exception {
        int cycles = Integer.getInteger("nianbao.soak.cycles", CYCLES);
        long minutes = Long.getLong("nianbao.soak.minutes", MINUTES);
        long seed = Long.getLong("nianbao.soak.seed", System.nanoTime());
        Random random = new Random(seed);
        OfficeRunner office = OfficeRunner.shared();
        Path file = Saving.dir().resolve("soak.odt");
        Files.deleteIfExists(file);

        List<String> inputs = new ArrayList<>(Filling.inputs().keySet());
        List<String> totals = new ArrayList<>(Filling.totals().keySet());
        List<String> differences = new ArrayList<>();
        List<Double> saveMs = new ArrayList<>();
        List<Double> reloadMs = new ArrayList<>();
        List<Double> inOfficeMs = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + minutes * 60_000_000_000L;
        int run = 0;

        XTextDocument doc = office.newWriterDocument();
        try {
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Filling.inputs());
            Saving.saveAs(doc, file, "writer8");
            Report bound = Saving.read(doc);
            while (run < cycles && System.nanoTime() < deadline) {
                run++;
                // a random edit: a few input cells (numbers mostly, odd texts sometimes), maybe a total, maybe the text
                Map<String, String> typed = new LinkedHashMap<>();
                int n = 1 + random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    String value = random.nextInt(10) < 8 ? Integer.toString(random.nextInt(5000)) : ODD_TEXTS[random.nextInt(ODD_TEXTS.length)];
                    typed.put(inputs.get(random.nextInt(inputs.size())), value);
                }
                if (random.nextInt(5) == 0) typed.put(totals.get(random.nextInt(totals.size())), Integer.toString(random.nextInt(100000)));
                UnoDocumentAdapter.writeByKey(doc, bound, typed);
                if (random.nextInt(5) == 0) {
                    XText text = doc.getText();
                    text.insertString(text.getEnd(), "第" + run + "次修改。", false);
                }

                long t0 = System.nanoTime();
                Saving.save(doc);
                saveMs.add(ms(t0));
                Map<String, Object> state = Saving.state(office, doc);
                String lastSave = String.valueOf(state.get("lastSave"));
                if (lastSave.contains("FAILED") || Saving.number(state, "saves") < 1) differences.add(run + ": save path " + lastSave);
                java.util.regex.Matcher inOffice = java.util.regex.Pattern.compile("total ([\\d.]+) ms$").matcher(lastSave);
                if (inOffice.find()) inOfficeMs.add(Double.parseDouble(inOffice.group(1)));
                DocumentContent savedContent = UnoDocumentAdapter.read(doc); // one read for both
                String afterSave = Saving.canonical(savedContent);
                Report saved = DocumentReader.read(savedContent);

                t0 = System.nanoTime();
                office.close(doc);
                doc = office.open(file);
                reloadMs.add(ms(t0));

                DocumentContent reloadedContent = UnoDocumentAdapter.read(doc);
                String reloaded = Saving.canonical(reloadedContent);
                if (!afterSave.equals(reloaded)) differences.add(run + ": content differs after reload\n" + firstDifference(afterSave, reloaded));
                Report back = DocumentReader.read(reloadedContent);
                bound = back; // the next edit binds through what was just read
                for (Map.Entry<String, String> e : typed.entrySet()) {
                    boolean total = Filling.totals().containsKey(e.getKey());
                    String expected = total ? saved.cellText(e.getKey()) : e.getValue();
                    if (!expected.equals(back.cellText(e.getKey()))) {
                        differences.add(run + ": " + e.getKey() + " typed " + e.getValue() + ", reads " + back.cellText(e.getKey()));
                    }
                }
                String json = Saving.snapshotProperty(doc);
                if (json == null || !Snapshot.fromJson(json).values().equals(back.cellTexts())) differences.add(run + ": snapshot differs from the tables");
            }
        } finally {
            office.close(doc);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Save soak: %d cycles of random edit -> save -> close -> reopen in %.0f s (limit %d cycles or %d min), seed %d",
                run, seconds, cycles, minutes, seed));
        lines.add(String.format(Locale.ROOT, "  differences found: %d", differences.size()));
        lines.add(String.format(Locale.ROOT, "  save (store() through the bridge, save path included): median %.0f ms, max %.0f ms",
                median(saveMs), Collections.max(saveMs)));
        lines.add(String.format(Locale.ROOT, "  of which the save path in the office (its own log): median %.0f ms, max %.0f ms",
                median(inOfficeMs), inOfficeMs.isEmpty() ? 0 : Collections.max(inOfficeMs)));
        lines.add(String.format(Locale.ROOT, "  close + reopen: median %.0f ms, max %.0f ms", median(reloadMs), Collections.max(reloadMs)));
        for (String d : differences.subList(0, Math.min(20, differences.size()))) lines.add("  " + d);
        Path out = Paths.get("target", "bench", "save-soak.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines, StandardCharsets.UTF_8);
        lines.forEach(System.out::println);

        assertEquals(List.of(), differences, "differences after reload");
        assertTrue(run >= Math.min(cycles, MIN_CYCLES), "only " + run + " cycles in " + minutes + " min");
    }

    private static String firstDifference(String a, String b) {
        String[] x = a.split("\n");
        String[] y = b.split("\n");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String l = i < x.length ? x[i] : "<none>";
            String r = i < y.length ? y[i] : "<none>";
            if (!l.equals(r)) return "  saved:    " + l + "\n  reloaded: " + r;
        }
        return "";
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.isEmpty() ? 0 : s.get(s.size() / 2);
    }

    private static double ms(long t0) {
        return (System.nanoTime() - t0) / 1e6;
    }
}
