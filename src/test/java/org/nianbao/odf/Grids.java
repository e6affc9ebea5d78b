package org.nianbao.odf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;

/** Test helpers: compact text forms of grids and documents, lookups by cell id. */
final class Grids {
    private Grids() {
    }

    /** One line per row: cells as id:text, spans as {@code [c2 r3]} when not 1. */
    static String dump(Grid g) {
        StringBuilder sb = new StringBuilder();
        for (List<GridCell> row : g.rows) {
            sb.append(row.stream().map(Grids::cell).collect(Collectors.joining(" | "))).append('\n');
        }
        return sb.toString();
    }

    static String cell(GridCell c) {
        String spans = c.colspan == 1 && c.rowspan == 1 ? "" : " [c" + c.colspan + " r" + c.rowspan + "]";
        return c.id + ":" + c.text.replace("\n", "\\n") + spans;
    }

    static GridCell byId(Grid g, String id) {
        for (List<GridCell> row : g.rows) for (GridCell c : row) if (c.id.equals(id)) return c;
        return null;
    }

    static List<Grid> tables(DocumentContent d) {
        List<Grid> out = new ArrayList<>();
        for (Block b : d.blocks) if (b.isTable()) out.add(b.table);
        return out;
    }

    static List<Block> paragraphs(DocumentContent d) {
        List<Block> out = new ArrayList<>();
        for (Block b : d.blocks) if (!b.isTable()) out.add(b);
        return out;
    }

    static Grid table(DocumentContent d, String name) {
        for (Grid g : tables(d)) if (g.name.equals(name)) return g;
        throw new AssertionError("no table " + name);
    }

    static int cellCount(Grid g) {
        int n = 0;
        for (List<GridCell> row : g.rows) n += row.size();
        return n;
    }
}
