package org.nianbao.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Json;
import org.nianbao.core.rules.Evaluation;

/**
 * {@code check DIR --summary FILE} (issue 11): one row per file — agency, year, file, errors, warnings and the
 * key figures 新收/办结/结转/复议/诉讼, or why it was not read or not checked — sorted by agency, then every
 * finding with the cell in words. The same rows go to .csv (UTF-8 with BOM, for WPS and Excel), .xlsx (a
 * minimal SpreadsheetML package written with java.util.zip: two sheets, inline strings), .ods (odfdom, already the
 * template's library: the same two sheets) and .html (one
 * self-contained printable page).
 */
final class Summary {
    /** Key figures: column header id → the keys summed. */
    private static final String[][] FIGURES = {
            {"summary.new", "apply.new.total"},
            {"summary.done", "apply.results.total.total"},
            {"summary.forward", "apply.carry_forward.total"},
            {"summary.review", "appeal.review.total"},
            {"summary.suit", "appeal.suit_direct.total", "appeal.suit_after_review.total"}};

    private final CliText text;
    private final List<FileResult> results = new ArrayList<>();
    private final List<DocumentFiles.NotChecked> notChecked = new ArrayList<>();

    Summary(CliText text) {
        this.text = text;
    }

    static boolean supports(Path file) {
        String e = DocumentFormats.extension(file);
        return e.equals("csv") || e.equals("xlsx") || e.equals("ods") || e.equals("html") || e.equals("htm");
    }

    synchronized void add(FileResult r) {
        results.add(r);
    }

    void notChecked(List<DocumentFiles.NotChecked> n) {
        notChecked.addAll(n);
    }

    // ------------------------------------------------------------------ rows

    List<String> reportHeader() {
        List<String> h = new ArrayList<>(List.of(text.get("summary.agency"), text.get("summary.year"), text.get("summary.file"),
                text.get("summary.status"), text.get("summary.errors"), text.get("summary.warnings")));
        for (String[] f : FIGURES) h.add(text.get(f[0]));
        return h;
    }

    /** Sorted by agency (unknown last), then file; then the files not checked. */
    List<List<String>> reportRows() {
        List<FileResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((FileResult r) -> agency(r) == null ? "\uffff" : agency(r))
                .thenComparing(r -> r.path.toString()));
        List<List<String>> rows = new ArrayList<>();
        for (FileResult r : sorted) {
            List<String> row = new ArrayList<>();
            row.add(agency(r) == null ? "" : agency(r));
            row.add(r.report != null && r.report.year() != null ? r.report.year().toString() : "");
            row.add(r.path.toString());
            if (!r.readable()) {
                row.add(text.get("summary.unreadable", r.error));
                rows.add(row);
                continue;
            }
            Evaluation ev = r.evaluation;
            row.add(ev.errorCount() > 0 ? text.get("summary.has.errors") : text.get("summary.passed"));
            row.add(Integer.toString(ev.errorCount()));
            row.add(Integer.toString(ev.warningCount()));
            for (String[] f : FIGURES) row.add(figure(ev, f));
            rows.add(row);
        }
        for (DocumentFiles.NotChecked n : notChecked) {
            rows.add(new ArrayList<>(List.of("", "", n.path.toString(), text.get("summary.not.checked", text.get(n.reasonId)))));
        }
        return rows;
    }

    List<String> findingHeader() {
        return List.of(text.get("summary.agency"), text.get("summary.file"), text.get("summary.severity"),
                text.get("summary.rule"), text.get("summary.message"));
    }

    List<List<String>> findingRows() {
        List<FileResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing((FileResult r) -> agency(r) == null ? "\uffff" : agency(r))
                .thenComparing(r -> r.path.toString()));
        List<List<String>> rows = new ArrayList<>();
        for (FileResult r : sorted) {
            if (!r.readable()) continue;
            for (Finding f : r.evaluation.findings()) {
                rows.add(List.of(agency(r) == null ? "" : agency(r), r.path.toString(), text.get("severity." + f.severity.id),
                        f.rule, f.message(text.lang)));
            }
        }
        return rows;
    }

    private static String agency(FileResult r) {
        return r.report == null ? null : r.report.agency();
    }

    private static String figure(Evaluation ev, String[] f) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 1; i < f.length; i++) {
            BigDecimal v = ev.values().get(f[i]);
            if (v == null) return "";
            sum = sum.add(v);
        }
        return Json.number(sum);
    }

    // ------------------------------------------------------------------ writers

    void write(Path file) throws IOException {
        String e = DocumentFormats.extension(file);
        byte[] bytes = e.equals("csv") ? csv() : e.equals("xlsx") ? xlsx() : e.equals("ods") ? ods()
                : html().getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
    }

    byte[] csv() {
        StringBuilder b = new StringBuilder("\uFEFF");
        csvRow(b, reportHeader());
        for (List<String> r : reportRows()) csvRow(b, r);
        b.append("\r\n");
        csvRow(b, findingHeader());
        for (List<String> r : findingRows()) csvRow(b, r);
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void csvRow(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            String c = cells.get(i);
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?\\d+(\\.\\d+)?")) c = "'" + c; // no formulas
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }

    String html() {
        StringBuilder b = new StringBuilder(16 * 1024);
        b.append("<!DOCTYPE html><html lang=\"").append(text.lang.equals("en") ? "en" : "zh-CN").append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(text.get("summary.title"))).append("</title><style>")
                .append("body{font-family:\"Noto Sans CJK SC\",\"Microsoft YaHei\",SimSun,sans-serif;margin:1.5em;font-size:11pt}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}th,td{border:1px solid #444;padding:3px 6px;")
                .append("vertical-align:top}th{background:#eee}td.n{text-align:right}tr.err td.s{color:#b00;font-weight:bold}")
                .append("h2{page-break-before:auto}@media print{body{margin:0}tr{page-break-inside:avoid}thead{display:table-header-group}}")
                .append("</style></head><body><h1>").append(esc(text.get("summary.title"))).append("</h1>");
        table(b, reportHeader(), reportRows(), 4);
        b.append("<h2>").append(esc(text.get("summary.findings"))).append("</h2>");
        table(b, findingHeader(), findingRows(), Integer.MAX_VALUE);
        return b.append("</body></html>\n").toString();
    }

    private static void table(StringBuilder b, List<String> header, List<List<String>> rows, int firstNumber) {
        b.append("<table><thead><tr>");
        for (String h : header) b.append("<th>").append(esc(h)).append("</th>");
        b.append("</tr></thead><tbody>");
        for (List<String> r : rows) {
            boolean err = r.size() > 4 && firstNumber == 4 && !"0".equals(r.get(4));
            b.append(err ? "<tr class=\"err\">" : "<tr>");
            for (int i = 0; i < header.size(); i++) {
                String c = i < r.size() ? r.get(i) : "";
                b.append(i == 3 ? "<td class=\"s\">" : i >= firstNumber ? "<td class=\"n\">" : "<td>").append(esc(c)).append("</td>");
            }
            b.append("</tr>");
        }
        b.append("</tbody></table>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    byte[] xlsx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            entry(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(z, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                    + "</Relationships>");
            entry(z, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"" + esc(text.get("summary.sheet.reports")) + "\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "<sheet name=\"" + esc(text.get("summary.sheet.findings")) + "\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>");
            entry(z, "xl/worksheets/sheet1.xml", sheet(reportHeader(), reportRows(), 4));
            entry(z, "xl/worksheets/sheet2.xml", sheet(findingHeader(), findingRows(), Integer.MAX_VALUE));
        }
        return bytes.toByteArray();
    }

    byte[] ods() throws IOException {
        try {
            org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument doc = org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument.newSpreadsheetDocument();
            org.odftoolkit.odfdom.doc.table.OdfTable reports = doc.getTableList().get(0);
            reports.setTableName(text.get("summary.sheet.reports"));
            fill(reports, reportHeader(), reportRows(), 4);
            List<List<String>> findings = findingRows();
            org.odftoolkit.odfdom.doc.table.OdfTable sheet2 = org.odftoolkit.odfdom.doc.table.OdfTable.newTable(doc,
                    findings.size() + 1, findingHeader().size());
            sheet2.setTableName(text.get("summary.sheet.findings"));
            fill(sheet2, findingHeader(), findings, Integer.MAX_VALUE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void fill(org.odftoolkit.odfdom.doc.table.OdfTable t, List<String> header, List<List<String>> rows, int firstNumber) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            List<String> row = all.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v.isEmpty()) continue;
                if (r > 0 && c >= firstNumber && v.matches("-?\\d+(\\.\\d+)?")) t.getCellByPosition(c, r).setDoubleValue(Double.valueOf(v));
                else t.getCellByPosition(c, r).setStringValue(xmlSafe(v));
            }
        }
    }

    private static void entry(ZipOutputStream z, String name, String xml) throws IOException {
        z.putNextEntry(new ZipEntry(name));
        z.write(xml.getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
    }

    /** Numbers in the figure columns as numbers; everything else an inline string. */
    private static String sheet(List<String> header, List<List<String>> rows, int firstNumber) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            b.append("<row r=\"").append(r + 1).append("\">");
            List<String> row = all.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                String ref = column(c) + (r + 1);
                if (r > 0 && c >= firstNumber && v.matches("-?\\d+(\\.\\d+)?")) {
                    b.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                } else if (!v.isEmpty()) {
                    b.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").append(esc(xmlSafe(v)))
                            .append("</t></is></c>");
                }
            }
            b.append("</row>");
        }
        return b.append("</sheetData></worksheet>").toString();
    }

    private static String xmlSafe(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", " ");
    }

    private static String column(int c) {
        StringBuilder s = new StringBuilder();
        for (int n = c + 1; n > 0; n = (n - 1) / 26) s.insert(0, (char) ('A' + (n - 1) % 26));
        return s.toString();
    }

}
