package org.nianbao.uno.insert;

import org.nianbao.core.style.HouseStyle;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.Log;
import org.nianbao.uno.Outcome;
import org.nianbao.uno.UiText;
import org.nianbao.uno.Uno;
import org.nianbao.uno.doc.UnoDocumentAdapter;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XController;
import com.sun.star.frame.XModel;
import com.sun.star.frame.XStorable;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextContent;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextViewCursor;
import com.sun.star.text.XTextViewCursorSupplier;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * Inserts a {@link Part} at the view cursor as one undo step. Refuses, with a message and without any
 * change, in a read-only document, inside a table cell or outside the body text, and when a table of
 * the part is already in the document (recognised by its labels, as the checker would). When something
 * fails half-way, the undo step is rolled back so the document is left as it was.
 */
public final class Inserter {
    private final XComponentContext ctx;
    private final UiText ui;

    public Inserter(XComponentContext ctx) {
        this.ctx = ctx;
        this.ui = UiText.of(ctx);
    }

    public Outcome insert(XController controller, Part part) throws com.sun.star.uno.Exception {
        Phases phases = new Phases();
        XModel model = controller == null ? null : controller.getModel();
        XTextDocument doc = Uno.q(XTextDocument.class, model);
        XServiceInfo info = Uno.q(XServiceInfo.class, model);
        if (doc == null || info == null || !info.supportsService("com.sun.star.text.TextDocument")) {
            return Outcome.refused(ui.get("msg.notWriter"));
        }
        XStorable storable = Uno.q(XStorable.class, doc);
        if (storable != null && storable.isReadonly()) return Outcome.refused(ui.get("msg.readOnly"));
        XTextViewCursor viewCursor = Uno.q(XTextViewCursorSupplier.class, controller).getViewCursor();
        if (!Uno.isVoid(Uno.get(viewCursor, "Cell"))) return Outcome.refused(ui.get("msg.inTable"));
        XText text = doc.getText();
        if (!UnoRuntime.areSame(viewCursor.getText(), text)) return Outcome.refused(ui.get("msg.notBody"));
        Set<TableId> wanted = part.tables();
        if (!wanted.isEmpty()) {
            List<String> present = new ArrayList<>();
            Report existing = DocumentReader.read(UnoDocumentAdapter.readTables(doc));
            for (TableId t : wanted) if (existing.hasTable(t)) present.add(tableName(t));
            if (!present.isEmpty()) {
                String names = String.join(ui.lang().equals("zh") ? "、" : ", ", present);
                return Outcome.refused(ui.get(present.size() == 1 ? "msg.tableExists" : "msg.tablesExist", names));
            }
        }
        phases.end("checks");

        XUndoManager undo = Uno.q(XUndoManagerSupplier.class, doc).getUndoManager();
        int undoSteps = undo.getAllUndoActionTitles().length;
        boolean completed = false;
        XTextCursor end;
        undo.enterUndoContext(ui.get("undo.insert", partName(part)));
        model.lockControllers();
        try {
            end = write(controller, doc, text, viewCursor, part, phases);
            completed = true;
        } finally {
            model.unlockControllers();
            undo.leaveUndoContext();
            phases.end("unlock");
            if (!completed && undo.getAllUndoActionTitles().length > undoSteps) {
                rollBack(undo);
            }
        }
        viewCursor.gotoRange(end, false);
        phases.end("cursor");
        Log.info("insert " + part.id + ": " + phases.finish());
        return Outcome.done("");
    }

    /** The phases of the last insert in this office and their times ("" before the first), for nianbao:test-state. */
    public static String lastPhases() {
        return Phases.last();
    }

    /** Creates the house styles missing in the document (for an insert that writes body text, e.g. 插入数据句). */
    public static void ensureStyles(XComponentContext ctx, XTextDocument doc) throws com.sun.star.uno.Exception {
        Styles.ensure(ctx, doc, UiText.of(ctx).lang());
    }

    private static void rollBack(XUndoManager undo) {
        try {
            undo.undo();
        } catch (Exception e) {
            Log.error("rolling back a failed insert", e);
        }
    }

    /** Writes the part's items; returns a cursor at the empty paragraph after them. */
    private XTextCursor write(XController controller, XTextDocument doc, XText text, XTextViewCursor viewCursor, Part part,
                              Phases phases) throws com.sun.star.uno.Exception {
        Styles.Names styles = Styles.ensure(ctx, doc, ui.lang());
        phases.end("styles");
        XTextCursor c = text.createTextCursorByRange(viewCursor.getEnd());
        XParagraphCursor pc = Uno.q(XParagraphCursor.class, c);
        // Work in an empty paragraph of our own: split the cursor's paragraph, keep its rest after us.
        if (!pc.isStartOfParagraph()) text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
        if (!pc.isEndOfParagraph()) {
            text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
            pc.gotoPreviousParagraph(false);
        }
        double textWidth = -1;
        List<Part.Item> items = part.items();
        // a trailing empty body paragraph is the working paragraph itself
        if (items.get(items.size() - 1).kind == Part.Item.Kind.BODY) items = items.subList(0, items.size() - 1);
        for (Part.Item item : items) {
            switch (item.kind) {
                case TITLE:
                    title(doc, text, c, styles.of(HouseStyle.STYLE_TITLE));
                    phases.end("title");
                    break;
                case HEADING:
                    paragraph(text, c, styles.of(HouseStyle.STYLE_HEADING), item.text);
                    phases.end("paragraphs");
                    break;
                case GUIDANCE:
                    paragraph(text, c, styles.of(HouseStyle.STYLE_GUIDANCE), item.text);
                    phases.end("paragraphs");
                    break;
                case BODY:
                    paragraph(text, c, styles.of(HouseStyle.STYLE_BODY), "");
                    phases.end("paragraphs");
                    break;
                case TABLE:
                    if (textWidth < 0) textWidth = textWidthMm(doc, c);
                    WriterTable.insert(ctx, controller, doc, text, c, item.table, textWidth, styles, phases);
                    break;
                default:
                    throw new IllegalStateException(String.valueOf(item.kind));
            }
        }
        Uno.set(c, "ParaStyleName", styles.of(HouseStyle.STYLE_BODY));
        return c;
    }

    /** A paragraph in the working paragraph; the cursor moves on to a new empty working paragraph. */
    private static void paragraph(XText text, XTextCursor c, String style, String content) throws com.sun.star.uno.Exception {
        Uno.set(c, "ParaStyleName", style);
        if (!content.isEmpty()) text.insertString(c, content, false);
        text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
    }

    /** “<机关名称><年度>年政府信息公开工作年度报告”: agency and year are fields of the document properties. */
    private static void title(XTextDocument doc, XText text, XTextCursor c, String style) throws com.sun.star.uno.Exception {
        ReportInfo.ensure(doc);
        ReportInfo.proposeTitle(doc);
        Uno.set(c, "ParaStyleName", style);
        XMultiServiceFactory factory = Uno.q(XMultiServiceFactory.class, doc);
        for (String property : new String[] {ReportInfo.AGENCY, ReportInfo.YEAR}) {
            Object field = factory.createInstance("com.sun.star.text.textfield.docinfo.Custom");
            Uno.set(field, "Name", property);
            text.insertTextContent(c, Uno.q(XTextContent.class, field), false);
        }
        text.insertString(c, titleAfterYear(), false);
        text.insertControlCharacter(c, ControlCharacter.PARAGRAPH_BREAK, false);
    }

    /** The title's words after the year, “年政府信息公开工作年度报告”, taken from the schema. */
    static String titleAfterYear() {
        return ReportSchema.title("", 0).substring(1);
    }

    /** Width of the text area of the page style at the cursor, in mm (the A4 template width when unknown). */
    private static double textWidthMm(XTextDocument doc, XTextCursor c) {
        try {
            String pageStyle = Uno.string(Uno.get(c, "PageStyleName"));
            Object styles = Uno.q(com.sun.star.style.XStyleFamiliesSupplier.class, doc).getStyleFamilies()
                    .getByName("PageStyles");
            Object page = Uno.q(com.sun.star.container.XNameAccess.class, styles).getByName(pageStyle);
            Object[] v = Uno.q(com.sun.star.beans.XMultiPropertySet.class, page)
                    .getPropertyValues(new String[] {"LeftMargin", "RightMargin", "Width"});
            return (((Number) v[2]).intValue() - ((Number) v[0]).intValue() - ((Number) v[1]).intValue()) / 100.0;
        } catch (Exception e) {
            Log.error("reading the text width", e);
            return TableGeometry.TEXT_WIDTH_MM;
        }
    }

    private String tableName(TableId t) {
        return ui.lang().equals("zh") ? t.nameZh : t.nameEn;
    }

    private String partName(Part part) {
        if (part == Part.REPORT) return ui.get("part.report");
        if (part.sectionDef() != null) {
            return ui.get("part.section", ui.lang().equals("zh") ? part.sectionDef().heading : part.sectionDef().headingEn);
        }
        return ui.get("part.table", tableName(part.tableId()));
    }
}
