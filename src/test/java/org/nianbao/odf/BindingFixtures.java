package org.nianbao.odf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.nianbao.core.schema.LayoutCell;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * The five layouts of issue 7 as .odt files, each a whole report with {@link VariantFixtures#balancedValues()}:
 * table 三's columns in another order (总计 first, 科研机构 before 商业企业) and with a 法人或其他组织 小计 column;
 * table 三 typed with full row labels and no merges, （六）'s items without their group row; the report below
 * its title inside a one-cell layout table; a 2021 table 二 whose row says 规范性文件; table 三 as a picture.
 */
public final class BindingFixtures {
    /** Table 三's value columns in this fixture's order (official keys), 总计 first. */
    public static final List<String> REORDERED = List.of("total", "natural_person", "research", "commercial",
            "social_welfare", "legal_service", "other_org");
    private static final List<String> OFFICIAL = List.of("natural_person", "commercial", "research", "social_welfare",
            "legal_service", "other_org", "total");

    private BindingFixtures() {
    }

    /** Case 1: 总计 / 自然人 / 法人或其他组织 (科研机构, 商业企业, …) — every value must go to its own key. */
    public static byte[] t3ColumnsReordered() throws IOException {
        Map<String, String> values = VariantFixtures.balancedValues();
        List<List<LayoutCell>> rows = new ArrayList<>();
        rows.add(List.of(LayoutCell.label(ReportSchema.T3_CORNER_NOTE, 3, 3), LayoutCell.label(ReportSchema.T3_APPLICANTS, 7, 1)));
        rows.add(List.of(LayoutCell.label("总计", 1, 2), LayoutCell.label("自然人", 1, 2),
                LayoutCell.label(ReportSchema.T3_LEGAL_PERSONS, 5, 1)));
        rows.add(List.of(LayoutCell.label("科研机构"), LayoutCell.label("商业企业"), LayoutCell.label("社会公益组织"),
                LayoutCell.label("法律服务机构"), LayoutCell.label("其他")));
        List<List<LayoutCell>> official = VariantFixtures.official(TableId.T3, values);
        for (List<LayoutCell> row : official.subList(3, official.size())) {
            List<LayoutCell> r = new ArrayList<>(row.subList(0, row.size() - 7));
            List<LayoutCell> v = row.subList(row.size() - 7, row.size());
            for (String col : REORDERED) r.add(v.get(OFFICIAL.indexOf(col)));
            rows.add(r);
        }
        return VariantFixtures.report(values, Map.of(TableId.T3, (c, vs) -> c.table(VariantFixtures.name(TableId.T3), rows,
                OdfTemplateWriter.styleOf(TableId.T3))));
    }

    /** Case 1b: eight columns, 法人或其他组织 over its five columns and 小计; the subtotal of row 一 is off by {@code subtotalError}. */
    public static byte[] t3WithSubtotal(int subtotalError) throws IOException {
        Map<String, String> values = VariantFixtures.balancedValues();
        List<List<LayoutCell>> rows = new ArrayList<>();
        rows.add(List.of(LayoutCell.label(ReportSchema.T3_CORNER_NOTE, 3, 3), LayoutCell.label(ReportSchema.T3_APPLICANTS, 8, 1)));
        rows.add(List.of(LayoutCell.label("自然人", 1, 2), LayoutCell.label(ReportSchema.T3_LEGAL_PERSONS, 6, 1),
                LayoutCell.label("总计", 1, 2)));
        rows.add(List.of(LayoutCell.label("商业企业"), LayoutCell.label("科研机构"), LayoutCell.label("社会公益组织"),
                LayoutCell.label("法律服务机构"), LayoutCell.label("其他"), LayoutCell.label("小计")));
        List<List<LayoutCell>> official = VariantFixtures.official(TableId.T3, values);
        List<org.nianbao.core.schema.T3Row> t3Rows = ReportSchema.get().t3Rows();
        for (int i = 3; i < official.size(); i++) {
            List<LayoutCell> row = official.get(i);
            String rowKey = t3Rows.get(i - 3).key;
            long sum = 0;
            for (String col : OFFICIAL.subList(1, 6)) sum += Long.parseLong(values.get("apply." + rowKey + "." + col));
            if (rowKey.equals("new")) sum += subtotalError;
            List<LayoutCell> r = new ArrayList<>(row.subList(0, row.size() - 1));
            r.add(LayoutCell.label(Long.toString(sum)));
            r.add(row.get(row.size() - 1));
            rows.add(r);
        }
        double[] w = {8, 15, 33, 13, 13, 13, 13, 13, 13, 13, 13};
        return VariantFixtures.report(values, Map.of(TableId.T3, (c, vs) -> c.table(VariantFixtures.name(TableId.T3), rows,
                new TableStyle(w, 9, 9, 3))));
    }

    /**
     * Case 2: typed by hand, nothing merged: one label cell per row holding the full label
     * (“三、本年度办理结果（三）不予公开 1.属于国家秘密”), except （六）'s items, which stand without any group.
     */
    public static byte[] t3FullLabels() throws IOException {
        Map<String, String> values = VariantFixtures.balancedValues();
        List<List<LayoutCell>> rows = new ArrayList<>();
        rows.add(row(ReportSchema.T3_CORNER_NOTE, ReportSchema.T3_APPLICANTS, "", "", "", "", "", ""));
        rows.add(row("", "自然人", ReportSchema.T3_LEGAL_PERSONS, "", "", "", "", "总计"));
        rows.add(row("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        for (org.nianbao.core.schema.T3Row t : ReportSchema.get().t3Rows()) {
            String label = t.label;
            if (t.group != null && !t.group.startsWith("（六）")) label = t.part + t.group + " " + t.label;
            else if (t.part != null && t.group == null) label = t.part + t.label;
            List<LayoutCell> r = new ArrayList<>();
            r.add(LayoutCell.label(label));
            for (String col : OFFICIAL) {
                String key = "apply." + t.key + "." + col;
                r.add(new LayoutCell(values.get(key), key, 1, 1));
            }
            rows.add(r);
        }
        double[] w = {50, 14, 14, 14, 14, 14, 14, 14};
        return VariantFixtures.report(values, Map.of(TableId.T3, (c, vs) -> c.table(VariantFixtures.name(TableId.T3), rows,
                new TableStyle(w, 9, 9, 3))));
    }

    private static List<LayoutCell> row(String... texts) {
        List<LayoutCell> r = new ArrayList<>();
        for (String t : texts) r.add(LayoutCell.label(t));
        return r;
    }

    /** Case 3: the official report with everything below the title inside a one-cell table (a web page's frame). */
    public static byte[] inLayoutFrame() throws IOException {
        byte[] plain = VariantFixtures.report(VariantFixtures.balancedValues(), Map.of());
        return rewrite(plain, content -> {
            int title = content.indexOf("</text:p>", content.indexOf("<office:text")) + "</text:p>".length();
            int end = content.indexOf("</office:text>");
            return content.substring(0, title)
                    + "<table:table table:name=\"网页框架\"><table:table-column/><table:table-row><table:table-cell>"
                    + content.substring(title, end)
                    + "</table:table-cell></table:table-row></table:table>" + content.substring(end);
        }, null);
    }

    /** Case 4: a 2021 table 二 whose 第二十条第（一）项 row says 规范性文件, as many published reports print it. */
    public static byte[] t2NormativeDocs() throws IOException {
        Map<String, String> values = VariantFixtures.balancedValues();
        List<List<LayoutCell>> rows = SampleReportFixture.relabel(ReportSchema.get().layout(TableId.T2).rows,
                s -> s.equals("行政规范性文件") ? "规范性文件" : s, values::get);
        return VariantFixtures.report(values, Map.of(TableId.T2, (c, vs) -> c.table(VariantFixtures.name(TableId.T2), rows,
                OdfTemplateWriter.styleOf(TableId.T2))));
    }

    /** Case 5: table 三 pasted as a picture (a PNG in the package) under its heading. */
    public static byte[] t3AsPicture() throws IOException {
        byte[] plain = VariantFixtures.report(VariantFixtures.balancedValues(), Map.of());
        String name = VariantFixtures.name(TableId.T3);
        return rewrite(plain, content -> {
            int start = content.indexOf("<table:table table:name=\"" + name + "\"");
            int end = content.indexOf("</table:table>", start) + "</table:table>".length();
            return content.substring(0, start)
                    + "<text:p><draw:frame draw:name=\"表三截图\" text:anchor-type=\"as-char\" svg:width=\"15cm\" svg:height=\"10cm\">"
                    + "<draw:image xlink:href=\"Pictures/table3.png\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/>"
                    + "</draw:frame></text:p>" + content.substring(end);
        }, png());
    }

    private static byte[] png() throws IOException {
        BufferedImage img = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 60; x++) for (int y = 0; y < 40; y++) img.setRGB(x, y, (x % 10 == 0 || y % 8 == 0) ? 0 : 0xffffff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** The package with content.xml rewritten (namespaces for draw/svg/xlink added) and a picture added when given. */
    private static byte[] rewrite(byte[] odt, UnaryOperator<String> content, byte[] picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(odt)); ZipOutputStream z = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("content.xml")) {
                    String s = new String(data, StandardCharsets.UTF_8);
                    s = withNamespaces(s);
                    data = content.apply(s).getBytes(StandardCharsets.UTF_8);
                } else if (e.getName().equals("META-INF/manifest.xml") && picture != null) {
                    String s = new String(data, StandardCharsets.UTF_8);
                    int at = s.lastIndexOf("</manifest:manifest>");
                    s = s.substring(0, at) + "<manifest:file-entry manifest:full-path=\"Pictures/table3.png\" manifest:media-type=\"image/png\"/>"
                            + s.substring(at);
                    data = s.getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getName().equals("mimetype")) {
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                z.putNextEntry(copy);
                z.write(data);
                z.closeEntry();
            }
            if (picture != null) {
                z.putNextEntry(new ZipEntry("Pictures/table3.png"));
                z.write(picture);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String withNamespaces(String s) {
        int root = s.indexOf("<office:document-content");
        int close = s.indexOf('>', root);
        String head = s.substring(root, close);
        StringBuilder add = new StringBuilder();
        if (!head.contains("xmlns:draw=")) add.append(" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"");
        if (!head.contains("xmlns:svg=")) add.append(" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"");
        if (!head.contains("xmlns:xlink=")) add.append(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        if (!head.contains("xmlns:table=")) add.append(" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"");
        return s.substring(0, close) + add + s.substring(close);
    }
}
