package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.nianbao.core.doc.Block;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.doc.GridCell;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.JsonReader;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/** Helpers of the save-path tests: saving like the user does, the extension's test state, content as text. */
final class Saving {
    private Saving() {
    }

    static Path dir() throws IOException {
        Path d = Paths.get("target", "it-output", "save").toAbsolutePath();
        Files.createDirectories(d);
        return d;
    }

    /** Save As (OnSaveAs, like File › Save As) in the given filter. */
    static void saveAs(XTextDocument doc, Path file, String filter) throws Exception {
        UnoRuntime.queryInterface(XStorable.class, doc).storeAsURL(file.toUri().toString(),
                new PropertyValue[] {OfficeRunner.prop("FilterName", filter), OfficeRunner.prop("Overwrite", true)});
    }

    /** Save (OnSave, like File › Save) to the document's location. */
    static void save(XTextDocument doc) throws Exception {
        UnoRuntime.queryInterface(XStorable.class, doc).store();
    }

    static Report read(XTextDocument doc) throws Exception {
        return DocumentReader.read(UnoDocumentAdapter.read(doc));
    }

    /** The extension's test state for the document (nianbao:test-state), parsed. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> state(OfficeRunner office, XTextDocument doc) throws Exception {
        DispatchResultEvent r = office.dispatch(doc, "nianbao:test-state");
        assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
        return (Map<String, Object>) JsonReader.parse(String.valueOf(r.Result));
    }

    static int number(Map<String, Object> state, String name) {
        Object v = state.get(name);
        return v == null ? 0 : ((java.math.BigDecimal) v).intValue();
    }

    @SuppressWarnings("unchecked")
    static List<String> strings(Map<String, Object> state, String name) {
        Object v = state.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    /** The last notice (infobar text) the extension showed on the document, or "". */
    static String lastNotice(OfficeRunner office, XTextDocument doc) throws Exception {
        List<String> n = strings(state(office, doc), "notices");
        return n.isEmpty() ? "" : n.get(n.size() - 1);
    }

    static void arm(OfficeRunner office, XTextDocument doc, String stage) throws Exception {
        DispatchResultEvent r = office.dispatch(doc, "nianbao:test-fault?stage=" + stage);
        assertEquals(DispatchResultState.SUCCESS, r.State, String.valueOf(r.Result));
    }

    /** The snapshot JSON of the document's user-defined properties, or null. */
    static String snapshotProperty(XTextDocument doc) throws Exception {
        XPropertySet p = UnoRuntime.queryInterface(XPropertySet.class, UnoRuntime.queryInterface(
                XDocumentPropertiesSupplier.class, doc).getDocumentProperties().getUserDefinedProperties());
        return p.getPropertySetInfo().hasPropertyByName(Snapshot.PROPERTY)
                ? String.valueOf(p.getPropertyValue(Snapshot.PROPERTY)) : null;
    }

    /** The snapshot JSON in meta.xml of a stored .odt (as any ODF reader sees it), or null. */
    static String snapshotInMeta(Path odt) throws IOException {
        try (ZipFile zip = new ZipFile(odt.toFile())) {
            ZipEntry meta = zip.getEntry("meta.xml");
            if (meta == null) return null;
            String xml;
            try (InputStream in = zip.getInputStream(meta)) {
                xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher m = Pattern.compile("<meta:user-defined meta:name=\"" + Snapshot.PROPERTY + "\"[^>]*>([^<]*)</meta:user-defined>")
                    .matcher(xml);
            return m.find() ? unescapeXml(m.group(1)) : null;
        }
    }

    private static String unescapeXml(String s) {
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /**
     * The document's text and tables as one string: each paragraph (outline level, text), each table (name,
     * then each cell's name, spans and text): equal strings mean equal text and tables, character for character.
     */
    static String canonical(DocumentContent content) {
        StringBuilder b = new StringBuilder();
        for (Block block : content.blocks) {
            if (!block.isTable()) {
                b.append("P").append(block.outlineLevel).append(' ').append(escape(block.text)).append('\n');
                continue;
            }
            b.append("T ").append(block.table.name).append('\n');
            for (List<GridCell> row : block.table.rows) {
                List<String> cells = new ArrayList<>();
                for (GridCell c : row) cells.add(c.id + "=" + escape(c.text));
                b.append("  ").append(String.join(" | ", cells)).append('\n');
            }
        }
        return b.toString();
    }

    static String canonical(XTextDocument doc) throws Exception {
        return canonical(UnoDocumentAdapter.read(doc));
    }

    /**
     * The canonical text of {@code content} with the cells at the given keys' locations replaced: what the
     * document should hold after the save path wrote those texts.
     */
    static String canonicalWith(DocumentContent content, Report bound, Map<String, String> textsByKey) {
        Map<String, String> byCell = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : textsByKey.entrySet()) {
            CellLocation loc = bound.location(e.getKey());
            byCell.put(loc.tableName + "\u0000" + loc.cellId, e.getValue());
        }
        List<Block> blocks = new ArrayList<>();
        for (Block block : content.blocks) {
            if (!block.isTable()) {
                blocks.add(block);
                continue;
            }
            List<List<GridCell>> rows = new ArrayList<>();
            for (List<GridCell> row : block.table.rows) {
                List<GridCell> r = new ArrayList<>();
                for (GridCell c : row) {
                    String t = byCell.get(block.table.name + "\u0000" + c.id);
                    r.add(t == null ? c : new GridCell(t, c.id, c.colspan, c.rowspan));
                }
                rows.add(r);
            }
            blocks.add(Block.table(new org.nianbao.core.doc.Grid(block.table.name, rows)));
        }
        return canonical(new DocumentContent(blocks));
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }
}
