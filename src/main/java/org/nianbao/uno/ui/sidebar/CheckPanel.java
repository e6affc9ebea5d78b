package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XControl;
import com.sun.star.awt.XListBox;
import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.Finding;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.uno.session.ReportCheck;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.Sessions;

/**
 * Panel 校验: the status line (“已通过” / “3 个错误，2 个警告”), the findings in document order, the full
 * text of the selected one, and the buttons 重新计算合计 ({@code nianbao:recompute}) and 检查
 * ({@code nianbao:check}). It shows the latest result of its frame's document (its {@link ReportSession}, told through {@link Sessions})
 * and is refreshed by every save, check or recompute of that document. Selecting a finding selects its
 * cell (or heading) in the document; a double click (or Enter) also moves the keyboard focus there, to type
 * the correction.
 */
final class CheckPanel extends PanelContent implements Sessions.Listener {
    static final String ID = "check";
    static final int LIST_HEIGHT = 220;

    private XControl status;
    private XListBox list;
    private XControl detail;
    /** The result shown, and its findings in list order. */
    private volatile ReportCheck.Result shown;
    private volatile List<Finding> findings = List.of();

    CheckPanel(XComponentContext ctx, XFrame frame) {
        super(ctx, frame);
    }

    @Override
    void build(Form f) throws com.sun.star.uno.Exception {
        status = f.label("status", ui.get("sidebar.check.none"));
        f.row(Form.LABEL, status);
        list = f.list("findings", ui.get("sidebar.check.findings.help"), this::selected, this::focusDocument);
        f.row(LIST_HEIGHT, list);
        detail = f.text("detail", "");
        f.row(Form.LABEL * 3, detail);
        Object recompute = f.button("recompute", ui.get("sidebar.check.recompute"), ui.get("sidebar.check.recompute.help"),
                () -> dispatch("nianbao:recompute"));
        Object check = f.button("check", ui.get("sidebar.check.check"), ui.get("sidebar.check.check.help"),
                () -> dispatch("nianbao:check"));
        f.row(Form.LINE, recompute, check);
        Sessions.addListener(this);
    }

    @Override
    void attached() {
        XModel m = model();
        ReportSession s = m == null ? null : Sessions.find(m);
        show(s == null ? null : s.shown());
    }

    @Override
    void dispose() {
        Sessions.removeListener(this);
    }

    @Override
    public void resultChanged(Object document, ReportCheck.Result result, String origin) {
        XModel m = model();
        if (m != null && UnoRuntime.areSame(m, document)) show(result);
    }

    /** The status line and the list for a result (null: not checked yet). */
    private synchronized void show(ReportCheck.Result result) {
        shown = result;
        List<Finding> sorted = new ArrayList<>();
        if (result != null) sorted.addAll(result.evaluation.findings());
        sorted.sort(Finding.DOCUMENT_ORDER);
        findings = sorted;
        Form.setLabel(status, result == null ? ui.get("sidebar.check.none") : summary(result.evaluation));
        Form.setLabel(detail, "");
        short count = list.getItemCount();
        if (count > 0) list.removeItems((short) 0, count);
        String[] items = new String[sorted.size()];
        for (int i = 0; i < items.length; i++) items[i] = entry(sorted.get(i));
        if (items.length > 0) list.addItems(items, (short) 0);
    }

    private String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                : ui.get("check.summary", ev.errorCount(), ev.warningCount());
    }

    /** “【错误】表三 （七）总计 / 自然人：应为 10，实为 9。…” */
    String entry(Finding f) {
        return ui.get("sidebar.check.entry", ui.get("severity." + f.severity.id), f.message(ui.lang()));
    }

    /** The user selected a finding: show its text and select its place in the document. */
    private void selected() throws com.sun.star.uno.Exception {
        int i = list.getSelectedItemPos();
        List<Finding> current = findings;
        if (i < 0 || i >= current.size()) return;
        Finding f = current.get(i);
        Form.setLabel(detail, f.message(ui.lang()));
        XController controller = frame.getController();
        ReportCheck.Result r = shown;
        if (controller == null) return;
        FindingSelector.Target target = FindingSelector.select(controller, r == null ? null : r.report, f.key);
        if (target == FindingSelector.Target.NOTHING) {
            Form.setLabel(detail, f.message(ui.lang()) + " " + ui.get("sidebar.check.notFound"));
        }
    }
}
