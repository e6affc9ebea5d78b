package org.nianbao.core.recognise;

import org.nianbao.core.schema.CellKey;
import org.nianbao.core.rules.Rule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.Messages;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Severity;
import org.nianbao.core.schema.Format2019;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T2Block;
import org.nianbao.core.schema.TableId;

/**
 * Finds the four blocks of table 二 in the document's tables, whether they form one table or four,
 * binds the nine value cells by row label, and recognises 2019-format blocks (reported, not read).
 */
final class Table2Recogniser {
    private static final TableId T2 = TableId.T2;
    private final List<T2Block> blocks = ReportSchema.get().t2Blocks();
    private final Report report;
    private final Set<String> boundRows = new HashSet<>();
    private final Set<String> blocks2019 = new HashSet<>();
    /** Blocks whose column row has the 2021 labels: the column row decides the format, not a row label. */
    private final Set<String> blocks2021 = new HashSet<>();
    /** A block's value columns in the order its column row gives them (blocks of several columns). */
    private final java.util.Map<String, List<Labels>> columnOrder = new java.util.HashMap<>();
    /** Blocks whose column row is not understood: not read (T-LAYOUT). */
    private final Set<String> unknownHeader = new HashSet<>();
    private final Set<String> evidence2019 = new LinkedHashSet<>();
    private final String contentLabel = LabelText.normalize(ReportSchema.T2_CONTENT);

    Table2Recogniser(Report report) {
        this.report = report;
    }

    void accept(int tableIndex, Grid grid) {
        T2Block block = null;
        for (List<GridCell> cells : grid.rows) {
            int first = firstNonBlank(cells);
            if (first < 0) continue;
            String text = LabelText.normalize(cells.get(first).text);
            T2Block captioned = blockByCaption(text);
            if (captioned != null) {
                block = captioned;
                continue;
            }
            if (text.contains(LabelText.official(Format2019.T2_ART20_9))) {
                evidence2019.add(Format2019.T2_ART20_9);
                block = null;
                continue;
            }
            if (text.equals(contentLabel)) {
                readHeader(block, cells, first);
                continue;
            }
            if (Format2019.T2_ROWS.stream().anyMatch(r -> LabelText.official(r).equals(text))) {
                Match normative = normativeDocsOf2021(block, text);
                if (normative != null) { // “规范性文件” in a block with the 2021 columns: 行政规范性文件, noted as a variant
                    bindRow(tableIndex, grid, normative, cells, first);
                    continue;
                }
                evidence2019.add(cells.get(first).text.trim());
                if (block != null) blocks2019.add(block.key);
                continue;
            }
            Match m = matchRow(text, block);
            if (m != null) {
                bindRow(tableIndex, grid, m, cells, first);
                block = m.block;
            }
        }
    }

    void finish() {
        if (!evidence2019.isEmpty()) {
            report.addFinding(Messages.finding(Rule.T_2019.id, Severity.ERROR, "table." + T2.id, null, null,
                    "table.format2019", T2.nameZh, String.join("、", evidence2019)));
        }
        if (boundRows.isEmpty()) return;
        List<String> missing = new ArrayList<>();
        CellKey firstKey = null;
        for (T2Block b : blocks) {
            if (blocks2019.contains(b.key) || unknownHeader.contains(b.key)) continue;
            for (Labels row : b.rows) {
                if (boundRows.contains(b.rowKey(row))) continue;
                missing.add(b.caption + " " + row.zh);
                if (firstKey == null) firstKey = key(b, row, b.columns.get(0));
            }
        }
        if (!missing.isEmpty()) {
            Bindings.layoutProblem(report, firstKey, T2, "缺少行 " + String.join("；", missing),
                    missing.size() + " row(s) missing: " + String.join("; ", missing));
        }
    }

    private static final class Match {
        T2Block block;
        Labels row;
    }

    private T2Block blockByCaption(String text) {
        for (T2Block b : blocks) if (text.contains(LabelText.official(b.caption))) return b;
        return null;
    }

    /** The 行政规范性文件 row when {@code text} is 2019's “规范性文件” in a 第二十条第（一）项 block with 2021 columns. */
    private Match normativeDocsOf2021(T2Block block, String text) {
        if (block == null || !blocks2021.contains(block.key) || blocks2019.contains(block.key)) return null;
        for (Labels row : block.rows) {
            if (LabelText.official(row.zh).endsWith(text)) {
                Match m = new Match();
                m.block = block;
                m.row = row;
                return m;
            }
        }
        return null;
    }

    private Match matchRow(String text, T2Block current) {
        for (int pass = 0; pass < 2; pass++) {
            for (T2Block b : blocks) {
                if (pass == 0 && b != current) continue;
                for (Labels row : b.rows) {
                    if (LabelText.matches(text, LabelText.official(row.zh))) {
                        Match m = new Match();
                        m.block = b;
                        m.row = row;
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /** The “信息内容” row: 2019 columns mark the block as 2019; column label variants are noted. */
    private void readHeader(T2Block block, List<GridCell> cells, int first) {
        List<String> headers = new ArrayList<>();
        for (int i = first + 1; i < cells.size(); i++) {
            String t = cells.get(i).text.trim();
            if (!Bindings.isBlank(t)) headers.add(t);
        }
        for (String h : headers) {
            String n = LabelText.normalize(h);
            boolean is2019 = Format2019.T2_ART20_1_COLUMNS.stream().anyMatch(c -> LabelText.normalize(c).equals(n))
                    || Format2019.T2_OTHER_COLUMNS.stream().anyMatch(c -> LabelText.normalize(c).equals(n))
                    || Format2019.T2_ART20_9_COLUMNS.stream().anyMatch(c -> LabelText.normalize(c).equals(n));
            if (is2019) {
                evidence2019.add(h);
                if (block != null) blocks2019.add(block.key);
            }
        }
        if (block == null || blocks2019.contains(block.key) || headers.isEmpty()) return;
        for (String h : headers) {
            for (Labels col : block.columns) if (LabelText.matches(LabelText.normalize(h), LabelText.official(col.zh))) blocks2021.add(block.key);
        }
        if (block.columns.size() > 1) readColumnOrder(block, headers);
        if (block.key.equals("art20_8")) report.amountHeader(headers.get(0));
        for (int c = 0; c < block.columns.size() && c < headers.size(); c++) {
            Labels col = block.columns.get(c);
            String official = LabelText.normalize(col.zh);
            String read = LabelText.normalize(headers.get(c));
            // the amount header legitimately carries local additions (保留4位小数): the rules read it
            if (!block.key.equals("art20_8") && LabelText.matches(read, official)) {
                Bindings.noteVariant(report, key(block, block.rows.get(0), col), T2, headers.get(c), col.zh);
            }
        }
    }

    /** The columns of a block of several by their labels, in the column row's order; T-LAYOUT unless each is there once. */
    private void readColumnOrder(T2Block block, List<String> headers) {
        List<Labels> order = new ArrayList<>();
        String problem = null;
        for (String h : headers) {
            Labels found = null;
            for (Labels col : block.columns) if (LabelText.matches(LabelText.normalize(h), LabelText.official(col.zh))) found = col;
            if (found == null || order.contains(found)) {
                problem = h.replaceAll("\\s+", " ").trim();
                break;
            }
            order.add(found);
        }
        if (problem == null && order.size() == block.columns.size()) {
            columnOrder.put(block.key, order);
            unknownHeader.remove(block.key);
            return;
        }
        if (unknownHeader.add(block.key)) {
            String shown = problem == null ? String.join(" / ", headers) : problem;
            Bindings.layoutProblem(report, key(block, block.rows.get(0), block.columns.get(0)), T2,
                    block.caption + " 的表头“" + shown + "”无法识别，未读取该块的数值",
                    block.caption + ": header “" + shown + "” not understood; no value of the block was read");
        }
    }

    private void bindRow(int tableIndex, Grid grid, Match m, List<GridCell> cells, int labelIndex) {
        String rowId = m.block.rowKey(m.row);
        if (boundRows.contains(rowId) || blocks2019.contains(m.block.key) || unknownHeader.contains(m.block.key)) return;
        List<Labels> columns = columnOrder.getOrDefault(m.block.key, m.block.columns);
        List<GridCell> values = cells.subList(labelIndex + 1, cells.size());
        int wanted = m.block.columns.size();
        CellKey firstKey = key(m.block, m.row, m.block.columns.get(0));
        if (values.size() < wanted) {
            Bindings.layoutProblem(report, firstKey, T2,
                    m.block.caption + " " + m.row.zh + " 有 " + values.size() + " 个数据单元格，应为 " + wanted + " 个",
                    m.row.en + " has " + values.size() + " value cells instead of " + wanted);
            return;
        }
        // an unmerged single-value row has its value in the first cell; cells after the values must be empty
        // (a value cell split in two shifts the values: which cell means what is unclear)
        for (int i = wanted; i < values.size(); i++) {
            if (Bindings.isBlank(values.get(i).text)) continue;
            if (wanted == 1) {
                Bindings.layoutProblem(report, firstKey, T2,
                        m.block.caption + " " + m.row.zh + " 的数值应只填在一个单元格中",
                        m.row.en + " should hold one value, found several cells filled");
            } else {
                Bindings.layoutProblem(report, firstKey, T2,
                        m.block.caption + " " + m.row.zh + " 有 " + values.size() + " 个数据单元格，应为 " + wanted + " 个",
                        m.row.en + " has " + values.size() + " value cells instead of " + wanted);
            }
            return;
        }
        for (int c = 0; c < wanted; c++) {
            Bindings.bind(report, key(m.block, m.row, columns.get(c)), tableIndex, grid, values.get(c));
        }
        boundRows.add(rowId);
        Bindings.noteVariant(report, firstKey, T2, cells.get(labelIndex).text, m.row.zh);
    }

    private static CellKey key(T2Block b, Labels row, Labels col) {
        return CellKey.of(TableId.T2, b.key, row.key, col.key);
    }

    private static int firstNonBlank(List<GridCell> cells) {
        for (int i = 0; i < cells.size(); i++) if (!Bindings.isBlank(cells.get(i).text)) return i;
        return -1;
    }
}
