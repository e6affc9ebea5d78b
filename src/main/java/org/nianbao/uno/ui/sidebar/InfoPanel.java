package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XControl;
import com.sun.star.awt.XTextComponent;
import com.sun.star.frame.XFrame;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextFieldsSupplier;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XRefreshable;
import org.nianbao.uno.doc.ReportInfo;
import org.nianbao.uno.Uno;

/**
 * Panel 报告信息: 机关名称 and 报告年度, stored in the document ({@link ReportInfo}: user-defined document
 * properties) and shown by the title's fields; 写入文档 writes them (only when they changed) and refreshes the fields.
 */
final class InfoPanel extends PanelContent {
    static final String ID = "info";
    static final int MIN_YEAR = 2008; // the first disclosure reports (条例 2008)
    static final int MAX_YEAR = 2100;

    private XTextComponent agency;
    private XTextComponent year;
    private XControl status;

    InfoPanel(XComponentContext ctx, XFrame frame) {
        super(ctx, frame);
    }

    @Override
    void build(Form f) throws com.sun.star.uno.Exception {
        f.row(Form.LABEL, f.label("agency.label", ui.get("sidebar.info.agency")));
        agency = f.edit("agency", "", ui.get("sidebar.info.agency.help"));
        f.row(Form.LINE, agency);
        f.row(Form.LABEL, f.label("year.label", ui.get("sidebar.info.year")));
        year = f.edit("year", "", ui.get("sidebar.info.year.help"));
        Object apply = f.button("apply", ui.get("sidebar.info.apply"), ui.get("sidebar.info.apply.help"), this::apply);
        f.row(Form.LINE, year, apply);
        status = f.text("status", "");
        f.row(Form.LABEL * 2, status);
    }

    @Override
    void attached() throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        Form.setLabel(status, "");
        if (doc == null) return;
        agency.setText(ReportInfo.agency(doc));
        Integer y = ReportInfo.year(doc);
        year.setText(Integer.toString(y == null ? ReportInfo.defaultYear() : y));
    }

    /** Stores agency and year in the document and refreshes the fields that show them. */
    void apply() throws com.sun.star.uno.Exception {
        XTextDocument doc = document();
        if (doc == null) {
            Form.setLabel(status, ui.get("msg.notWriter"));
            return;
        }
        Integer y = parseYear(year.getText());
        if (y == null) {
            Form.setLabel(status, ui.get("sidebar.info.badYear", MIN_YEAR, MAX_YEAR));
            return;
        }
        if (agency.getText().equals(ReportInfo.agency(doc)) && y.equals(ReportInfo.year(doc))) {
            Form.setLabel(status, ui.get("sidebar.info.unchanged")); // nothing written: the document stays unmodified
            return;
        }
        ReportInfo.setAgency(doc, agency.getText());
        ReportInfo.setYear(doc, y);
        ReportInfo.proposeTitle(doc);
        XRefreshable fields = Uno.q(XRefreshable.class, Uno.q(XTextFieldsSupplier.class, doc).getTextFields());
        if (fields != null) fields.refresh();
        Form.setLabel(status, ui.get("sidebar.info.saved"));
    }

    /** A year between {@link #MIN_YEAR} and {@link #MAX_YEAR} (digits only, full-width digits too), else null. */
    static Integer parseYear(String text) {
        if (text == null) return null;
        StringBuilder digits = new StringBuilder();
        for (char c : text.trim().toCharArray()) {
            if (c >= '0' && c <= '9') digits.append(c);
            else if (c >= '０' && c <= '９') digits.append((char) ('0' + c - '０'));
            else if (c == '年' && digits.length() > 0) break;
            else return null;
        }
        if (digits.length() != 4) return null;
        int y = Integer.parseInt(digits.toString());
        return y < MIN_YEAR || y > MAX_YEAR ? null : y;
    }
}
