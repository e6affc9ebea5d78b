package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.reliability.CellInputCases;
import org.nianbao.reliability.CellInputCases.Case;
import org.nianbao.reliability.CellInputCases.Kind;

/**
 * Issue 4, bad cell input, checker side: every case of {@link CellInputCases} typed into a count cell,
 * the amount cell and a computed total of an otherwise complete report, written as .odt
 * ({@link OdfTableFiller}), read back ({@link OdfDocumentReader}, {@link DocumentReader}) and checked:
 * the value read, the findings at that very cell, no exception.
 */
class CellInputMatrixTest {
    private static OdfTableFiller filler;

    @BeforeAll
    static void template() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OdfTemplateWriter.write(out, "某某县人民政府办公室", 2024);
        filler = OdfTableFiller.of(out.toByteArray());
    }

    /** The balanced report's input cells (totals left blank, as a clerk leaves them before recomputing). */
    static Map<String, String> inputsOnly() {
        Map<String, String> values = new LinkedHashMap<>(VariantFixtures.balancedValues());
        for (CellDef c : ReportSchema.get().cells()) if (c.computed) values.remove(c.key);
        return values;
    }

    private static Evaluation check(Map<String, String> values) throws Exception {
        Report r = DocumentReader.read(OdfDocumentReader.read(filler.fill(values)));
        return Checker.check(r, null, Profile.national());
    }

    @Test
    void theMatrixHasAtLeastFortyInputsAndUsesManyCells() {
        assertTrue(CellInputCases.all().size() >= 40, "cases: " + CellInputCases.all().size());
        assertEquals(1, CellInputCases.documents(Kind.COUNT).size(), "all count cases fit into one report");
        assertTrue(CellInputCases.documents(Kind.TOTAL).size() >= 2);
        assertEquals(CellInputCases.all().size(), CellInputCases.documents(Kind.AMOUNT).size());
    }

    @TestFactory
    Stream<DynamicTest> countCells() throws Exception {
        return cases(Kind.COUNT, inputsOnly());
    }

    @TestFactory
    Stream<DynamicTest> computedTotals() throws Exception {
        return cases(Kind.TOTAL, VariantFixtures.balancedValues());
    }

    @TestFactory
    Stream<DynamicTest> amountCell() throws Exception {
        return cases(Kind.AMOUNT, VariantFixtures.balancedValues());
    }

    /** One report per placement of the kind, checked once; one dynamic test per case. */
    private static Stream<DynamicTest> cases(Kind kind, Map<String, String> base) throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Case> doc : CellInputCases.documents(kind)) {
            Map<String, String> values = new LinkedHashMap<>(base);
            for (Map.Entry<String, Case> e : doc.entrySet()) values.put(e.getKey(), e.getValue().text);
            Evaluation ev = check(values);
            for (Map.Entry<String, Case> e : doc.entrySet()) {
                tests.add(DynamicTest.dynamicTest(kind + " " + e.getValue().name + " at " + e.getKey(),
                        () -> CellInputCases.assertCell(kind, e.getValue(), e.getKey(), ev)));
            }
        }
        return tests.stream();
    }
}
