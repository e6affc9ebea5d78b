package org.nianbao.odf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.Grid;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

class OdfTableFillerTest {
    private static final ReportSchema SCHEMA = ReportSchema.get();
    private static OdfTableFiller filler;

    @BeforeAll
    static void template() throws Exception {
        filler = OdfTableFiller.of(OdfTemplateWriter.toBytes("某局", 2021, FontSet.open()));
    }

    @Test
    void findsEveryValueCellOfTheSchemaInDocumentOrder() {
        assertEquals(SCHEMA.cells().stream().map(c -> c.key).collect(Collectors.toList()), filler.keys());
    }

    @Test
    void eachKeyLandsInItsCellAndReadsBack() throws Exception {
        Map<String, String> values = new HashMap<>();
        int n = 1_000_000;
        for (CellDef c : SCHEMA.cells()) values.put(c.key, Integer.toString(n++));
        DocumentContent d = OdfDocumentReader.read(filler.fill(values));
        for (TableId t : TableId.values()) {
            Grid g = Grids.table(d, OdfTemplateWriter.tableName(t));
            Grids.assertMatchesLayout(g, SCHEMA.layout(t), values::get);
        }
    }

    @Test
    void textIsEscapedAndKeepsSpacesBreaksAndParagraphs() throws Exception {
        Map<String, String> values = Map.of(
                "apply.new.natural_person", "a&b<c>\"d'",
                "apply.new.commercial", "  12 件",
                "apply.new.research", "两行\n文字",
                "apply.new.social_welfare", "段一\u2029段二",
                "apply.new.legal_service", "\u3000",
                "apply.new.other_org", "1\t2",
                "apply.new.total", "x\u0001y");
        Grid g = Grids.table(OdfDocumentReader.read(filler.fill(values)), OdfTemplateWriter.tableName(TableId.T3));
        Map<String, String> ids = Grids.valueIds(SCHEMA.layout(TableId.T3));
        assertEquals("a&b<c>\"d'", text(g, ids, "apply.new.natural_person"));
        assertEquals("  12 件", text(g, ids, "apply.new.commercial"));
        assertEquals("两行\n文字", text(g, ids, "apply.new.research"));
        assertEquals("段一\n段二", text(g, ids, "apply.new.social_welfare"));
        assertEquals("\u3000", text(g, ids, "apply.new.legal_service"));
        assertEquals("1\t2", text(g, ids, "apply.new.other_org"));
        assertEquals("xy", text(g, ids, "apply.new.total"), "control characters cannot be stored in XML");
        assertEquals("", text(g, ids, "apply.carried_over.total"), "keys not given stay empty");
    }

    @Test
    void unknownKeyIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> filler.fill(Map.of("apply.nonsense.total", "1")));
    }

    @Test
    void fillsFromPathToPath(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("t.odt");
        Files.write(template, OdfTemplateWriter.toBytes("某局", 2021, FontSet.open()));
        Path out = dir.resolve("f.odt");
        OdfTableFiller.fill(template, out, Map.of("appeal.review.total", "3"));
        Grid g = Grids.table(OdfDocumentReader.read(out), OdfTemplateWriter.tableName(TableId.T4));
        assertEquals("3", text(g, Grids.valueIds(SCHEMA.layout(TableId.T4)), "appeal.review.total"));
        assertEquals(List.of(), OdfTableFiller.of(HostileFiles.valid()).keys(), "a document without our tables has no value cells");
    }

    private static String text(Grid g, Map<String, String> ids, String key) {
        return Grids.byId(g, ids.get(key)).text;
    }
}
