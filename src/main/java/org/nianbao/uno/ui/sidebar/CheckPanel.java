package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XControl;
import com.sun.star.awt.XListBox;
import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.util.List;
import org.nianbao.core.rules.Evaluation;
import org.nianbao.uno.session.ReportCheck;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.Sessions;
import org.nianbao.uno.session.Worklist;
import org.nianbao.uno.Uno;

/**
 * Panel 校验 as a worklist: the status line (“已通过” / “3 个错误，2 个警告”), then errors, warnings and notes,
 * grouped by table or section with counts, the blank cells of one table as one line (see {@link Worklist});
 * a filter 全部 / 只看错误; the full text of the selected line; 上一个问题 / 下一个问题
 * ({@code nianbao:previous-finding}, {@code nianbao:next-finding}), 空白单元格填 0 ({@code nianbao:fill-blanks}),
 * 重新计算合计 ({@code nianbao:recompute}) and 检查 ({@code nianbao:check}). It shows the latest result of its
 * frame's document (its {@link ReportSession}, told through {@link Sessions}) and is refreshed by every save,
 * check or recompute of that document. Selecting a line puts the cursor into its cell (or heading); a
 * double click (or Enter), and 上一个问题 / 下一个问题, also move the keyboard focus there, to type the correction.
 */
final class CheckPanel extends PanelContent implements Sessions.Listener {
    static final String ID = "check";
    static final int LIST_HEIGHT = 160;

    private XControl status;
    private XListBox list;
    private XControl detail;
    private Object filter;
    /** The result shown, and its worklist lines in list order. */
    private volatile ReportCheck.Result shown;
    private volatile List<Worklist.Line> lines = List.of();
    private volatile boolean errorsOnly;

    CheckPanel(XComponentContext ctx, XFrame frame) {
        super(ctx, frame);
    }

    @Override
    void build(Form f) throws com.sun.star.uno.Exception {
        status = f.label("status", ui.get("sidebar.check.none"));
        f.row(Form.LABEL, status);
        filter = f.button("filter", ui.get("worklist.filterErrors"), ui.get("worklist.filter.help"), this::toggleFilter);
        Object previous = f.button("previous", ui.get("worklist.previous"), ui.get("worklist.previous.help"),
                () -> step("nianbao:previous-finding"));
        Object next = f.button("next", ui.get("worklist.next"), ui.get("worklist.next.help"),
                () -> step("nianbao:next-finding"));
        f.row(Form.LINE, previous, next, filter);
        list = f.list("findings", ui.get("sidebar.check.findings.help"), this::selected, this::focusDocument);
        f.row(LIST_HEIGHT, list);
        detail = f.text("detail", "");
        f.row(Form.LABEL * 3, detail);
        Object blanks = f.button("fillBlanks", ui.get("worklist.fillBlanks"), ui.get("worklist.fillBlanks.help"),
                () -> dispatch("nianbao:fill-blanks"));
        f.row(Form.LINE, blanks);
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

    /**
     * 上一个问题 / 下一个问题: the cursor goes to the problem and the keyboard focus to the document, so that what
     * the clerk types next goes into the cell; a click leaves the focus on the button, where the keystrokes were
     * lost (ClerkKeyboardIT).
     */
    private void step(String url) throws com.sun.star.uno.Exception {
        dispatch(url);
        focusDocument();
    }

    /** 只看错误 ⇄ 全部. */
    private void toggleFilter() {
        errorsOnly = !errorsOnly;
        Form.setLabel(Uno.q(XControl.class, filter), ui.get(errorsOnly ? "worklist.filterAll" : "worklist.filterErrors"));
        show(shown);
    }

    /** The status line and the worklist for a result (null: not checked yet). */
    private synchronized void show(ReportCheck.Result result) {
        shown = result;
        List<Worklist.Line> current = result == null ? List.of() : Worklist.lines(result.evaluation, ui, errorsOnly);
        lines = current;
        Form.setLabel(status, result == null ? ui.get("sidebar.check.none") : summary(result.evaluation));
        Form.setLabel(detail, "");
        short count = list.getItemCount();
        if (count > 0) list.removeItems((short) 0, count);
        String[] items = new String[current.size()];
        for (int i = 0; i < items.length; i++) items[i] = current.get(i).text;
        if (items.length > 0) list.addItems(items, (short) 0);
    }

    private String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                : ui.get("check.summary", ev.errorCount(), ev.warningCount());
    }

    /** The user selected a line: show its text and put the cursor at its place in the document. */
    private void selected() throws com.sun.star.uno.Exception {
        int i = list.getSelectedItemPos();
        List<Worklist.Line> current = lines;
        if (i < 0 || i >= current.size()) return;
        Worklist.Line line = current.get(i);
        Form.setLabel(detail, line.finding == null || line.blanks > 0 ? line.text : line.finding.message(ui.lang()));
        XController controller = frame.getController();
        ReportCheck.Result r = shown;
        if (controller == null || line.finding == null) return;
        FindingSelector.Target target = FindingSelector.select(controller, r == null ? null : r.report, line.finding);
        if (target == FindingSelector.Target.NOTHING) {
            Form.setLabel(detail, line.finding.message(ui.lang()) + " " + ui.get("sidebar.check.notFound"));
        } else if (target == FindingSelector.Target.CELL && line.blanks == 0) {
            Form.setLabel(detail, FindingSelector.cue(ui, r.report, line.finding));
        }
    }
}
