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
