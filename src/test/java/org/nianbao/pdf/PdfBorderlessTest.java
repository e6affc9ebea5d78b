package org.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.odf.OdfDocumentReader;

/**
 * PDFs LibreOffice printed from our filled reports after every table border was removed (made by
 * src/test/resources/org/nianbao/pdf/borderless/make-fixtures.sh): the tables are rebuilt from the text positions
 * and read the same values and findings as the .odt they were printed from (also with horizontal rules only); a
 * figure moved off its slot leaves its row unread, named by T-LAYOUT.
 */
class PdfBorderlessTest {
    static final Path DIR = Path.of("src/test/resources/org/nianbao/pdf/borderless");

    @ParameterizedTest
    @ValueSource(strings = {"small-none", "medium-none", "large-none", "medium-rules"})
    void aBorderlessPdfReadsTheSameAsItsOdt(String name) throws Exception {
        Report odt = DocumentReader.read(OdfDocumentReader.read(DIR.resolve(name.substring(0, name.indexOf('-')) + ".odt")));
        Report pdf = DocumentReader.read(PdfDocumentReader.read(DIR.resolve(name + ".pdf")));
        assertEquals(odt.agency(), pdf.agency());
        assertEquals(odt.year(), pdf.year());
        assertEquals(cells(odt), cells(pdf));
        assertEquals(findings(odt), findings(pdf));
    }

    /**
     * medium-shifted: 三's first figure of 1.属于国家秘密 pushed down between that row and the next, 二's 行政处罚 figure
     * left-aligned away from its column: those rows are not read and T-LAYOUT names them; nothing read differs.
     */
    @Test
    void aFigureOffItsSlotGivesTLayoutAndNoWrongValue() throws Exception {
        Report odt = DocumentReader.read(OdfDocumentReader.read(DIR.resolve("medium.odt")));
        Report pdf = DocumentReader.read(PdfDocumentReader.read(DIR.resolve("medium-shifted.pdf")));
        List<String> layout = Checker.check(pdf, null, null).findings().stream().filter(f -> f.rule.equals("T-LAYOUT"))
                .map(f -> f.messageZh).collect(Collectors.toList());
        assertEquals(List.of("表二不符合官方格式：缺少行 第二十条第（六）项 行政处罚。",
                "表三不符合官方格式：缺少行 （三）不予公开 1.属于国家秘密；（三）不予公开 2.其他法律行政法规禁止公开。"), layout);
        Set<String> unread = new TreeSet<>();
        for (Map.Entry<String, String> e : cells(odt).entrySet()) {
            String got = pdf.cellText(e.getKey());
            if (got == null) unread.add(ReportSchema.get().cell(e.getKey()).rowKey);
            else assertEquals(e.getValue(), got, e.getKey());
        }
        assertEquals(Set.of("art20_6.penalty", "results.denied.state_secret", "results.denied.law_forbidden"), unread);
    }

    static Map<String, String> cells(Report r) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CellDef c : ReportSchema.get().cells()) out.put(c.key, r.cellText(c.key));
        return out;
    }

    static List<String> findings(Report r) {
        return Checker.check(r, null, null).findings().stream().map(f -> f.rule + "@" + f.key + "=" + f.actual)
                .collect(Collectors.toList());
    }
}
