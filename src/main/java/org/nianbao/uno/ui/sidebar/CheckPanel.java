package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.FontDescriptor;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XDevice;
import com.sun.star.awt.XFont;
import com.sun.star.awt.XListBox;
import com.sun.star.frame.XController;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.uno.Log;
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
    /** The list's height when the deck is short (1366×768 with the other panels collapsed) and when it has room. */
    static final int LIST_MINIMUM = 110;
    static final int LIST_PREFERRED = 240;
    /** The most the list asks for to show all its rows (the sidebar may give it more on a tall screen). */
    static final int LIST_MOST = 640;
    /** What the list box's frame and vertical scrollbar take from its width (gen and gtk3 VCL plugins). */
    static final int LIST_CHROME = 30;

    private XControl status;
    private XListBox list;
    private XControl detail;
    private Object filter;
    /** The result shown, and its worklist lines in list order. */
    private volatile ReportCheck.Result shown;
    private volatile List<Worklist.Line> lines = List.of();
    /** For each row of the list box, the index of its worklist line (a long line wraps over several rows). */
    private volatile int[] rowLine = new int[0];
    /** The text width the rows were wrapped at. */
    private volatile int wrappedAt = -1;
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
        f.flexibleRow(LIST_MINIMUM, this::listHeight, list);
        detail = f.text("detail", "");
        f.fittedRow(Form.LABEL * 2, detail);
        Object blanks = f.button("fillBlanks", ui.get("worklist.fillBlanks"), ui.get("worklist.fillBlanks.help"),
                () -> dispatch("nianbao:fill-blanks"));
        f.row(Form.LINE, blanks);
        Object recompute = f.button("recompute", ui.get("sidebar.check.recompute"), ui.get("sidebar.check.recompute.help"),
                () -> dispatch("nianbao:recompute"));
        Object check = f.button("check", ui.get("sidebar.check.check"), ui.get("sidebar.check.check.help"),
                () -> dispatch("nianbao:check"));
        f.row(Form.LINE, recompute, check);
        f.afterLayout(this::wrapAgain);
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
        if (m != null && UnoRuntime.areSame(m, document)) {
            show(result); // 校验 opening for a document that became a report: ReportWatch
        }
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
        setDetail("");
        fill(current, false);
    }

    /** The list's rows: each line wrapped at the list's text width (no horizontal scrollbar, nothing cut off). */
    private void fill(List<Worklist.Line> current, boolean keepSelection) {
        int width = textWidth();
        wrappedAt = width;
        LineWrap.Widths widths = widths();
        List<String> rows = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            List<String> wrapped = width > 0 ? LineWrap.wrap(current.get(i).text, width, widths) : List.of(current.get(i).text);
            for (String r : wrapped) {
                rows.add(r);
                owners.add(i);
            }
        }
        int[] map = new int[owners.size()];
        for (int i = 0; i < map.length; i++) map[i] = owners.get(i);
        short selected = list.getSelectedItemPos();
        int selectedLine = keepSelection && selected >= 0 && selected < rowLine.length ? rowLine[selected] : -1;
        short count = list.getItemCount();
        if (count > 0) list.removeItems((short) 0, count);
        rowLine = map;
        if (!rows.isEmpty()) list.addItems(rows.toArray(new String[0]), (short) 0);
        if (form != null && !keepSelection) form.refit(); // the list's preferred height follows its rows
        if (selectedLine >= 0) {
            for (int r = 0; r < map.length; r++) {
                if (map[r] == selectedLine) {
                    list.selectItemPos((short) r, true); // on the control: no item event, the cursor stays
                    break;
                }
            }
        }
    }

    /** The list's preferred height: all its rows when that is between {@link #LIST_PREFERRED} and {@link #LIST_MOST}. */
    private int listHeight() {
        int rowHeight = 18;
        try {
            XDevice device = Uno.q(XDevice.class, Uno.q(XControl.class, list).getPeer());
            XFont font = device == null ? null : device.getFont(new FontDescriptor());
            if (font != null) {
                com.sun.star.awt.SimpleFontMetric m = font.getFontMetric();
                if (m.Ascent + m.Descent > 0) rowHeight = m.Ascent + m.Descent + 1;
            }
        } catch (RuntimeException e) {
            Log.error("the list's row height", e);
        }
        int all = rowLine.length * rowHeight + 8;
        return Math.min(LIST_MOST, Math.max(LIST_PREFERRED, all));
    }

    /**
     * After a layout: wrap the rows again when the list's width changed. Not synchronized: it runs on the main
     * thread inside a layout (holding the office's SolarMutex), while {@link #show} may hold this panel's lock on
     * another thread and wait for that mutex.
     */
    private void wrapAgain() {
        if (textWidth() != wrappedAt) fill(lines, true);
    }

    /** The width the list's text may take, or 0 before the first layout. */
    private int textWidth() {
        com.sun.star.awt.XWindow w = Uno.q(com.sun.star.awt.XWindow.class, list);
        int width = w == null ? 0 : w.getPosSize().Width;
        return width <= LIST_CHROME ? 0 : width - LIST_CHROME;
    }

    /** The list font's character positions (XFont.getStringWidthArray), or an estimate when the font is unavailable. */
    private LineWrap.Widths widths() {
        XFont font = null;
        try {
            XDevice device = Uno.q(XDevice.class, Uno.q(XControl.class, list).getPeer());
            font = device == null ? null : device.getFont(new FontDescriptor());
        } catch (RuntimeException e) {
            Log.error("the list's font", e);
        }
        XFont measured = font;
        return text -> {
            if (measured != null) {
                int[][] dx = new int[1][];
                measured.getStringWidthArray(text, dx);
                if (dx[0] != null && dx[0].length == text.length()) return dx[0];
            }
            int[] estimate = new int[text.length()];
            int x = 0;
            for (int i = 0; i < estimate.length; i++) {
                x += text.charAt(i) >= 0x2E80 ? 15 : 8;
                estimate[i] = x;
            }
            return estimate;
        };
    }

    /** The detail line under the list: its row grows with the text (wrapped), so long messages are not cut off. */
    private void setDetail(String text) {
        Form.setLabel(detail, text);
        if (form != null) form.refit();
    }

    private String summary(Evaluation ev) {
        return ev.errorCount() == 0 && ev.warningCount() == 0 ? ui.get("check.passed")
                : ui.get("check.summary", ev.errorCount(), ev.warningCount());
    }

    /** The row selected last (a line's first row), for {@link #lineStart}. */
    private int lastRow = -1;

    /**
     * A wrapped line is one entry for the user: a continuation row reached by Down (the row after the one selected
     * last) moves on to the next line's first row, any other continuation row to its own line's first row; the
     * selection is moved there (on the control: no second item event).
     */
    private int lineStart(int[] map, int row) {
        if (row == 0 || map[row] != map[row - 1]) return row;
        int to = row;
        if (row == lastRow + 1) {
            while (to < map.length && map[to] == map[row]) to++;
            if (to == map.length) to = row; // the last line: back to its start below
        }
        if (to == row) while (to > 0 && map[to - 1] == map[row]) to--;
        list.selectItemPos((short) to, true);
        return to;
    }

    /** The user selected a line: show its text and put the cursor at its place in the document. */
    private void selected() throws com.sun.star.uno.Exception {
        int row = list.getSelectedItemPos();
        int[] map = rowLine;
        List<Worklist.Line> current = lines;
        if (row < 0 || row >= map.length) return;
        row = lineStart(map, row);
        lastRow = row;
        int i = map[row];
        if (i < 0 || i >= current.size()) return;
        Worklist.Line line = current.get(i);
        setDetail(line.finding == null || line.blanks > 0 ? line.text : line.finding.message(ui.lang()));
        XController controller = frame.getController();
        ReportCheck.Result r = shown;
        if (controller == null || line.finding == null) return;
        FindingSelector.Target target = FindingSelector.select(controller, r == null ? null : r.report, line.finding);
        if (target == FindingSelector.Target.NOTHING) {
            setDetail(line.finding.message(ui.lang()) + " " + ui.get("sidebar.check.notFound"));
        } else if (target == FindingSelector.Target.CELL && line.blanks == 0) {
            setDetail(FindingSelector.cue(ui, r.report, line.finding));
        }
    }
}
