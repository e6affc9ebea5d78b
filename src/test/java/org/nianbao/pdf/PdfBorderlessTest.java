package org.nianbao.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
 * and read the same values and findings as the .odt they were printed from.
 */
class PdfBorderlessTest {
    static final Path DIR = Path.of("src/test/resources/org/nianbao/pdf/borderless");

    @ParameterizedTest
    @ValueSource(strings = {"small-none", "medium-none", "large-none", "medium-outer"})
    void aBorderlessPdfReadsTheSameAsItsOdt(String name) throws Exception {
        Report odt = DocumentReader.read(OdfDocumentReader.read(DIR.resolve(name.substring(0, name.indexOf('-')) + ".odt")));
        Report pdf = DocumentReader.read(PdfDocumentReader.read(DIR.resolve(name + ".pdf")));
        assertEquals(odt.agency(), pdf.agency());
        assertEquals(odt.year(), pdf.year());
        assertEquals(cells(odt), cells(pdf));
        assertEquals(findings(odt), findings(pdf));
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
