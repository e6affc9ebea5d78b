package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * The IT departments' install, {@code unopkg add --shared nianbao.oxt}, done beforehand on the office under
 * test (.ci/run does it on the unpacked LibreOffice 25.2, a private installation): a fresh user profile of that
 * installation, with nothing installed for the user, in a window under Xvfb, has the extension in the shared
 * repository, the deck open with its four panels, our dispatch URLs, and the save path recomputing the totals.
 * Runs only with -Dnianbao.unopkgSharedInstall=true (run alone: -Dit.test=SharedInstallIT).
 */
class SharedInstallIT {

    @Test
    void aFreshProfileOfTheInstallationHasTheDeckAndTheSavePath() throws Exception {
        assumeTrue(Boolean.getBoolean("nianbao.unopkgSharedInstall"), "the extension was not installed with unopkg add --shared");
        try (OfficeRunner office = OfficeRunner.start(new OfficeRunner.Options().withDisplay().env("NIANBAO_TEST_HOOKS", "1"))) {
            assertTrue(office.extensions("shared").contains("org.nianbao.writer"), "shared: " + office.extensions("shared"));
            assertFalse(office.userExtensions().contains("org.nianbao.writer"), "nothing installed for the user");

            XTextDocument doc = office.newWriterDocument();
            try {
                Deck deck = Deck.open(office, doc);
                assertEquals(Deck.PANELS, deck.panelIds(), "the deck's panels, made by our factory");
                assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
                Report blank = Saving.read(doc);
                UnoDocumentAdapter.writeByKey(doc, blank, Filling.inputs());
                Path odt = Saving.dir().resolve("shared-install.odt");
                Files.deleteIfExists(odt);
                Saving.saveAs(doc, odt, "writer8");
                Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
                for (Map.Entry<String, String> e : Filling.totals().entrySet()) {
                    assertEquals(e.getValue(), stored.cellText(e.getKey()).trim(), "recomputed on save: " + e.getKey());
                }
                assertTrue(Saving.lastNotice(office, doc).startsWith("Checked on save: "), Saving.lastNotice(office, doc));
            } finally {
                office.close(doc);
            }
        }
    }
}
