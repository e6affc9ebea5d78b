package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * A report saved with the extension, then edited by another program (here: content.xml rewritten in the
 * zip, meta.xml with the snapshot untouched): on opening, the tables disagree with the snapshot; the tables
 * win, the disagreement is reported by check and save, and the save stores a snapshot of the tables.
 */
class SnapshotIT {
    private static final String CELL = "apply.new.natural_person";

    @Test
    void tablesChangedByAnotherProgramAreReportedAndWin() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        Path saved = savedReport(office, "outside-source.odt");
        Path edited = Saving.dir().resolve("outside-edited.odt");
        rewriteContent(saved, edited, ">17</text:p>", ">18</text:p>"); // 自然人 of 新收申请: the only cell holding 17

        XTextDocument doc = office.open(edited);
        try {
            assertEquals(1, Saving.number(Saving.state(office, doc), "changedOutside"), "compared on opening");
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:check").State);
            List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
            assertTrue(findings.contains(ExtensionFindings.SNAPSHOT + " warning " + CELL), findings.toString());
            assertEquals(1, findings.stream().filter(f -> f.startsWith(ExtensionFindings.SNAPSHOT)).count(), findings.toString());
            // the tables win: the rules see 18, so the row's stored total 19 is now wrong
            assertTrue(findings.contains("R-IMP-1 error apply.new.total"), findings.toString());

            // typing in this session is not an outside edit
            Report now = Saving.read(doc);
            UnoDocumentAdapter.writeByKey(doc, now, Map.of("apply.new.commercial", "3"));
            office.dispatch(doc, "nianbao:check");
            findings = Saving.strings(Saving.state(office, doc), "findings");
            assertEquals(1, findings.stream().filter(f -> f.startsWith(ExtensionFindings.SNAPSHOT)).count(), findings.toString());

            Saving.save(doc);
            String notice = Saving.lastNotice(office, doc);
            assertTrue(notice.contains("another program changed 1 cells; the tables' values are used and stored"), notice);
            Snapshot stored = Snapshot.fromJson(Saving.snapshotInMeta(edited));
            assertEquals("18", stored.values().get(CELL));
            assertEquals("21", stored.values().get("apply.new.total"), "recomputed from the table's 18 and the typed 3");

            office.dispatch(doc, "nianbao:check");
            findings = Saving.strings(Saving.state(office, doc), "findings");
            assertFalse(findings.stream().anyMatch(f -> f.startsWith(ExtensionFindings.SNAPSHOT)), "resolved by the save: " + findings);
        } finally {
            office.close(doc);
        }
        XTextDocument again = office.open(edited);
        try {
            assertEquals(0, Saving.number(Saving.state(office, again), "changedOutside"));
        } finally {
            office.close(again);
        }
    }

    @Test
    void aDamagedSnapshotIsIgnoredReportedAndRewritten() throws Exception {
        OfficeRunner office = OfficeRunner.shared();
        Path saved = savedReport(office, "damaged-source.odt");
        XTextDocument doc = office.open(saved);
        Path damaged = Saving.dir().resolve("damaged-snapshot.odt");
        try {
            XPropertySet p = UnoRuntime.queryInterface(XPropertySet.class, UnoRuntime.queryInterface(
                    XDocumentPropertiesSupplier.class, doc).getDocumentProperties().getUserDefinedProperties());
            p.setPropertyValue(Snapshot.PROPERTY, "{\"nianbao\":1,\"format\":\"truncated");
            UnoRuntime.queryInterface(XStorable.class, doc).storeToURL(damaged.toUri().toString(),
                    new PropertyValue[] {OfficeRunner.prop("FilterName", "writer8")}); // a copy: the save path does not run
        } finally {
            office.close(doc);
        }
        doc = office.open(damaged);
        try {
            office.dispatch(doc, "nianbao:check");
            List<String> findings = Saving.strings(Saving.state(office, doc), "findings");
            assertTrue(findings.contains(ExtensionFindings.SNAPSHOT + " info document"), findings.toString());
            Saving.save(doc);
            assertTrue(Snapshot.fromJson(Saving.snapshotInMeta(damaged)).intact(), "rewritten");
            office.dispatch(doc, "nianbao:check");
            findings = Saving.strings(Saving.state(office, doc), "findings");
            assertFalse(findings.stream().anyMatch(f -> f.startsWith(ExtensionFindings.SNAPSHOT)), findings.toString());
        } finally {
            office.close(doc);
        }
    }

    /** A filled report saved with the extension (snapshot in meta.xml). */
    private static Path savedReport(OfficeRunner office, String name) throws Exception {
        XTextDocument doc = office.newWriterDocument();
        try {
            office.dispatch(doc, "nianbao:insert?part=report");
            Map<String, String> in = new java.util.LinkedHashMap<>(Filling.inputs());
            in.put(CELL, "17");
            UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), in);
            Path odt = Saving.dir().resolve(name);
            Saving.saveAs(doc, odt, "writer8");
            Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
            assertEquals("17", stored.cellText(CELL));
            assertEquals("19", stored.cellText("apply.new.total"));
            assertTrue(Snapshot.fromJson(Saving.snapshotInMeta(odt)).diff(stored).isEmpty());
            return odt;
        } finally {
            office.close(doc);
        }
    }

    /** Copies an .odt replacing one occurrence of a text in content.xml (exactly one must exist). */
    static void rewriteContent(Path from, Path to, String find, String replace) throws Exception {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream os = Files.newOutputStream(to);
             ZipOutputStream out = new ZipOutputStream(os)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                byte[] data;
                try (InputStream in = zip.getInputStream(e)) {
                    data = in.readAllBytes();
                }
                if (e.getName().equals("content.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    Matcher m = Pattern.compile(Pattern.quote(find)).matcher(xml);
                    int n = 0;
                    while (m.find()) n++;
                    assertEquals(1, n, "occurrences of " + find);
                    data = xml.replace(find, replace).getBytes(StandardCharsets.UTF_8);
                }
                ZipEntry copy = new ZipEntry(e.getName());
                if (e.getName().equals("mimetype")) { // stored, first, as ODF requires
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
    }
}
