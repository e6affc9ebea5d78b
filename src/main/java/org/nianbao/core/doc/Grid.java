package org.nianbao.core.doc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table as a neutral list of rows of cells (only cells that exist: a merged cell appears once, in
 * the row where it starts; rows may have different numbers of cells). Both the ODF and the UNO
 * adapter produce this, and the recogniser reads only this.
 */
public final class Grid {
    /** The table's name in the document (Writer/ODF table name), for messages and binding. */
    public final String name;
    public final List<List<GridCell>> rows;

    public Grid(String name, List<List<GridCell>> rows) {
        this.name = name;
        List<List<GridCell>> copy = new ArrayList<>();
        for (List<GridCell> r : rows) copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        this.rows = Collections.unmodifiableList(copy);
    }

    public int rowCount() {
        return rows.size();
    }

    public List<GridCell> row(int r) {
        return rows.get(r);
    }

    /** Convenience for tests and the ODF adapter: cells named "r,c" from a text matrix (no spans). */
    public static Grid of(String name, String[][] texts) {
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < texts.length; r++) {
            List<GridCell> row = new ArrayList<>();
            for (int c = 0; c < texts[r].length; c++) row.add(new GridCell(texts[r][c], r + "," + c));
            rows.add(row);
        }
        return new Grid(name, rows);
    }
}
