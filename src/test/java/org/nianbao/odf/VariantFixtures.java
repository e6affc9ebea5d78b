package org.nianbao.odf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.T2Block;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * Complete reports whose tables deviate from our template the way real reports do (spec §5, §6,
 * issue 2): table 二 as four tables; table 三 split in two; labels with line breaks, spaces and U+3000;
 * cells holding only U+3000; the 2019 format of tables 二 and 三; table 三 with its seven value columns
 * merged into one cell per row. Every report has the title, the six headings and all three tables
 * (official unless the variant changes them); tables are named 表格1, 表格2, … as Writer names them.
 * Values come from {@link #balancedValues()} unless given.
 */
public final class VariantFixtures {
    public static final String AGENCY = "某市某局";
    public static final int YEAR = 2022;

    /** 2019 format (国办公开办函〔2019〕60号) labels, spec §5: not in the 2021 schema. */
    public static final List<String> T2_2019_ART20_1_COLUMNS = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量");
    public static final String T2_2019_NORMATIVE_DOCS = "规范性文件";
    public static final List<String> T2_2019_COUNT_COLUMNS = List.of("上一年项目数量", "本年增/减", "处理决定数量");
    public static final String T2_2019_OTHER_SERVICES = "其他对外管理服务事项";
    public static final String T2_2019_ART20_9 = "第二十条第（九）项";
    public static final List<String> T2_2019_ART20_9_COLUMNS = List.of("采购项目数量", "采购总金额");
    public static final String T2_2019_PROCUREMENT = "政府集中采购";

    private static final ReportSchema SCHEMA = ReportSchema.get();

    private VariantFixtures() {
    }

    // ------------------------------------------------------------------ the variants

    /** Table 二 as four tables, one per block, with an empty paragraph between them. */
    public static byte[] t2AsFourTables() throws IOException {
        return report(balancedValues(), Map.of(TableId.T2, (c, values) -> {
            List<List<List<LayoutCell>>> blocks = t2Blocks(values);
            for (int i = 0; i < blocks.size(); i++) {
                if (i > 0) c.paragraph("");
                c.table("表格1." + (i + 1), blocks.get(i), OdfTemplateWriter.styleOf(TableId.T2));
            }
        }));
    }

    /** The four blocks of table 二 (caption, header, data rows each). */
    static List<List<List<LayoutCell>>> t2Blocks(Map<String, String> values) {
        List<List<List<LayoutCell>>> blocks = new ArrayList<>();
        for (List<LayoutCell> row : official(TableId.T2, values)) {
            boolean caption = row.size() == 1 && !row.get(0).isValue() && row.get(0).colspan == 4;
            if (caption) blocks.add(new ArrayList<>());
            blocks.get(blocks.size() - 1).add(row);
        }
        return blocks;
    }

    /**
     * Table 三 split into two tables before layout row {@code atRow} (as a page break or “split table”
     * leaves it): cells whose row span crosses the split are cut, and the second table starts with an
     * empty cell (or a copy of the label when {@code copyCutLabels}) for the rest of the span. With
     * {@code repeatHeader} the second table starts with the three header rows again. An empty paragraph
     * separates the two tables.
     */
    public static byte[] t3Split(int atRow, boolean repeatHeader, boolean copyCutLabels) throws IOException {
        return report(balancedValues(), Map.of(TableId.T3, (c, values) -> {
            List<List<List<LayoutCell>>> parts = split(official(TableId.T3, values), 10, atRow, repeatHeader ? 3 : 0, copyCutLabels);
            c.table(name(TableId.T3), parts.get(0), OdfTemplateWriter.styleOf(TableId.T3));
            c.paragraph(""); // adjacent tables would be one table again once saved as .docx
            c.table("表格2_2", parts.get(1), OdfTemplateWriter.styleOf(TableId.T3));
        }));
    }

    /** Where the sample report's copy shows a break: before “3.危及“三安全一稳定””. */
    public static final int SAMPLE_SPLIT_ROW = 9;

    /** Every label of the three tables with noise inside (a line break, a space, U+3000, a second paragraph, in turn). */
    public static byte[] noisyLabels() throws IOException {
        Function<String, String> noise = noiser();
        Map<TableId, TableWriter> w = new HashMap<>();
        for (TableId t : TableId.values()) {
            w.put(t, (c, values) -> c.table(name(t), SampleReportFixture.relabel(SCHEMA.layout(t).rows, noise::apply, values::get),
                    OdfTemplateWriter.styleOf(t)));
        }
        return report(balancedValues(), w);
    }

    /** The noise {@link #noisyLabels()} puts into the n-th label (counting labels of length ≥ 2 in document order). */
    static Function<String, String> noiser() {
        char[] kinds = {'\n', ' ', '\u3000', OdfComposer.PARAGRAPH_SEPARATOR};
        int[] n = {0};
        return label -> {
            if (label.length() < 2) return label;
            int mid = label.length() / 2;
            return label.substring(0, mid) + kinds[n[0]++ % kinds.length] + label.substring(mid);
        };
    }

    /** Value cells of table 三 rows 二 and 四 and all of table 四 hold only U+3000; the rest are numbers. */
    public static byte[] ideographicSpaceCells() throws IOException {
        Map<String, String> values = new LinkedHashMap<>(balancedValues());
        for (String k : values.keySet()) {
            if (k.startsWith("apply.carried_over.") || k.startsWith("apply.carry_forward.") || k.startsWith("appeal.")) {
                values.put(k, "\u3000");
            }
        }
        return report(values, Map.of());
    }

    /** Tables 二 and 三 in the 2019 format; table 四 (unchanged in 2019) official. */
    public static byte[] format2019() throws IOException {
        Map<TableId, TableWriter> w = new HashMap<>();
        w.put(TableId.T2, (c, values) -> c.table(name(TableId.T2), t2Of2019(), OdfTemplateWriter.styleOf(TableId.T2)));
        w.put(TableId.T3, (c, values) -> c.table(name(TableId.T3), t3Of2019(values), OdfTemplateWriter.styleOf(TableId.T3)));
        return report(balancedValues(), w);
    }

    /** Table 三 with the seven value cells of every data row merged into one cell holding the seven numbers. */
    public static byte[] t3MergedValueColumns() throws IOException {
        return report(balancedValues(), Map.of(TableId.T3, (c, values) -> c.table(name(TableId.T3), t3Merged(values),
                OdfTemplateWriter.styleOf(TableId.T3))));
    }

    // ------------------------------------------------------------------ values

    /**
     * Values for every cell that satisfy the arithmetic of the format: table 三 row totals, （七）总计 as the
     * sum of the 21 result rows, 一 + 二 = （七） + 四 per column; table 四 totals; table 二 small counts and an
     * amount with 4 decimals.
     */
    public static Map<String, String> balancedValues() {
        Map<String, Long> v = new LinkedHashMap<>();
        List<Labels> cols = SCHEMA.t3Columns();
        List<T3Row> rows = SCHEMA.t3Rows();
        for (int ci = 0; ci < cols.size() - 1; ci++) {
            String col = cols.get(ci).key;
            long results = 0;
            for (int ri = 0; ri < rows.size(); ri++) {
                T3Row r = rows.get(ri);
                if (r.part == null || r.computed) continue;
                long x = (ri * 7L + ci * 3L) % 5;
                v.put("apply." + r.key + "." + col, x);
                results += x;
            }
            long carriedOver = ci % 2;
            long carryForward = (ci + 1) % 3;
            v.put("apply.results.total." + col, results);
            v.put("apply.carried_over." + col, carriedOver);
            v.put("apply.carry_forward." + col, carryForward);
            v.put("apply.new." + col, results + carryForward - carriedOver);
        }
        for (T3Row r : rows) {
            long sum = 0;
            for (int ci = 0; ci < cols.size() - 1; ci++) sum += v.get("apply." + r.key + "." + cols.get(ci).key);
            v.put("apply." + r.key + "." + cols.get(cols.size() - 1).key, sum);
        }
        for (CellDef c : SCHEMA.cells(TableId.T4)) {
            if (c.computed) continue;
            v.put(c.key, (long) (c.order % 4));
        }
        for (CellDef c : SCHEMA.cells(TableId.T4)) {
            if (!c.computed) continue;
            String group = c.key.substring(0, c.key.lastIndexOf('.'));
            long sum = 0;
            for (Labels col : SCHEMA.t4Columns()) if (!col.key.equals("total")) sum += v.get(group + "." + col.key);
            v.put(c.key, sum);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : SCHEMA.cells(TableId.T2)) {
            out.put(c.key, c.type == org.nianbao.core.schema.ValueType.AMOUNT ? "12.3456" : Integer.toString(c.order + 1));
        }
        for (CellDef c : SCHEMA.cells()) if (c.table != TableId.T2) out.put(c.key, Long.toString(v.get(c.key)));
        return out;
    }

    // ------------------------------------------------------------------ layouts

    static List<List<LayoutCell>> official(TableId t, Map<String, String> values) {
        return SampleReportFixture.relabel(SCHEMA.layout(t).rows, s -> s, values::get);
    }

    /**
     * Splits rows (grid of {@code columns}) before {@code at}: spans crossing the split are cut; the second
     * part starts with {@code header} rows copied from the top, then the continuation of the cut cells.
     */
    static List<List<List<LayoutCell>>> split(List<List<LayoutCell>> rows, int columns, int at, int header, boolean copyCutLabels) {
        OdfComposer.Placement placement = OdfComposer.Placement.of(rows, columns);
        List<List<LayoutCell>> first = new ArrayList<>();
        List<int[]> cutColumns = new ArrayList<>();
        List<LayoutCell> cut = new ArrayList<>();
        for (int r = 0; r < at; r++) {
            int[] cols = placement.columnsOfRow(r);
            List<LayoutCell> row = new ArrayList<>();
            for (int i = 0; i < rows.get(r).size(); i++) {
                LayoutCell c = rows.get(r).get(i);
                if (r + c.rowspan > at) {
                    row.add(new LayoutCell(c.text, c.key, c.colspan, at - r));
                    cut.add(new LayoutCell(copyCutLabels ? c.text : "", null, c.colspan, r + c.rowspan - at));
                    cutColumns.add(new int[] {cols[i], cut.size() - 1});
                } else {
                    row.add(c);
                }
            }
            first.add(row);
        }
        List<List<LayoutCell>> second = new ArrayList<>(rows.subList(0, header));
        int[] cols = placement.columnsOfRow(at);
        List<Object[]> firstRow = new ArrayList<>();
        for (int i = 0; i < rows.get(at).size(); i++) firstRow.add(new Object[] {cols[i], rows.get(at).get(i)});
        for (int[] cc : cutColumns) firstRow.add(new Object[] {cc[0], cut.get(cc[1])});
        firstRow.sort(Comparator.comparingInt(o -> (Integer) o[0]));
        List<LayoutCell> row = new ArrayList<>();
        for (Object[] o : firstRow) row.add((LayoutCell) o[1]);
        second.add(row);
        second.addAll(rows.subList(at + 1, rows.size()));
        return List.of(first, second);
    }

    /** Table 二 of 2019 (spec §5): four grid columns, five blocks, 2019 column and row labels, value cells empty. */
    static List<List<LayoutCell>> t2Of2019() {
        List<List<LayoutCell>> rows = new ArrayList<>();
        List<T2Block> blocks = SCHEMA.t2Blocks();
        block(rows, blocks.get(0).caption, T2_2019_ART20_1_COLUMNS, List.of(blocks.get(0).rows.get(0).zh, T2_2019_NORMATIVE_DOCS));
        block(rows, blocks.get(1).caption, T2_2019_COUNT_COLUMNS, List.of(blocks.get(1).rows.get(0).zh, T2_2019_OTHER_SERVICES));
        block(rows, blocks.get(2).caption, T2_2019_COUNT_COLUMNS, labels(blocks.get(2).rows));
        block(rows, blocks.get(3).caption, T2_2019_COUNT_COLUMNS.subList(0, 2), labels(blocks.get(3).rows));
        block(rows, T2_2019_ART20_9, T2_2019_ART20_9_COLUMNS, List.of(T2_2019_PROCUREMENT));
        return rows;
    }

    private static List<String> labels(List<Labels> l) {
        List<String> out = new ArrayList<>();
        for (Labels x : l) out.add(x.zh);
        return out;
    }

    /** Caption over 4 columns; header 信息内容 + columns (the last one widened to fill 3 value columns). */
    private static void block(List<List<LayoutCell>> rows, String caption, List<String> columns, List<String> rowLabels) {
        rows.add(List.of(LayoutCell.label(caption, 4, 1)));
        List<LayoutCell> header = new ArrayList<>();
        header.add(LayoutCell.label(ReportSchema.T2_CONTENT));
        for (int i = 0; i < columns.size(); i++) {
            header.add(LayoutCell.label(columns.get(i), i == columns.size() - 1 ? 4 - columns.size() : 1, 1));
        }
        rows.add(header);
        for (String label : rowLabels) {
            List<LayoutCell> row = new ArrayList<>();
            row.add(LayoutCell.label(label));
            for (int i = 0; i < columns.size(); i++) {
                row.add(new LayoutCell("0", "t2019." + i, i == columns.size() - 1 ? 4 - columns.size() : 1, 1));
            }
            rows.add(row);
        }
    }

    /** Table 三 of 2019: （六）其他处理 is one row spanning both label columns, so 三、本年度办理结果 spans 20 rows. */
    static List<List<LayoutCell>> t3Of2019(Map<String, String> values) {
        List<List<LayoutCell>> official = official(TableId.T3, values);
        List<T3Row> t3 = SCHEMA.t3Rows();
        int header = SCHEMA.layout(TableId.T3).headerRows;
        List<List<LayoutCell>> rows = new ArrayList<>(official.subList(0, header));
        boolean otherDone = false;
        for (int i = 0; i < t3.size(); i++) {
            T3Row r = t3.get(i);
            List<LayoutCell> row = new ArrayList<>(official.get(header + i));
            if (r.key.startsWith("results.other_handling.")) {
                if (otherDone) continue;
                otherDone = true;
                List<LayoutCell> single = new ArrayList<>();
                single.add(LayoutCell.label(r.group, 2, 1));
                for (Labels col : SCHEMA.t3Columns()) single.add(new LayoutCell("0", "apply.results.other_handling." + col.key, 1, 1));
                rows.add(single);
                continue;
            }
            if (r.key.equals("results.granted")) {
                LayoutCell part = row.get(0);
                row.set(0, LayoutCell.label(part.text, part.colspan, part.rowspan - 2));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Table 三 with each data row's seven value cells merged into one (colspan 7) holding the numbers. */
    static List<List<LayoutCell>> t3Merged(Map<String, String> values) {
        List<List<LayoutCell>> rows = new ArrayList<>();
        for (List<LayoutCell> row : official(TableId.T3, values)) {
            List<LayoutCell> out = new ArrayList<>();
            StringBuilder merged = new StringBuilder();
            String firstKey = null;
            for (LayoutCell c : row) {
                if (!c.isValue()) {
                    out.add(c);
                    continue;
                }
                if (firstKey == null) firstKey = c.key;
                if (merged.length() > 0) merged.append(' ');
                merged.append(c.text);
            }
            if (firstKey != null) out.add(new LayoutCell(merged.toString(), firstKey, 7, 1));
            rows.add(out);
        }
        return rows;
    }

    // ------------------------------------------------------------------ the report around the tables

    /** Writes one table section: the composer and the values of the report. */
    interface TableWriter {
        void write(OdfComposer c, Map<String, String> values);
    }

    static String name(TableId t) {
        return "表格" + (t.ordinal() + 1);
    }

    /** Title, headings, a sentence per text section, and the tables (official unless {@code variants} says otherwise). */
    static byte[] report(Map<String, String> values, Map<TableId, TableWriter> variants) throws IOException {
        String title = ReportSchema.title(AGENCY, YEAR);
        OdfComposer c = OdfComposer.create(FontSet.open()).metaTitle(title).title(title);
        for (SectionDef s : SCHEMA.sections()) {
            c.heading(s.heading, 1);
            if (s.isText()) {
                c.paragraph(s.headingEn + " (test text).");
            } else {
                TableWriter w = variants.getOrDefault(s.table,
                        (cc, v) -> cc.table(name(s.table), official(s.table, v), OdfTemplateWriter.styleOf(s.table)));
                w.write(c, values);
            }
        }
        return c.toBytes();
    }
}
