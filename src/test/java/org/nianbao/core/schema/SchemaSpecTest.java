package org.nianbao.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Compares {@link ReportSchema} with the spec, character for character: the YAML of spec §7 (every label
 * and key of tables 二/三/四 and the section headings) and the HTML skeletons of spec §3 (texts and spans of
 * every row of each {@link TableLayout}). The spec is the project's own copy, {@code docs/format-2021.md}.
 */
class SchemaSpecTest {
    static final ReportSchema S = ReportSchema.get();
    static String spec;
    static Map<String, Object> yaml;

    @BeforeAll
    static void readSpec() throws IOException {
        Path path = Paths.get(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("docs/format-2021.md");
        if (!Files.isRegularFile(path)) fail("spec not found at " + path.toAbsolutePath().normalize());
        spec = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        List<String> yamlBlocks = fenced(section("## 7."), "yaml");
        assertEquals(1, yamlBlocks.size(), "one YAML block in §7");
        yaml = new Yaml().load(yamlBlocks.get(0));
    }

    // ------------------------------------------------------------------ YAML of §7

    @Test
    void formatIdentity() {
        Map<String, Object> format = map(yaml.get("format"));
        same(format.get("id"), ReportSchema.FORMAT_ID, "format.id");
        same(format.get("name"), ReportSchema.FORMAT_NAME, "format.name");
        same(format.get("doc_no"), ReportSchema.DOC_NO, "format.doc_no");
    }

    @Test
    void sectionHeadings() {
        List<Map<String, Object>> sections = list(map(yaml.get("format")).get("sections"));
        assertEquals(sections.size(), S.sections().size());
        for (int i = 0; i < sections.size(); i++) {
            Map<String, Object> y = sections.get(i);
            SectionDef s = S.sections().get(i);
            same(y.get("key"), s.key, "section key");
            same(y.get("label"), s.heading, "section heading " + s.key);
            assertEquals("text".equals(y.get("kind")), s.isText(), s.key);
            if (!s.isText()) same(table(str(y.get("table"))).get("prefix"), s.table.prefix, "section table " + s.key);
            assertEquals(i + 1, s.index);
        }
    }

    @Test
    void table2Labels() {
        Map<String, Object> t = table("t2_active");
        same(t.get("prefix"), TableId.T2.prefix, "t2 prefix");
        same(t.get("caption"), S.sectionOf(TableId.T2).heading, "t2 caption");
        assertEquals(t.get("grid_columns"), S.layout(TableId.T2).columns);
        List<Map<String, Object>> blocks = list(t.get("blocks"));
        assertEquals(blocks.size(), S.t2Blocks().size());
        for (int b = 0; b < blocks.size(); b++) {
            Map<String, Object> y = blocks.get(b);
            T2Block block = S.t2Blocks().get(b);
            same(y.get("key"), block.key, "block key");
            same(y.get("caption"), block.caption, "block caption " + block.key);
            List<Map<String, Object>> cols = list(y.get("columns"));
            same(cols.get(0).get("label"), ReportSchema.T2_CONTENT, "row label column of " + block.key);
            assertEquals("row_label", cols.get(0).get("role"));
            assertEquals(cols.size() - 1, block.columns.size(), block.key);
            for (int c = 1; c < cols.size(); c++) {
                Map<String, Object> yc = cols.get(c);
                Labels col = block.columns.get(c - 1);
                same(yc.get("key"), col.key, "column key " + block.key);
                same(yc.get("label"), col.zh, "column label " + block.key + "." + col.key);
                assertEquals("int".equals(yc.get("type")) ? ValueType.COUNT : ValueType.AMOUNT, block.type, block.key);
                int colspan = yc.get("colspan") == null ? 1 : (Integer) yc.get("colspan");
                assertEquals(colspan, 3 / block.columns.size(), "colspan " + block.key);
            }
            List<Map<String, Object>> rows = list(y.get("rows"));
            assertEquals(rows.size(), block.rows.size());
            for (int r = 0; r < rows.size(); r++) {
                same(rows.get(r).get("key"), block.rows.get(r).key, "row key " + block.key);
                same(rows.get(r).get("label"), block.rows.get(r).zh, "row label " + block.key);
            }
        }
    }

    @Test
    void table3Labels() {
        Map<String, Object> t = table("t3_apply");
        same(t.get("prefix"), TableId.T3.prefix, "t3 prefix");
        same(t.get("caption"), S.sectionOf(TableId.T3).heading, "t3 caption");
        assertEquals(t.get("grid_columns"), S.layout(TableId.T3).columns);
        same(map(t.get("corner_note")).get("text"), ReportSchema.T3_CORNER_NOTE, "corner note");
        List<Map<String, Object>> header = list(t.get("column_header"));
        assertEquals(1, header.size());
        same(header.get(0).get("label"), ReportSchema.T3_APPLICANTS, "申请人情况");
        List<Map<String, Object>> children = list(header.get(0).get("children"));
        List<Map<String, Object>> flat = new ArrayList<>();
        for (Map<String, Object> ch : children) {
            if (ch.containsKey("children")) {
                same(ch.get("label"), ReportSchema.T3_LEGAL_PERSONS, "法人或其他组织");
                flat.addAll(list(ch.get("children")));
            } else {
                flat.add(ch);
            }
        }
        assertEquals(flat.size(), S.t3Columns().size());
        List<?> inOrder = values(t.get("columns_in_order"));
        for (int i = 0; i < flat.size(); i++) {
            Labels col = S.t3Columns().get(i);
            same(flat.get(i).get("key"), col.key, "t3 column key");
            same(flat.get(i).get("label"), col.zh, "t3 column label " + col.key);
            same(inOrder.get(i), col.key, "columns_in_order");
            boolean computed = Boolean.TRUE.equals(flat.get(i).get("computed"));
            assertEquals(computed, S.cell("apply.new." + col.key).computed, col.key);
        }
        List<String[]> rows = new ArrayList<>();
        flattenRows(list(t.get("rows")), "", null, null, rows);
        assertEquals(rows.size(), S.t3Rows().size(), "25 rows");
        for (int i = 0; i < rows.size(); i++) {
            String[] y = rows.get(i);
            T3Row r = S.t3Rows().get(i);
            same(y[0], r.key, "t3 row key");
            same(y[1], r.label, "t3 row label " + r.key);
            same(y[2], r.part, "t3 part of " + r.key);
            same(y[3], r.group, "t3 group of " + r.key);
            assertEquals(Boolean.parseBoolean(y[4]), r.computed, r.key);
        }
    }

    /** Leaf rows of table 三 as {key path, label, part label, group label, computed}. */
    private static void flattenRows(List<Map<String, Object>> rows, String prefix, String part, String group, List<String[]> out) {
        for (Map<String, Object> r : rows) {
            String key = prefix + r.get("key");
            if (r.containsKey("children")) {
                if (part == null) flattenRows(list(r.get("children")), key + ".", str(r.get("label")), null, out);
                else flattenRows(list(r.get("children")), key + ".", part, str(r.get("label")), out);
            } else {
                out.add(new String[] {key, str(r.get("label")), part, group, String.valueOf(Boolean.TRUE.equals(r.get("computed")))});
            }
        }
    }

    @Test
    void table4Labels() {
        Map<String, Object> t = table("t4_appeal");
        same(t.get("prefix"), TableId.T4.prefix, "t4 prefix");
        same(t.get("caption"), S.sectionOf(TableId.T4).heading, "t4 caption");
        assertEquals(t.get("grid_columns"), S.layout(TableId.T4).columns);
        List<Map<String, Object>> header = list(t.get("column_header"));
        List<String[]> groups = new ArrayList<>(); // key, label, parent
        List<List<Map<String, Object>>> columns = new ArrayList<>();
        for (Map<String, Object> h : header) {
            if (h.containsKey("key")) {
                groups.add(new String[] {str(h.get("key")), str(h.get("label")), null});
                columns.add(list(h.get("children")));
            } else {
                same(h.get("label"), ReportSchema.T4_SUIT, "行政诉讼");
                for (Map<String, Object> g : list(h.get("children"))) {
                    groups.add(new String[] {str(g.get("key")), str(g.get("label")), str(h.get("label"))});
                    columns.add(list(g.get("children")));
                }
            }
        }
        same(groups.get(0)[1], ReportSchema.T4_REVIEW, "行政复议");
        assertEquals(groups.size(), S.t4Groups().size());
        for (int g = 0; g < groups.size(); g++) {
            T4Group group = S.t4Groups().get(g);
            same(groups.get(g)[0], group.key, "t4 group key");
            same(groups.get(g)[1], group.label, "t4 group label " + group.key);
            same(groups.get(g)[2], group.parent, "t4 group parent " + group.key);
            List<Map<String, Object>> cols = columns.get(g);
            assertEquals(cols.size(), S.t4Columns().size());
            for (int c = 0; c < cols.size(); c++) {
                Labels col = S.t4Columns().get(c);
                same(cols.get(c).get("key"), col.key, "t4 column key");
                same(cols.get(c).get("label"), col.zh, "t4 column label " + group.key + "." + col.key);
                assertEquals(Boolean.TRUE.equals(cols.get(c).get("computed")),
                        S.cell("appeal." + group.key + "." + col.key).computed, group.key + "." + col.key);
            }
        }
    }

    @Test
    void everyKeyInDocumentOrderWithItsComputedFlag() {
        List<String> keys = new ArrayList<>();
        List<Boolean> computed = new ArrayList<>();
        Map<String, Object> t2 = table("t2_active");
        for (Map<String, Object> b : list(t2.get("blocks"))) {
            for (Map<String, Object> row : list(b.get("rows"))) {
                for (Map<String, Object> col : list(b.get("columns"))) {
                    if ("row_label".equals(col.get("role"))) continue;
                    keys.add(t2.get("prefix") + "." + b.get("key") + "." + row.get("key") + "." + col.get("key"));
                    computed.add(false);
                }
            }
        }
        Map<String, Object> t3 = table("t3_apply");
        List<String[]> rows = new ArrayList<>();
        flattenRows(list(t3.get("rows")), "", null, null, rows);
        for (String[] row : rows) {
            for (Object col : values(t3.get("columns_in_order"))) {
                keys.add(t3.get("prefix") + "." + row[0] + "." + col);
                computed.add(Boolean.parseBoolean(row[4]) || "total".equals(col));
            }
        }
        Map<String, Object> t4 = table("t4_appeal");
        for (Map<String, Object> h : list(t4.get("column_header"))) {
            List<Map<String, Object>> groups = h.containsKey("key") ? List.of(h) : list(h.get("children"));
            for (Map<String, Object> g : groups) {
                for (Map<String, Object> col : list(g.get("children"))) {
                    keys.add(t4.get("prefix") + "." + g.get("key") + "." + col.get("key"));
                    computed.add(Boolean.TRUE.equals(col.get("computed")));
                }
            }
        }
        List<CellDef> cells = S.cells();
        // table 二: 6 + 1 + 2 + 1 = 10 value cells (the spec text says “all 9”, a miscount)
        assertEquals(10 + 25 * 7 + 15, keys.size());
        assertEquals(keys.size(), cells.size());
        for (int i = 0; i < keys.size(); i++) {
            same(keys.get(i), cells.get(i).key, "key #" + i);
            assertEquals(computed.get(i), cells.get(i).computed, keys.get(i));
            assertEquals(i, cells.get(i).order, keys.get(i));
        }
        // the examples of §7 and of the project context
        for (String k : new String[] {"apply.new.natural_person", "apply.results.denied.state_secret.total",
                "active.art20_1.rules.issued", "appeal.suit_direct.total", "active.art20_8.admin_fees.amount",
                "apply.results.total.total", "apply.carry_forward.other_org", "appeal.review.upheld"}) {
            assertTrue(S.hasCell(k), k);
        }
    }

    // ------------------------------------------------------------------ HTML skeletons of §3

    @Test
    void layoutsMatchTheHtmlSkeletons() {
        List<String> html = fenced(section("## 3."), "html");
        assertEquals(3, html.size(), "three skeletons in §3");
        TableId[] tables = {TableId.T2, TableId.T3, TableId.T4};
        for (int t = 0; t < 3; t++) {
            List<List<String[]>> expected = parseHtml(html.get(t));
            TableLayout layout = S.layout(tables[t]);
            assertEquals(expected.size(), layout.rows.size(), tables[t] + " rows");
            for (int r = 0; r < expected.size(); r++) {
                List<String[]> er = expected.get(r);
                List<LayoutCell> lr = layout.rows.get(r);
                assertEquals(er.size(), lr.size(), tables[t] + " row " + r + " cells");
                for (int c = 0; c < er.size(); c++) {
                    String where = tables[t] + " row " + r + " cell " + c;
                    LayoutCell cell = lr.get(c);
                    same(er.get(c)[0], cell.text, where + " text");
                    assertEquals(Integer.parseInt(er.get(c)[1]), cell.colspan, where + " colspan");
                    assertEquals(Integer.parseInt(er.get(c)[2]), cell.rowspan, where + " rowspan");
                    assertEquals(er.get(c)[0].isEmpty(), cell.isValue(), where + " value cell");
                }
            }
            checkGrid(layout);
        }
    }

    /** Every row of a layout fills exactly the grid's columns, counting cells covered by rowspans above. */
    private static void checkGrid(TableLayout layout) {
        int[][] cols = layout.gridColumns();
        int[] coveredUntil = new int[layout.columns];
        for (int r = 0; r < layout.rows.size(); r++) {
            int used = 0;
            for (int c = 0; c < layout.columns; c++) if (coveredUntil[c] > r) used++;
            for (int i = 0; i < layout.rows.get(r).size(); i++) {
                LayoutCell cell = layout.rows.get(r).get(i);
                used += cell.colspan;
                for (int c = cols[r][i]; c < cols[r][i] + cell.colspan; c++) coveredUntil[c] = r + cell.rowspan;
            }
            assertEquals(layout.columns, used, layout.table + " row " + r + " width");
        }
    }

    private static final Pattern TR = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td([^>]*)>(.*?)</td>|<!--\\s*(\\d+)(?:\\s*cells)?\\s*-->", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(colspan|rowspan)=\"(\\d+)\"");

    /** Rows of {text, colspan, rowspan}; an empty text is a value cell; “<!-- 7 -->” stands for 7 value cells. */
    static List<List<String[]>> parseHtml(String html) {
        List<List<String[]>> rows = new ArrayList<>();
        Matcher tr = TR.matcher(html);
        while (tr.find()) {
            List<String[]> row = new ArrayList<>();
            Matcher m = CELL.matcher(tr.group(1));
            while (m.find()) {
                if (m.group(3) != null) {
                    for (int i = 0; i < Integer.parseInt(m.group(3)); i++) row.add(new String[] {"", "1", "1"});
                    continue;
                }
                String colspan = "1";
                String rowspan = "1";
                Matcher a = ATTR.matcher(m.group(1));
                while (a.find()) {
                    if (a.group(1).equals("colspan")) colspan = a.group(2);
                    else rowspan = a.group(2);
                }
                row.add(new String[] {m.group(2), colspan, rowspan});
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void htmlParserReadsSpansAndPlaceholders() {
        List<List<String[]>> rows = parseHtml("<table>\n<tr><td colspan=\"3\" rowspan=\"2\">甲</td><!-- 2 --></tr>\n"
                + "<tr><td rowspan=\"2\">乙</td><td colspan=\"3\"></td><!-- 15 cells --></tr></table>");
        assertEquals(2, rows.size());
        assertEquals(List.of("甲", "3", "2"), List.of(rows.get(0).get(0)));
        assertEquals(3, rows.get(0).size());
        assertEquals(List.of("", "3", "1"), List.of(rows.get(1).get(1)));
        assertEquals(17, rows.get(1).size());
    }

    // ------------------------------------------------------------------ helpers

    /** Character-for-character comparison that names the first differing code point. */
    static void same(Object specText, String schemaText, String where) {
        String expected = specText == null ? null : specText.toString();
        if (expected == null) {
            assertNull(schemaText, where);
            return;
        }
        if (expected.equals(schemaText)) return;
        if (schemaText == null) fail(where + ": spec “" + expected + "”, schema null");
        int i = 0;
        while (i < Math.min(expected.length(), schemaText.length()) && expected.charAt(i) == schemaText.charAt(i)) i++;
        String e = i < expected.length() ? String.format("U+%04X", (int) expected.charAt(i)) : "end";
        String a = i < schemaText.length() ? String.format("U+%04X", (int) schemaText.charAt(i)) : "end";
        fail(where + ": spec “" + expected + "” vs schema “" + schemaText + "”, first difference at " + i + ": " + e + " vs " + a);
    }

    private static String section(String heading) {
        int start = spec.indexOf("\n" + heading);
        assertTrue(start >= 0, heading + " not in spec");
        int end = spec.indexOf("\n## ", start + 1);
        return spec.substring(start, end < 0 ? spec.length() : end);
    }

    private static List<String> fenced(String text, String lang) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```" + lang + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static Map<String, Object> table(String id) {
        for (Map<String, Object> t : list(yaml.get("tables"))) if (id.equals(t.get("id"))) return t;
        throw new AssertionError("no table " + id + " in the spec YAML");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    private static List<?> values(Object o) {
        return (List<?>) o;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
