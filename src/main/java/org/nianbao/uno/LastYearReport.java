package org.nianbao.uno;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XEnumeration;
import com.sun.star.document.MacroExecMode;
import com.sun.star.document.UpdateDocMode;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDesktop;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.Profile;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.core.rules.Checker;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.core.schema.CellDef;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.T3Row;
import org.nianbao.core.schema.TableId;

/**
 * Last year's report: reading it through LibreOffice (.odt, .docx, .doc: opened hidden and read-only,
 * recognised by the same reader, closed again) and filling this year's 二、上年结转 (table 三) from its
 * 四、结转下年度继续办理, as one undo step.
 */
public final class LastYearReport {
    /** Table 三's row keys (spec §7): this year's carried-over row, last year's carried-forward row. */
    static final String CARRIED_OVER = "carried_over";
    static final String CARRY_FORWARD = "carry_forward";

    private LastYearReport() {
    }

    /**
     * Reads the report at a URL. A document the office already has open is read as it is (and left
     * open); anything else is opened hidden and read-only, without macros, and closed afterwards.
     */
    public static Report read(XComponentContext ctx, String url) throws com.sun.star.uno.Exception {
        XDesktop desktop = Uno.q(XDesktop.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.Desktop", ctx));
        XTextDocument open = alreadyOpen(desktop, url);
        if (open != null) return DocumentReader.read(UnoDocumentAdapter.read(open));
        XComponent c = Uno.q(XComponentLoader.class, desktop).loadComponentFromURL(url, "_blank", 0, new PropertyValue[] {
            Uno.prop("Hidden", Boolean.TRUE),
            Uno.prop("ReadOnly", Boolean.TRUE),
            Uno.prop("MacroExecutionMode", MacroExecMode.NEVER_EXECUTE),
            Uno.prop("UpdateDocMode", UpdateDocMode.NO_UPDATE),
        });
        try {
            XTextDocument doc = Uno.q(XTextDocument.class, c);
            if (doc == null) throw new NotATextDocumentException(url);
            return DocumentReader.read(UnoDocumentAdapter.read(doc));
        } finally {
            close(c);
        }
    }

    /** Thrown when the URL does not open as a text document. */
    public static final class NotATextDocumentException extends com.sun.star.uno.Exception {
        NotATextDocumentException(String url) {
            super("not a text document: " + url);
        }
    }

    private static XTextDocument alreadyOpen(XDesktop desktop, String url) throws com.sun.star.uno.Exception {
        XEnumeration e = desktop.getComponents().createEnumeration();
        while (e.hasMoreElements()) {
            XModel m = Uno.q(XModel.class, e.nextElement());
            if (m != null && url.equals(m.getURL())) return Uno.q(XTextDocument.class, m);
        }
        return null;
    }

    private static void close(XComponent c) {
        if (c == null) return;
        Log.guard("closing last year's report", () -> {
            XCloseable closeable = UnoRuntime.queryInterface(XCloseable.class, c);
            if (closeable != null) closeable.close(true);
            else c.dispose();
        });
    }

    /**
     * Last year's 四、结转下年度继续办理 as the texts for this year's 二、上年结转, by key of this year's cell:
     * the applicant columns that hold a number last year (the row total is computed, not copied).
     */
    public static Map<String, String> carriedOver(Report previous, Profile profile) {
        Map<String, String> out = new LinkedHashMap<>();
        if (previous == null || !previous.hasTable(TableId.T3)) return out;
        Evaluation before = Checker.check(previous, null, profile);
        for (Labels col : ReportSchema.get().t3Columns()) {
            String to = key(CARRIED_OVER, col.key);
            if (ReportSchema.get().cell(to).computed) continue;
            BigDecimal v = before.value(key(CARRY_FORWARD, col.key));
            if (v != null) out.put(to, UnoDocumentAdapter.text(v));
        }
        return out;
    }

    /** Table 三's row labels, “二、上年结转政府信息公开申请数量” and “四、结转下年度继续办理”, from the schema. */
    public static String carriedOverLabel() {
        return rowLabel(CARRIED_OVER);
    }

    public static String carryForwardLabel() {
        return rowLabel(CARRY_FORWARD);
    }

    private static String rowLabel(String row) {
        for (T3Row r : ReportSchema.get().t3Rows()) if (r.key.equals(row)) return r.label;
        throw new IllegalStateException("no row " + row);
    }

    static String key(String row, String column) {
        return TableId.T3.prefix + "." + row + "." + column;
    }

    /** What {@link #fill} did. */
    public static final class Filled {
        /** Cells written, key to text (the applicant columns and the row total). */
        public final Map<String, String> written;
        /** Cells that held another non-blank value before. */
        public final Map<String, String> replaced;
        /** The document checked after writing, with last year's report. */
        public final ReportCheck.Result after;

        Filled(Map<String, String> written, Map<String, String> replaced, ReportCheck.Result after) {
            this.written = written;
            this.replaced = replaced;
            this.after = after;
        }
    }

    /**
     * Writes {@link #carriedOver} into this year's table 三 (and the row's total), in one bulk write as one
     * undo step; null when this document has no table 三 or last year's has no value to copy.
     */
    public static Filled fill(XTextDocument doc, Report previous, Profile profile, String undoTitle)
            throws com.sun.star.uno.Exception {
        ReportCheck.Result now = ReportCheck.check(doc, previous, profile);
        Map<String, String> values = carriedOver(previous, profile);
        if (!now.report.hasTable(TableId.T3) || values.isEmpty()) return null;
        Report report = now.report;
        Map<String, String> written = new LinkedHashMap<>();
        Map<String, String> replaced = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : values.entrySet()) {
            CellLocation at = report.location(e.getKey());
            if (at == null) continue;
            String old = report.cellText(e.getKey());
            if (old != null && !old.isBlank() && !old.trim().equals(e.getValue())) replaced.put(e.getKey(), old.trim());
            report.cell(e.getKey(), e.getValue(), at);
            written.put(e.getKey(), e.getValue());
        }
        String totalKey = key(CARRIED_OVER, totalColumn());
        BigDecimal total = Checker.check(report, null, profile).computed(totalKey);
        if (total != null && org.nianbao.core.rules.TotalsOutput.isWritable(report, totalKey)) { // never an input's cell
            report.cell(totalKey, UnoDocumentAdapter.text(total), report.location(totalKey));
            written.put(totalKey, UnoDocumentAdapter.text(total));
        }
        Map<CellLocation, String> byLocation = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : written.entrySet()) byLocation.put(report.location(e.getKey()), e.getValue());
        XUndoManager undo = Uno.q(XUndoManagerSupplier.class, doc).getUndoManager();
        XModel model = Uno.q(XModel.class, doc);
        undo.enterUndoContext(undoTitle);
        model.lockControllers();
        try {
            UnoDocumentAdapter.write(doc, byLocation);
        } finally {
            model.unlockControllers();
            undo.leaveUndoContext();
        }
        return new Filled(written, replaced, new ReportCheck.Result(report, Checker.check(report, previous, profile)));
    }

    /** The key of table 三's total column (the computed one). */
    private static String totalColumn() {
        for (CellDef c : ReportSchema.get().cells(TableId.T3)) {
            if (c.rowKey.equals(CARRIED_OVER) && c.computed) return c.columnKey;
        }
        throw new IllegalStateException("table 三 has no total column");
    }
}
