package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.style.HouseStyle;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.uno.doc.UnoDocumentAdapter;

/**
 * A clean report saved in an office whose UI language is Chinese: the infobar says 已通过. (An office of
 * its own, started in zh-CN: switching the UI locale of a running LibreOffice 7.4 makes every store() fail
 * until it is switched back.)
 */
class SaveChineseIT {
    @Test
    void aCleanReportPassesInChinese() throws Exception {
        try (OfficeRunner office = OfficeRunner.start(new OfficeRunner.Options().uiLocale("zh-CN").env("NIANBAO_TEST_HOOKS", "1"))) {
            office.installExtension(OfficeRunner.builtExtension());
            XTextDocument doc = office.newWriterDocument();
            try {
                // a clean report names its agency in the title (D-TITLE otherwise): 报告信息 before the insert
                org.nianbao.uno.doc.ReportInfo.setAgency(doc, "示例市司法局");
                assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
                assertChineseStyles(doc);
                // issue 10, defect 8: a document not saved yet is titled as the report (Save As proposes it)
                String reportTitle = org.nianbao.core.schema.ReportSchema.title("示例市司法局", org.nianbao.uno.doc.ReportInfo.year(doc));
                assertEquals(reportTitle, UnoRuntime.queryInterface(com.sun.star.document.XDocumentPropertiesSupplier.class, doc)
                        .getDocumentProperties().getTitle());
                String suggested = null;
                for (com.sun.star.beans.PropertyValue p : UnoRuntime.queryInterface(com.sun.star.frame.XModel.class, doc).getArgs()) {
                    if (org.nianbao.uno.doc.ReportInfo.SUGGESTED_NAME.equals(p.Name)) suggested = String.valueOf(p.Value);
                }
                assertEquals(reportTitle, suggested, "the name Save As proposes");
                UnoDocumentAdapter.writeByKey(doc, Saving.read(doc), Filling.inputs());
                replaceGuidance(doc, "overview", "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》，依法做好政府信息公开工作。");
                replaceGuidance(doc, "problems", "主要问题是部分栏目更新不够及时。下一步将加强培训，完善审核机制。");
                replaceGuidance(doc, "other", "本年度未收取信息处理费。");
                Path odt = Saving.dir().resolve("clean-zh.odt");
                Saving.saveAs(doc, odt, "writer8");

                Report stored = DocumentReader.read(OdfDocumentReader.read(odt));
                Evaluation ev = Checker.check(stored, null, Profile.national());
                assertEquals(0, ev.errorCount() + ev.warningCount(), ev.findings().toString());
                assertEquals("保存时检查：已通过 已重新计算合计：更新了 " + Filling.totals().size() + " 个单元格。", Saving.lastNotice(office, doc));
                List<String> shown = Saving.strings(Saving.state(office, doc), "findings").stream()
                        .filter(f -> !f.contains(" info ")).collect(Collectors.toList());
                assertEquals(List.of(), shown);
            } finally {
                office.close(doc);
            }
        }
    }

    /**
     * Issue 10, defect 8: under a Chinese UI the house styles are created with their Chinese names (defined in
     * {@link HouseStyle}), the English ones are not created, and the inserted paragraphs use them.
     */
    static void assertChineseStyles(XTextDocument d) throws Exception {
        com.sun.star.container.XNameAccess styles = UnoRuntime.queryInterface(com.sun.star.container.XNameAccess.class,
                UnoRuntime.queryInterface(com.sun.star.style.XStyleFamiliesSupplier.class, d).getStyleFamilies().getByName("ParagraphStyles"));
        for (String style : new String[] {HouseStyle.STYLE_TITLE, HouseStyle.STYLE_HEADING, HouseStyle.STYLE_BODY,
            HouseStyle.STYLE_GUIDANCE, HouseStyle.STYLE_TABLE_LABEL, HouseStyle.STYLE_TABLE_VALUE}) {
            assertTrue(styles.hasByName(HouseStyle.styleName(style, "zh")), style);
            assertFalse(styles.hasByName(style), style + " is not created under a Chinese UI");
        }
        com.sun.star.container.XEnumeration e = UnoRuntime.queryInterface(com.sun.star.container.XEnumerationAccess.class,
                d.getText()).createEnumeration();
        Object first = e.nextElement();
        assertEquals("年报标题", UnoRuntime.queryInterface(com.sun.star.beans.XPropertySet.class, first).getPropertyValue("ParaStyleName"));
    }

    /** Replaces the guidance paragraph the template put under a text section. */
    static void replaceGuidance(XTextDocument d, String section, String text) throws Exception {
        String guidance = ReportSchema.get().sections().stream().filter(s -> s.key.equals(section)).findFirst().orElseThrow().guidance;
        com.sun.star.container.XEnumeration e = UnoRuntime.queryInterface(com.sun.star.container.XEnumerationAccess.class,
                d.getText()).createEnumeration();
        while (e.hasMoreElements()) {
            com.sun.star.text.XTextRange p = UnoRuntime.queryInterface(com.sun.star.text.XTextRange.class, e.nextElement());
            if (p != null && guidance.equals(p.getString())) {
                p.setString(text);
                return;
            }
        }
        throw new AssertionError("no guidance paragraph for " + section);
    }
}
