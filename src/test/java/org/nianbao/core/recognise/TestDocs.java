package org.nianbao.core.recognise;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.schema.TableLayout;

/** Documents for recogniser tests, built from the schema's layouts or from the sample report's text. */
final class TestDocs {
    private TestDocs() {
    }

    /** The official layout of a table as a jagged grid (merged cells once), value cells filled by key. */
    static Grid grid(TableId table, Function<String, String> values) {
        TableLayout layout = ReportSchema.get().layout(table);
        int[][] cols = layout.gridColumns();
        List<List<GridCell>> rows = new ArrayList<>();
        for (int r = 0; r < layout.rows.size(); r++) {
            List<GridCell> row = new ArrayList<>();
            for (int i = 0; i < layout.rows.get(r).size(); i++) {
                LayoutCell c = layout.rows.get(r).get(i);
                String text = c.isValue() ? values.apply(c.key) : c.text;
                row.add(new GridCell(text, r + "," + cols[r][i], c.colspan, c.rowspan));
            }
            rows.add(row);
        }
        return new Grid("Nianbao_" + table.id.toUpperCase(), rows);
    }

    /** A whole report in the official layout: title, headings, text, tables. */
    static DocumentContent officialReport(String agency, int year, Function<String, String> values) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.paragraph(ReportSchema.title(agency, year)));
        for (SectionDef s : ReportSchema.get().sections()) {
            blocks.add(Block.paragraph(s.heading, 1));
            if (s.isText()) blocks.add(Block.paragraph("本年度正文。"));
            else blocks.add(Block.table(grid(s.table, values)));
        }
        return new DocumentContent(blocks);
    }

    /**
     * The sample report (a text export: table rows are tab-separated lines, tables end at a blank line).
     * Trailing empty cells are an artefact of the export and are dropped.
     */
    static DocumentContent sampleReport() throws IOException {
        List<Block> blocks = new ArrayList<>();
        List<List<GridCell>> table = null;
        int tables = 0;
        for (String line : sampleLines()) {
            if (line.contains("\t")) {
                if (table == null) table = new ArrayList<>();
                String[] parts = line.split("\t", -1);
                int n = parts.length;
                while (n > 0 && parts[n - 1].isEmpty()) n--;
                List<GridCell> row = new ArrayList<>();
                for (int c = 0; c < n; c++) row.add(new GridCell(parts[c], table.size() + "," + c));
                table.add(row);
            } else {
                if (table != null) {
                    blocks.add(Block.table(new Grid("Table" + (++tables), table)));
                    table = null;
                }
                blocks.add(Block.paragraph(line));
            }
        }
        if (table != null) blocks.add(Block.table(new Grid("Table" + (++tables), table)));
        return new DocumentContent(blocks);
    }

    /** The sample report's text, the project's copy in src/test/resources/samples. */
    static List<String> sampleLines() throws IOException {
        try (InputStream in = TestDocs.class.getResourceAsStream("/samples/weihui-sifaju-2021.txt")) {
            if (in == null) throw new IOException("samples/weihui-sifaju-2021.txt not on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().collect(Collectors.toList());
        }
    }
}
