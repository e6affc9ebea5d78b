package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XText;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTablesSupplier;
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
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.uno.doc.UnoDocumentAdapter;
import org.nianbao.uno.insert.Preload;

/**
 * Figures, not a timed test: how long our operations take, dispatched through the UNO socket bridge from
 * this process, with the extension in the office's own process (every office here is restarted after the
 * install, as a user's office starts with an installed extension). Prints them and writes target/bench/uno-timings.txt; asserts only that the
 * operations did what they should. bench/uno-timings.sh runs it alone.
 */
class UnoTimingsIT {
    private static final int RUNS = 5;
    private final Figures figures = new Figures(72);

    @Test
    void measure() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        figures.line("Nianbao UNO timings through the socket bridge (median of %d runs; first run in brackets)", RUNS);

        List<Double> insert = new ArrayList<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        for (int i = 0; i < RUNS; i++) {
            XTextDocument d = office.newWriterDocument();
            long t0 = System.nanoTime();
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(d, "nianbao:insert?part=report").State);
            insert.add(Figures.ms(t0));
            phases(office, d).forEach((k, v) -> phases.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
            office.close(d);
        }
        figures.figure("insert complete report (dispatch)", insert);
        for (Map.Entry<String, List<Double>> e : phases.entrySet()) figures.figure("  in office: " + e.getKey(), e.getValue());

        XTextDocument doc = office.newWriterDocument();
        try {
            office.dispatch(doc, "nianbao:insert?part=report");
            Report blank = DocumentReader.read(UnoDocumentAdapter.read(doc));
            Map<String, String> inputs = Filling.inputs();

            List<Double> writeBulk = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                assertEquals(inputs.size(), UnoDocumentAdapter.writeByKey(doc, blank, inputs));
                writeBulk.add(Figures.ms(t0));
            }
            figures.figure("write " + inputs.size() + " input cells, bulk (UnoDocumentAdapter.writeByKey)", writeBulk);

            List<Double> writeSingle = new ArrayList<>();
            XTextTablesSupplier ts = UnoRuntime.queryInterface(XTextTablesSupplier.class, doc);
            for (int i = 0; i < 2; i++) {
                long t0 = System.nanoTime();
                for (Map.Entry<String, String> e : inputs.entrySet()) {
                    CellLocation loc = blank.location(e.getKey());
                    XTextTable table = UnoRuntime.queryInterface(XTextTable.class, ts.getTextTables().getByName(loc.tableName));
                    UnoRuntime.queryInterface(XText.class, table.getCellByName(loc.cellId)).setString(e.getValue());
                }
                writeSingle.add(Figures.ms(t0));
            }
            figures.figure("write the same cells one by one (reference)", writeSingle);

            List<Double> readFull = new ArrayList<>();
            DocumentContent content = null;
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                content = UnoDocumentAdapter.read(doc);
                readFull.add(Figures.ms(t0));
            }
            figures.figure("read document: " + content.blocks.size() + " blocks, 3 tables (UnoDocumentAdapter.read)", readFull);

            List<Double> readSpans = new ArrayList<>();
            XTextTable t3 = UnoRuntime.queryInterface(XTextTable.class, ts.getTextTables().getByName("Nianbao_T3"));
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                UnoDocumentAdapter.readTable(t3, true);
                readSpans.add(Figures.ms(t0));
            }
            List<Double> readNoSpans = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                UnoDocumentAdapter.readTable(t3, false);
                readNoSpans.add(Figures.ms(t0));
            }
            figures.figure("read table 三 without spans", readNoSpans);
            figures.figure("read table 三 with spans (row separators)", readSpans);

            List<Double> check = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                Checker.check(DocumentReader.read(UnoDocumentAdapter.read(doc)), null, Profile.national());
                check.add(Figures.ms(t0));
            }
            figures.figure("read + recognise + check (no write)", check);

            List<Double> recompute = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                UnoDocumentAdapter.writeByKey(doc, blank, Filling.blankTotals());
                long t0 = System.nanoTime();
                assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:recompute").State);
                recompute.add(Figures.ms(t0));
            }
            figures.figure("recompute: read, check, write " + Filling.totals().size() + " totals, infobar (dispatch)", recompute);

            List<Double> checkDispatch = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                office.dispatch(doc, "nianbao:check");
                checkDispatch.add(Figures.ms(t0));
            }
            figures.figure("check (dispatch, infobar)", checkDispatch);
        } finally {
            office.close(doc);
        }

        // the extension's first activation in a fresh office: JVM start in soffice included
        try (OfficeRunner fresh = OfficeRunner.start(new OfficeRunner.Options().env("NIANBAO_TEST_HOOKS", "1"))) {
            long t0 = System.nanoTime();
            fresh.installExtension(OfficeRunner.builtExtension());
            figures.line("%-72s %8.0f ms", "fresh office: install the .oxt (ExtensionManager)", Figures.ms(t0));
            // restarted as a user's office is: IT installs the .oxt, the user starts the office (Office#restart)
            t0 = System.nanoTime();
            fresh.restart();
            figures.line("%-72s %8.0f ms", "fresh office: restart with the extension (office start)", Figures.ms(t0));
            t0 = System.nanoTime();
            XTextDocument d = fresh.newWriterDocument();
            figures.line("%-72s %8.0f ms", "fresh office: first new Writer document (startup job, JVM start)", Figures.ms(t0));
            t0 = System.nanoTime();
            assertEquals(DispatchResultState.SUCCESS, fresh.dispatch(d, "nianbao:insert?part=table-3").State);
            figures.line("%-72s %8.0f ms", "fresh office: first insert (table 三)", Figures.ms(t0));
            for (Map.Entry<String, Double> e : phases(fresh, d).entrySet()) {
                figures.line("%-72s %8.1f ms", "  fresh office, first insert, in office: " + e.getKey(), e.getValue());
            }
            t0 = System.nanoTime();
            fresh.dispatch(d, "nianbao:insert?part=table-2");
            figures.line("%-72s %8.0f ms", "fresh office: second insert (table 二)", Figures.ms(t0));
        }

        // the first insert of the complete report when the user clicks a few seconds after the window appeared,
        // without and with the startup job's preload (NIANBAO_PRELOAD=0 turns it off, =no-warm-up only its check warm-up), one fresh office each
        for (String preload : new String[] {"0", "no-warm-up", "1"}) {
            try (OfficeRunner fresh = OfficeRunner.start(new OfficeRunner.Options().env("NIANBAO_TEST_HOOKS", "1")
                    .env(Preload.ENV, preload))) {
                fresh.installExtension(OfficeRunner.builtExtension());
                fresh.restart(); // the extension in the office's own process, as a user's office starts with it
                XTextDocument d = fresh.newWriterDocument();
                Thread.sleep(3000);
                long t0 = System.nanoTime();
                assertEquals(DispatchResultState.SUCCESS, fresh.dispatch(d, "nianbao:insert?part=report").State);
                String mode = "preload " + ("0".equals(preload) ? "off" : "1".equals(preload) ? "on" : "without the check warm-up");
                figures.line("%-72s %8.0f ms", "fresh office, " + mode + ": first insert of the report 3 s after", Figures.ms(t0));
                Map<String, Double> p = phases(fresh, d);
                figures.line("%-72s %8.1f ms", "  " + mode + ", in office: checks + styles", p.get("checks") + p.get("styles"));
                figures.line("%-72s %8.1f ms", "  " + mode + ", in office: total", p.get("total"));
                t0 = System.nanoTime();
                assertEquals(DispatchResultState.SUCCESS, fresh.dispatch(d, "nianbao:check").State);
                figures.line("%-72s %8.0f ms", "fresh office, " + mode + ": first check (dispatch)", Figures.ms(t0));
                Saving.saveAs(d, Saving.dir().resolve("first-save-preload-" + preload + ".odt"), "writer8");
                Matcher total = FIRST_SAVE_TOTAL.matcher(String.valueOf(Saving.state(fresh, d).get("lastSave")));
                assertTrue(total.find(), "the save path ran on the first save");
                figures.line("%-72s %8.1f ms", "  " + mode + ", first save: save path in office (log)", Double.parseDouble(total.group(1)));
            }
        }

        Path out = Paths.get("target", "bench", "uno-timings.txt");
        Files.createDirectories(out.getParent());
        figures.write(out);
    }

    private static final Pattern FIRST_SAVE_TOTAL = Pattern.compile("total ([\\d.]+) ms");
    private static final Pattern PHASE = Pattern.compile("\\s*(.+?) ([0-9]+\\.[0-9]) ms");

    /** The last insert's phases as the office measured them (nianbao:test-state's lastInsert), total last. */
    private static Map<String, Double> phases(OfficeRunner office, XTextDocument doc) throws Exception {
        String last = String.valueOf(Saving.state(office, doc).get("lastInsert"));
        Map<String, Double> out = new LinkedHashMap<>();
        Matcher m = PHASE.matcher(last.replace(";", ""));
        while (m.find()) out.put(m.group(1), Double.parseDouble(m.group(2)));
        assertTrue(out.containsKey("total"), last);
        return out;
    }
}
