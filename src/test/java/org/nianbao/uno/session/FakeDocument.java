package org.nianbao.uno.session;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.CellLocation;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.OdfTableFiller;
import org.nianbao.odf.OdfTemplateWriter;

/**
 * An in-memory {@link LiveDocument}: the body of an .odt written by the ODF template writer (so the
 * recogniser sees the real layout), cells written in place, an undo stack of step titles with the
 * tables as they were before each step, a snapshot property, the 报告信息 fields and the document's flags.
 */
final class FakeDocument implements LiveDocument {
    /** The tables' texts as they were before one undo step. */
    private static final class Step {
        final String title;
        final List<Block> before;
        /** An undo action of the caller's own (a document property), or null. */
        final Runnable undo;

        Step(String title, List<Block> before, Runnable undo) {
            this.title = title;
            this.before = before;
            this.undo = undo;
        }
    }

    private List<Block> blocks;
    final List<String> undoTitles = new ArrayList<>();
    private final List<Step> undo = new ArrayList<>();
    String snapshot;
    /** Last year's report as stored (the user-defined property), or null. */
    String previous;
    /** False: the document cannot record undo actions of its own. */
    boolean undoActions = true;
    String agency = "";
    Integer year;
    boolean readOnly;
    boolean modified;
    boolean recording;
    int writes;
    int releases;
    /** Thrown by the next write, when set (a failing Writer). */
    RuntimeException failNextWrite;
    String url = "";

    private FakeDocument(List<Block> blocks) {
        this.blocks = new ArrayList<>(blocks);
    }

    /** The official template as the ODF writer makes it, its cells filled with {@code values} (key to text). */
    static FakeDocument report(Map<String, String> values) throws Exception {
        return report(values, "某某县人民政府办公室", 2024);
    }

    /** The same for another agency and year (a unit's report to aggregate). */
    static FakeDocument report(Map<String, String> values, String agency, int year) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OdfTemplateWriter.write(out, agency, year);
        byte[] odt = OdfTableFiller.of(out.toByteArray()).fill(values);
        return new FakeDocument(OdfDocumentReader.read(odt).blocks);
    }

    /** The balanced values of every input cell (the totals left blank). */
    static Map<String, String> balancedInputs() {
        Map<String, String> in = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : org.nianbao.odf.VariantFixtures.balancedValues().entrySet()) {
            if (!org.nianbao.core.schema.ReportSchema.get().cell(e.getKey()).computed) in.put(e.getKey(), e.getValue());
        }
        return in;
    }

    /** A letter: paragraphs only. */
    static FakeDocument letter() {
        return new FakeDocument(List.of(Block.paragraph("一封普通的信。")));
    }

    /** The text of a cell by location, for assertions. */
    String text(CellLocation at) {
        for (Block b : blocks) {
            if (!b.isTable() || !b.table.name.equals(at.tableName)) continue;
            for (List<GridCell> row : b.table.rows) for (GridCell c : row) if (c.id.equals(at.cellId)) return c.text;
        }
        return null;
    }

    /** Another program changed a cell (no undo, not a session edit). */
    void changeOutside(CellLocation at, String text) {
        blocks = replaced(blocks, Map.of(at, text));
    }

    List<Block> body() {
        return new ArrayList<>(blocks);
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
    public boolean isModified() {
        return modified;
    }

    @Override
    public boolean recordsChanges() {
        return recording;
    }

    @Override
    public boolean hasOurTables() {
        return false; // the ODF template's table names are not the inserter's
    }

    @Override
    public boolean hasTables() {
        return blocks.stream().anyMatch(Block::isTable);
    }

    @Override
    public DocumentContent read(List<String> unreadable) {
        return new DocumentContent(blocks);
    }

    @Override
    public DocumentContent readTables() {
        List<Block> tables = new ArrayList<>();
        for (Block b : blocks) if (b.isTable()) tables.add(b);
        return new DocumentContent(tables);
    }

    @Override
    public void write(Map<CellLocation, String> texts) {
        if (failNextWrite != null) {
            RuntimeException e = failNextWrite;
            failNextWrite = null;
            throw e;
        }
        blocks = replaced(blocks, texts);
        writes++;
        modified = true;
    }

    @Override
    public UndoStep beginUndo(String title) {
        List<Block> before = new ArrayList<>(blocks);
        return new UndoStep() {
            @Override
            public void close() {
                if (before.equals(blocks)) return; // Writer records no step for no change
                undo.add(new Step(title, before, null));
                undoTitles.add(title);
            }

            @Override
            public void rollBack() {
                blocks = before;
            }
        };
    }

    /** Undoes the last step, as Edit › Undo. */
    void undoLast() {
        Step s = undo.remove(undo.size() - 1);
        undoTitles.remove(undoTitles.size() - 1);
        if (s.undo != null) s.undo.run();
        else blocks = s.before;
    }

    // ------------------------------------------------------------------ the text's bound numbers

    /** Where an insert goes: after this block (default: after the heading 一、总体情况, else at the end). */
    Integer insertAfter;
    /** Set: the cursor stands where Writer refuses an insert (this message key). */
    String insertRefusal;
    /** The selection: block index, start, end in its text; null for none. */
    int[] selection;

    /** Index of the first paragraph block whose text contains {@code s}, or -1. */
    int paragraphWith(String s) {
        for (int i = 0; i < blocks.size(); i++) if (!blocks.get(i).isTable() && blocks.get(i).text.contains(s)) return i;
        return -1;
    }

    Block block(int i) {
        return blocks.get(i);
    }

    /** The user types into a paragraph (replacing its text; numbers bound in it keep their offsets when they still fit). */
    void typeParagraph(int index, String text) {
        Block b = blocks.get(index);
        blocks.set(index, Block.paragraph(text, b.outlineLevel, b.bound));
        modified = true;
    }

    /** Adds a paragraph after block {@code index} (a clerk typing a new one). */
    void addParagraph(int index, String text) {
        blocks.add(index + 1, Block.paragraph(text));
        modified = true;
    }

    @Override
    public String insertParagraphs(List<List<Run>> paragraphs) {
        if (insertRefusal != null) return insertRefusal;
        int at = insertAfter != null ? insertAfter : paragraphWith("一、总体情况");
        if (at < 0) at = blocks.size() - 1;
        List<Block> added = new ArrayList<>();
        for (List<Run> p : paragraphs) {
            StringBuilder text = new StringBuilder();
            List<org.nianbao.core.doc.BoundSpan> spans = new ArrayList<>();
            for (Run r : p) {
                if (r.bookmark != null) spans.add(new org.nianbao.core.doc.BoundSpan(r.bookmark, text.length(), text.length() + r.text.length()));
                text.append(r.text);
            }
            added.add(Block.paragraph(text.toString(), 0, spans));
        }
        blocks.addAll(at + 1, added);
        modified = true;
        return null;
    }

    @Override
    public java.util.Set<String> boundNames() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Block b : blocks) for (org.nianbao.core.doc.BoundSpan s : b.bound) out.add(s.name);
        return out;
    }

    @Override
    public void writeBound(Map<String, String> texts) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.isTable() || b.bound.isEmpty()) continue;
            String text = b.text;
            List<org.nianbao.core.doc.BoundSpan> spans = new ArrayList<>(b.bound);
            for (int k = 0; k < spans.size(); k++) {
                org.nianbao.core.doc.BoundSpan s = spans.get(k);
                String now = texts.get(s.name);
                if (now == null) continue;
                text = text.substring(0, s.start) + now + text.substring(s.end);
                int delta = now.length() - (s.end - s.start);
                spans.set(k, new org.nianbao.core.doc.BoundSpan(s.name, s.start, s.start + now.length()));
                for (int j = 0; j < spans.size(); j++) {
                    org.nianbao.core.doc.BoundSpan o = spans.get(j);
                    if (j != k && o.start >= s.end) spans.set(j, new org.nianbao.core.doc.BoundSpan(o.name, o.start + delta, o.end + delta));
                }
            }
            blocks.set(i, Block.paragraph(text, b.outlineLevel, spans));
        }
        modified = true;
    }

    @Override
    public String selectedText() {
        if (selection == null) return null;
        return blocks.get(selection[0]).text.substring(selection[1], selection[2]);
    }

    @Override
    public void bookmarkSelection(String name) {
        Block b = blocks.get(selection[0]);
        List<org.nianbao.core.doc.BoundSpan> spans = new ArrayList<>(b.bound);
        spans.add(new org.nianbao.core.doc.BoundSpan(name, selection[1], selection[2]));
        spans.sort(java.util.Comparator.comparingInt(x -> x.start));
        blocks.set(selection[0], Block.paragraph(b.text, b.outlineLevel, spans));
        modified = true;
    }

    @Override
    public String snapshotJson() {
        return snapshot;
    }

    @Override
    public boolean storeSnapshotJson(String json) {
        if (json.equals(snapshot)) return false;
        snapshot = json;
        return true;
    }

    @Override
    public String previousJson() {
        return previous;
    }

    @Override
    public boolean storePreviousJson(String json) {
        if (java.util.Objects.equals(json, previous)) return false;
        previous = json;
        modified = true;
        return true;
    }

    @Override
    public boolean addUndoAction(String title, Runnable undoAction, Runnable redo) {
        if (!undoActions) return false;
        undo.add(new Step(title, new ArrayList<>(blocks), undoAction));
        undoTitles.add(title);
        return true;
    }

    @Override
    public String agency() {
        return agency;
    }

    @Override
    public Integer year() {
        return year;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public void release() {
        releases++;
    }

    /** Releases left to finish after the call returned (the save path's). */
    int laterReleases;

    @Override
    public void releaseAfterSave() {
        laterReleases++;
    }

    private static List<Block> replaced(List<Block> blocks, Map<CellLocation, String> texts) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (!b.isTable()) {
                out.add(b);
                continue;
            }
            Map<String, String> mine = new LinkedHashMap<>();
            for (Map.Entry<CellLocation, String> e : texts.entrySet()) {
                if (e.getKey().tableName.equals(b.table.name)) mine.put(e.getKey().cellId, e.getValue());
            }
            if (mine.isEmpty()) {
                out.add(b);
                continue;
            }
            List<List<GridCell>> rows = new ArrayList<>();
            for (List<GridCell> row : b.table.rows) {
                List<GridCell> r = new ArrayList<>();
                for (GridCell c : row) {
                    r.add(mine.containsKey(c.id) ? new GridCell(mine.get(c.id), c.id, c.colspan, c.rowspan) : c);
                }
                rows.add(r);
            }
            out.add(Block.table(new Grid(b.table.name, rows)));
        }
        return out;
    }
}
