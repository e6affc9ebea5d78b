package org.nianbao.uno.insert;

import org.nianbao.core.style.HouseStyle;
import org.nianbao.uno.doc.CellNames;
import org.nianbao.uno.Uno;
import org.nianbao.uno.insert.Styles;
import org.nianbao.uno.insert.TableGeometry;
import org.nianbao.uno.insert.TablePlan;
import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XEnumeration;
import com.sun.star.container.XEnumerationAccess;
import com.sun.star.container.XNameAccess;
import com.sun.star.container.XNamed;
import com.sun.star.frame.XController;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiServiceFactory;
import com.sun.star.sheet.XCellRangeData;
import com.sun.star.style.ParagraphAdjust;
import com.sun.star.table.XCellRange;
import com.sun.star.text.ControlCharacter;
import com.sun.star.text.HoriOrientation;
import com.sun.star.text.TableColumnSeparator;
import com.sun.star.text.VertOrientation;
import com.sun.star.text.XParagraphCursor;
import com.sun.star.text.XText;
import com.sun.star.text.XTextCursor;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTable;
import com.sun.star.text.XTextTableCursor;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.uno.XComponentContext;
import com.sun.star.view.XSelectionSupplier;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.TableId;

/**
 * Inserts one official table from {@link ReportSchema#layout}: a plain grid of the layout's size, column
 * widths and cell styles set while the table is still simple, every label written in one call, then the
 * merges of the {@link TablePlan}. The table is named like the .odt template's ("Nianbao_T3"; "Nianbao_T3_2"
 * when the name is taken).
 */
final class WriterTable {
    private static final int RELATIVE_SUM = 10000;

    private WriterTable() {
    }

    /** "Nianbao_T2", "Nianbao_T3", "Nianbao_T4", as the .odt template names them. */
    static String baseName(TableId table) {
        return HouseStyle.tableName(table);
    }

    /**
     * Inserts the table before the paragraph of {@code at} (an empty paragraph, which stays after the table).
     * Cell paragraphs get our table styles: a cell range has no ParaStyleName, so the label style is set
     * through a text cursor spanning a temporary paragraph before the table to the one after it (then the
     * temporary paragraph is removed), and the value style through the view (select the value cells, apply
     * the style); without a controller values keep the label style, which looks the same.
     *
     * @param textWidthMm width of the text area at that place; the table is 156 mm wide and centred,
     *                    or as wide as the text area when that is narrower
     */
    static XTextTable insert(XComponentContext ctx, XController controller, XTextDocument doc, XText text,
                             XTextCursor at, TableId id, double textWidthMm, Styles.Names styles, Phases phases) throws com.sun.star.uno.Exception {
        TablePlan plan = new TablePlan(ReportSchema.get().layout(id));
        TableGeometry geometry = TableGeometry.of(id);
        XMultiServiceFactory factory = Uno.q(XMultiServiceFactory.class, doc);
        XTextTable table = Uno.q(XTextTable.class, factory.createInstance("com.sun.star.text.TextTable"));
        table.initialize(plan.rows, plan.columns);
        Uno.q(XNamed.class, table).setName(freeName(doc, baseName(id)));
        text.insertControlCharacter(at, ControlCharacter.PARAGRAPH_BREAK, false);
        XTextCursor temporary = text.createTextCursorByRange(at);
        Uno.q(XParagraphCursor.class, temporary).gotoPreviousParagraph(false);
        text.insertTextContent(at, table, false);
        XTextCursor span = text.createTextCursorByRange(temporary);
        span.gotoRange(at, true);
        Uno.set(span, "ParaStyleName", styles.of(HouseStyle.STYLE_TABLE_LABEL));
        XEnumeration paragraphs = Uno.q(XEnumerationAccess.class, temporary).createEnumeration();
        Uno.q(XComponent.class, paragraphs.nextElement()).dispose();
        phases.end("table: create, label style");

        if (textWidthMm > geometry.widthMm()) {
            Uno.set(table, "HoriOrient", HoriOrientation.CENTER);
            Uno.set(table, "Width", (int) Math.round(geometry.widthMm() * 100));
        }
        short[] positions = geometry.separators(RELATIVE_SUM);
        TableColumnSeparator[] separators = new TableColumnSeparator[positions.length];
        for (int i = 0; i < positions.length; i++) separators[i] = new TableColumnSeparator(positions[i], true);
        Uno.set(table, "TableColumnSeparators", separators);
        if (geometry.headerRows > 0) {
            Uno.set(table, "RepeatHeadline", true);
            Uno.set(table, "HeaderRowCount", geometry.headerRows);
            // the header band is never cut by a page break (issue 10, defect 8: table 三 split its header)
            com.sun.star.container.XIndexAccess rows = table.getRows();
            for (int r = 0; r < geometry.headerRows && r < rows.getCount(); r++) Uno.set(rows.getByIndex(r), "IsSplitAllowed", false);
        }

        phases.end("table: widths, header");
        XCellRange cells = Uno.q(XCellRange.class, table);
        Object all = cells.getCellRangeByName(CellNames.range(0, 0, plan.columns - 1, plan.rows - 1));
        Uno.set(all, "VertOrient", VertOrientation.CENTER);
        if (geometry.fontPt != 10.5) {
            float pt = (float) geometry.fontPt;
            Uno.set(all, "CharHeight", pt); // a cell range has no XMultiPropertySet
            Uno.set(all, "CharHeightAsian", pt);
        }
        for (String range : plan.rowLabelRanges) Uno.set(cells.getCellRangeByName(range), "ParaAdjust", ParagraphAdjust.LEFT);
        phases.end("table: cell properties");
        if (controller != null) applyValueStyle(ctx, controller, cells, plan, styles.of(HouseStyle.STYLE_TABLE_VALUE));
        phases.end("table: value style");

        if (!plan.keptTogether.isEmpty()) LabelRowKeep.applyBeforeMerges(doc, table, plan);
        phases.end("table: rows kept together");

        Object[][] data = new Object[plan.rows][];
        for (int r = 0; r < plan.rows; r++) data[r] = plan.texts[r].clone();
        Uno.q(XCellRangeData.class, table).setDataArray(data);
        phases.end("table: texts");

        for (String merge : plan.merges) {
            String[] ends = merge.split(":");
            XTextTableCursor cursor = table.createCursorByCellName(ends[0]);
            cursor.gotoCellByName(ends[1], true);
            if (!cursor.mergeRange()) throw new IllegalStateException("could not merge " + merge + " in " + id);
        }
        phases.end("table: merges");
        return table;
    }

    /** Selects each value range in the view and applies the value style to it (.uno:StyleApply). */
    private static void applyValueStyle(XComponentContext ctx, XController controller, XCellRange cells, TablePlan plan,
                                        String valueStyle) throws com.sun.star.uno.Exception {
        XSelectionSupplier selection = Uno.q(XSelectionSupplier.class, controller);
        XDispatchProvider frame = Uno.q(XDispatchProvider.class, controller.getFrame());
        if (selection == null || frame == null) return;
        XDispatchHelper helper = Uno.q(XDispatchHelper.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx));
        PropertyValue[] args = {Uno.prop("Style", valueStyle), Uno.prop("FamilyName", "ParagraphStyles")};
        for (String range : plan.valueRanges) {
            if (selection.select(cells.getCellRangeByName(range))) helper.executeDispatch(frame, ".uno:StyleApply", "", 0, args);
        }
    }

    private static String freeName(XTextDocument doc, String base) {
        XNameAccess tables = Uno.q(XTextTablesSupplier.class, doc).getTextTables();
        if (!tables.hasByName(base)) return base;
        for (int i = 2; ; i++) {
            if (!tables.hasByName(base + "_" + i)) return base + "_" + i;
        }
    }
}
