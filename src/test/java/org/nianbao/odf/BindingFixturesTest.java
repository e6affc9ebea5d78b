package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/** The five layouts of issue 7 ({@link BindingFixtures}) through the ODF reader and the recogniser: exact values or the named finding. */
class BindingFixturesTest {
    private static final Map<String, String> VALUES = VariantFixtures.balancedValues();

    static Report read(byte[] odt) throws Exception {
        return DocumentReader.read(OdfDocumentReader.read(odt));
    }

    static List<String> rules(Report r) {
        return Checker.check(r, null, null).findings().stream().map(f -> f.rule + "@" + f.key).collect(Collectors.toList());
    }

    private static void assertEveryValue(Report r) {
        for (CellDef c : ReportSchema.get().cells()) assertEquals(VALUES.get(c.key), r.cellText(c.key), c.key);
    }

    /** The findings of the official report with the same values: what every exactly read variant must give too. */
    private static List<String> officialRules() throws Exception {
        return rules(read(VariantFixtures.report(VALUES, Map.of())));
    }

    @Test
    void table3ColumnsInAnotherOrderAreBoundByTheirHeaders() throws Exception {
        Report r = read(BindingFixtures.t3ColumnsReordered());
        assertEveryValue(r);
        assertEquals(officialRules(), rules(r));
    }

    @Test
    void eightColumnTable3ReadsAndChecksItsSubtotal() throws Exception {
        Report right = read(BindingFixtures.t3WithSubtotal(0));
        assertEveryValue(right);
        assertEquals(25, right.subtotals().size());
        assertEquals(officialRules(), rules(right));
        Report wrong = read(BindingFixtures.t3WithSubtotal(5));
        assertEveryValue(wrong);
        List<Finding> f = Checker.check(wrong, null, null).findings();
        List<Finding> sub = f.stream().filter(x -> x.key.equals("apply.new.legal_subtotal")).collect(Collectors.toList());
        assertEquals(1, sub.size(), f::toString);
        assertEquals("R-IMP-1", sub.get(0).rule);
        long five = 0;
        for (String col : List.of("commercial", "research", "social_welfare", "legal_service", "other_org")) {
            five += Long.parseLong(VALUES.get("apply.new." + col));
        }
        assertEquals(Long.toString(five), sub.get(0).expected);
        assertEquals(Long.toString(five + 5), sub.get(0).actual);
    }

    @Test
    void fullRowLabelsWithoutMergesAndItemsWithoutGroupRows() throws Exception {
        Report r = read(BindingFixtures.t3FullLabels());
        assertEveryValue(r);
        assertEquals(officialRules(), rules(r));
    }

    @Test
    void reportInsideALayoutTableReadsItsHeadingsTextAndTables() throws Exception {
        Report framed = read(BindingFixtures.inLayoutFrame());
        Report plain = read(VariantFixtures.report(VALUES, Map.of()));
        assertEveryValue(framed);
        assertEquals(plain.sectionTexts(), framed.sectionTexts());
        assertEquals(officialRules(), rules(framed));
        assertTrue(rules(framed).stream().noneMatch(s -> s.startsWith("S-MISSING")), rules(framed)::toString);
    }

    @Test
    void normativeDocsRowOfA2021BlockIsRead() throws Exception {
        Report r = read(BindingFixtures.t2NormativeDocs());
        assertEveryValue(r);
        List<String> rules = rules(r);
        assertFalse(rules.stream().anyMatch(s -> s.startsWith("T-2019")), rules::toString);
        List<String> extra = new java.util.ArrayList<>(rules);
        extra.removeAll(officialRules());
        assertEquals(List.of("L-LABEL@active.art20_1.normative_docs.issued"), extra);
    }

    @Test
    void table3AsAPictureIsNamedAndNotChecked() throws Exception {
        Report r = read(BindingFixtures.t3AsPicture());
        List<String> rules = rules(r);
        assertTrue(rules.contains("T-IMAGE@table.t3"), rules::toString);
        assertFalse(rules.contains("T-MISSING@table.t3"), rules::toString);
        assertFalse(r.hasTable(TableId.T3));
        assertTrue(rules.stream().noneMatch(s -> s.contains("@apply.")), rules::toString);
        Finding f = r.readingFindings().stream().filter(x -> x.rule.equals("T-IMAGE")).findFirst().orElseThrow();
        assertEquals("表三是图片，无法核对，请插入表格。", f.messageZh);
        assertEquals("Table 3 is a picture and cannot be checked: insert the table instead.", f.messageEn);
        // table 二 and 四 still read
        for (CellDef c : ReportSchema.get().cells(TableId.T4)) assertEquals(VALUES.get(c.key), r.cellText(c.key));
    }
}
