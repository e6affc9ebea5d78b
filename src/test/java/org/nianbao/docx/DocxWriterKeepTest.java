package org.nianbao.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.odf.OdfTemplateWriter;
import org.nianbao.uno.insert.TablePlan;

/**
 * The .docx template ({@code nianbao template -o x.docx}) keeps table 三's label 三、本年度办理结果 on one page as the
 * Writer inserter does: its rows w:cantSplit, the paragraphs of all of them but the last w:keepNext; rows outside a
 * first-column merge have neither. The same rows as the inserter's {@link TablePlan#keptTogether}.
 */
class DocxWriterKeepTest {
    private static final Pattern TABLE = Pattern.compile("<w:tbl>.*?</w:tbl>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<w:tr>.*?</w:tr>", Pattern.DOTALL);

    @Test
    void table3LabelRowsKeepTogetherInTheDocxTemplate() throws Exception {
        ByteArrayOutputStream odt = new ByteArrayOutputStream();
        OdfTemplateWriter.write(odt, "某某县司法局", 2024);
        String xml = DocxWriter.document(OdfDocumentReader.read(odt.toByteArray()));
        List<String> tables = all(TABLE, xml);
        assertEquals(3, tables.size(), "the three tables of the format (二, 三, 四)");
        List<String> rows = all(ROW, tables.get(1));

        int[] label = labelRows();
        assertTrue(label[1] - label[0] > 10, "the label spans the result rows: " + label[0] + "-" + label[1]);
        for (int r = label[0]; r <= label[1]; r++) {
            String row = rows.get(r);
            assertTrue(row.contains("<w:cantSplit/>"), "row " + r + " may split");
            int paragraphs = count(row, "<w:p>") + count(row, "<w:p/>");
            int keeps = count(row, "<w:keepNext/>");
            if (r < label[1]) assertEquals(paragraphs, keeps, "row " + r + ": every paragraph keeps with the next");
            else assertEquals(0, keeps, "the label's last row keeps nothing: the table may break after it");
        }
        String after = rows.size() > label[1] + 1 ? rows.get(label[1] + 1) : "";
        assertTrue(!after.contains("<w:keepNext/>"), "a row below the label is not kept: " + after);
    }

    /** Table 三's label rows {first, last} as the Writer inserter keeps them. */
    private static int[] labelRows() {
        List<int[]> kept = new TablePlan(ReportSchema.get().layout(TableId.T3)).keptTogether;
        assertEquals(1, kept.size(), "one label kept in table 三");
        return kept.get(0);
    }

    private static List<String> all(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
        return n;
    }
}
