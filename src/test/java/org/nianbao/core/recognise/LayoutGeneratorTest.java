package org.nianbao.core.recognise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.rules.TotalsOutput;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * The recogniser over generated layouts ({@link LayoutGenerator}): every variant either reads each value
 * exactly, into the cell it came from, or says what it could not read (T-LAYOUT) for that table and reads
 * nothing wrong; the totals recompute writes land only in total cells, and after writing them every input
 * cell holds what was typed. A few hundred seeds here; {@code bench/layout-variants.sh} runs many more.
 */
class LayoutGeneratorTest {
    /** Variants in the unit phase; {@code bench/layout-variants.sh} sets more with -Dnianbao.layoutVariants. */
    static final int UNIT_VARIANTS = Integer.getInteger("nianbao.layoutVariants", 400);
    static final long FIRST_SEED = Long.getLong("nianbao.layoutSeed", 0L);

    /** Tally of one run: variants read completely, and variants with a layout finding. */
    static final class Tally {
        int complete;
        int layoutFinding;
        int totalsWritten;
        int variants;
        int spoilt;
        int split;
        int eightColumns;
        int unmerged;
        int framed;

        @Override
        public String toString() {
            return variants + " variants (" + eightColumns + " with 8-column 表三, " + unmerged + " unmerged, " + framed + " in a layout frame, " + split
                    + " split, " + spoilt + " with a spoilt header): " + complete + " read completely, " + layoutFinding
                    + " with a layout finding and nothing misread; " + totalsWritten + " totals written, 0 into an input";
        }
    }

    @Test
    void everyVariantReadsExactlyOrSaysWhatItCouldNotRead() {
        Tally t = run(FIRST_SEED, UNIT_VARIANTS);
        // the generator's space is mostly readable: a run where nearly nothing is read would prove nothing
        assertTrue(t.complete > UNIT_VARIANTS / 2, t::toString);
        assertTrue(t.layoutFinding > 0, t::toString);
        System.out.println("LayoutGeneratorTest: " + t);
    }

    static Tally run(long firstSeed, int count) {
        Tally t = new Tally();
        for (long seed = firstSeed; seed < firstSeed + count; seed++) check(LayoutGenerator.generate(seed), t);
        return t;
    }

    static void check(LayoutGenerator.Variant v, Tally t) {
        t.variants++;
        if (!v.spoilt.isEmpty()) t.spoilt++;
        if (v.traits.stream().anyMatch(s -> s.startsWith("split"))) t.split++;
        if (v.traits.contains("8 columns")) t.eightColumns++;
        if (v.traits.contains("unmerged")) t.unmerged++;
        if (v.traits.contains("layout frame")) t.framed++;
        Report r = DocumentReader.read(v.doc);
        String where = v.toString();
        // every bound value is the one typed, bound from the very cell that holds it
        for (Map.Entry<String, String> e : r.cellTexts().entrySet()) {
            CellLocation loc = r.location(e.getKey());
            assertEquals(e.getKey(), v.keyAt.get(loc.tableName + "|" + loc.cellId), where + ": bound from another cell");
            assertEquals(v.texts.get(e.getKey()), e.getValue(), where + ": " + e.getKey());
        }
        for (String k : r.subtotals().keySet()) {
            CellLocation loc = r.subtotalLocation(k);
            assertEquals(k, v.subtotalAt.get(loc.tableName + "|" + loc.cellId), where + ": subtotal from another cell");
        }
        boolean complete = true;
        for (TableId table : TableId.values()) {
            boolean all = true;
            boolean any = false;
            for (CellDef c : ReportSchema.get().cells(table)) {
                if (!r.hasCell(c.key)) all = false;
                else if (v.spoiltKeys.stream().anyMatch(c.key::startsWith)) any = true;
            }
            boolean layoutFinding = r.readingFindings().stream()
                    .anyMatch(f -> f.rule.equals("T-LAYOUT") && TableId.ofKey(f.key) == table);
            if (!all) assertTrue(layoutFinding, where + ": " + table + " not read completely and no T-LAYOUT: " + r.readingFindings());
            if (v.spoilt.contains(table)) {
                assertFalse(any, where + ": spoilt header yet values of " + table + " read");
                assertTrue(layoutFinding, where + ": spoilt header without T-LAYOUT");
            }
            boolean split = v.traits.stream().anyMatch(s -> s.startsWith("split"));
            if (!v.spoilt.contains(table) && !split) {
                assertTrue(all && !layoutFinding, where + ": an unspoilt layout must read completely: " + r.readingFindings());
            }
            complete &= all;
        }
        assertTrue(r.readingFindings().stream().noneMatch(f -> f.rule.equals("T-2019")), where + ": " + r.readingFindings());
        if (complete) t.complete++;
        else t.layoutFinding++;

        // recompute: writes go into total cells only, and leave every input as typed
        Evaluation ev = Checker.check(r, null, null);
        Map<String, String> writes = TotalsOutput.toWrite(r, ev);
        TotalsOutput.checkWritable(r, writes.keySet());
        for (String k : writes.keySet()) {
            CellLocation loc = r.location(k);
            String heldThere = v.keyAt.get(loc.tableName + "|" + loc.cellId);
            assertEquals(k, heldThere, where + ": a total written into another cell");
            assertTrue(ReportSchema.get().cell(k).computed, where + ": " + k + " written but is an input");
        }
        t.totalsWritten += writes.size();
        Report after = DocumentReader.read(written(v.doc, r, writes));
        for (CellDef c : ReportSchema.get().cells()) {
            if (c.computed || !r.hasCell(c.key)) continue;
            assertEquals(v.texts.get(c.key), after.cellText(c.key), where + ": input " + c.key + " changed by recompute");
        }
        if (complete) {
            List<Finding> left = Checker.check(after, null, null).findings();
            assertTrue(left.stream().noneMatch(f -> f.rule.startsWith("R-IMP-1") || f.rule.startsWith("R-IMP-2") || f.rule.startsWith("R-IMP-3")), where + ": after recompute " + left);
        }
    }

    /** The document with the texts written into the cells at their locations. */
    static DocumentContent written(DocumentContent doc, Report r, Map<String, String> writes) {
        Map<String, String> byCell = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : writes.entrySet()) {
            CellLocation loc = r.location(e.getKey());
            byCell.put(loc.tableName + "|" + loc.cellId, e.getValue());
        }
        return new DocumentContent(written(doc.blocks, byCell));
    }

    private static List<Block> written(List<Block> blocks, Map<String, String> byCell) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.isTable()) {
                out.add(b);
                continue;
            }
            List<List<GridCell>> rows = new ArrayList<>();
            for (List<GridCell> row : b.table.rows) {
                List<GridCell> cells = new ArrayList<>();
                for (GridCell c : row) {
                    String text = byCell.getOrDefault(b.table.name + "|" + c.id, c.text);
                    cells.add(new GridCell(text, c.id, c.colspan, c.rowspan, written(c.content, byCell)));
                }
                rows.add(cells);
            }
            out.add(Block.table(new Grid(b.table.name, rows)));
        }
        return out;
    }
}
