package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XControl;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.ui.dialogs.ExecutableDialogResults;
import com.sun.star.ui.dialogs.TemplateDescription;
import com.sun.star.ui.dialogs.XFilePicker3;
import com.sun.star.ui.dialogs.XFolderPicker2;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.uno.Log;
import org.nianbao.uno.boot.CommandUrl;
import org.nianbao.uno.session.CarriedOver;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.Sessions;
import org.nianbao.uno.UiText;
import org.nianbao.uno.Uno;

/**
 * Panel 上年报告: choose last year's report (.odt, .docx, .doc) with LibreOffice's file picker; it is read by
 * {@code nianbao:previous?url=…} (opened hidden, recognised, closed; later checks of this document include
 * P-1 and P-10); it is kept in the document (shown as “已保存在本文档中”), 更换… chooses another, 移除
 * ({@code nianbao:previous-remove}) drops it. Then the panel offers 填入上年结转 ({@code nianbao:fill-carried-over}): this year's
 * 二、上年结转 from last year's 四、结转下年度继续办理, as one undo step. 汇总下级报告… (issue 11) picks a folder of
 * unit reports and fills this report's tables with their sums ({@code nianbao:aggregate?dir=…}).
 */
final class PreviousPanel extends PanelContent implements Sessions.Listener {
    static final String ID = "previous";

    private XControl current;
    private XControl stored;
    private XControl choose;
    private Object remove;
    private Object fill;

    PreviousPanel(XComponentContext ctx, XFrame frame) {
        super(ctx, frame);
    }

    @Override
    void build(Form f) throws com.sun.star.uno.Exception {
        current = f.text("current", ui.get("previous.panel.none"));
        f.row(Form.LABEL * 2, current);
        stored = f.text("stored", "");
        f.row(Form.LABEL * 2, stored);
        choose = Uno.q(XControl.class, f.button("choose", ui.get("previous.panel.choose"), ui.get("previous.panel.choose.help"), this::choose));
        remove = f.button("remove", ui.get("previous.panel.remove"), ui.get("previous.panel.remove.help"),
                () -> dispatch("nianbao:previous-remove"));
        f.row(Form.LINE, choose, remove);
        f.row(Form.LABEL * 3, f.text("offer", ui.get("previous.panel.offer",
                CarriedOver.carryForwardLabel(), CarriedOver.carriedOverLabel())));
        fill = f.button("fill", ui.get("previous.panel.fill"), ui.get("previous.panel.fill.help"),
                () -> dispatch("nianbao:fill-carried-over"));
        f.row(Form.LINE, fill);
        f.row(Form.LINE, f.button("aggregate", ui.get("previous.panel.aggregate"), ui.get("previous.panel.aggregate.help"),
                this::chooseFolder));
        Sessions.addListener(this);
    }

    @Override
    void attached() {
        ReportSession s = Sessions.find(model());
        show(s == null ? null : s.lastYear());
    }

    @Override
    void dispose() {
        Sessions.removeListener(this);
    }

    @Override
    public void lastYearChanged(Object document, Sessions.LastYear entry) {
        XModel m = model();
        if (m != null && UnoRuntime.areSame(m, document)) show(entry);
    }

    private void show(Sessions.LastYear entry) {
        Form.setLabel(current, current(ui, entry));
        Form.setLabel(stored, stored(ui, entry));
        Log.guard("the tooltip of the kept report", () -> Uno.set(stored.getModel(), "HelpText", storedHelp(ui, entry)));
        Form.setLabel(choose, ui.get(entry == null ? "previous.panel.choose" : "previous.panel.change"));
        Form.setEnabled(remove, entry != null);
        Form.setEnabled(fill, entry != null);
    }

    /** The first line: the file and its year, or that none is chosen. */
    static String current(UiText ui, Sessions.LastYear entry) {
        if (entry == null) return ui.get("previous.panel.none");
        Integer year = entry.report.year();
        return year == null ? ui.get("previous.panel.current", entry.fileName())
                : ui.get("previous.panel.currentYear", entry.fileName(), year);
    }

    /**
     * The second: its agency and whether it is kept in the document (“已保存在本文档中”), then on one line how the
     * file stands (changed since it was read: the kept values are still used; not here) and whether its text
     * was kept. Short, for two lines of the panel; {@link #storedHelp} explains each in the tooltip.
     */
    static String stored(UiText ui, Sessions.LastYear entry) {
        if (entry == null) return "";
        if (!entry.stored) return ui.get("previous.panel.sessionOnly");
        String agency = entry.report.agency();
        String first = agency == null || agency.isBlank() ? ui.get("previous.panel.storedNoAgency")
                : ui.get("previous.panel.stored", agency.strip());
        List<String> notes = notes(ui, entry, "");
        return notes.isEmpty() ? first : first + "\n" + String.join(ui.get("previous.panel.noteSeparator"), notes);
    }

    /** The tooltip of {@link #stored}: each note in full. */
    static String storedHelp(UiText ui, Sessions.LastYear entry) {
        if (entry == null || !entry.stored) return "";
        return String.join(" ", notes(ui, entry, ".help"));
    }

    private static List<String> notes(UiText ui, Sessions.LastYear entry, String suffix) {
        List<String> notes = new ArrayList<>();
        if (entry.fileState == Sessions.LastYear.FileState.NEWER) notes.add(ui.get("previous.panel.newer" + suffix));
        else if (entry.fileState == Sessions.LastYear.FileState.MISSING) notes.add(ui.get("previous.panel.missing" + suffix));
        if (entry.sectionsDropped) notes.add(ui.get("previous.panel.noSections" + suffix));
        return notes;
    }

    /** The file picker (modal, as LibreOffice's own Open dialog), then {@code nianbao:previous?url=…}. */
    private void choose() throws com.sun.star.uno.Exception {
        XFilePicker3 picker = Uno.q(XFilePicker3.class, ctx.getServiceManager().createInstanceWithArgumentsAndContext(
                "com.sun.star.ui.dialogs.FilePicker", new Object[] {TemplateDescription.FILEOPEN_SIMPLE}, ctx));
        picker.setTitle(ui.get("previous.panel.pickerTitle"));
        picker.appendFilter(ui.get("previous.panel.filter"), "*.odt;*.docx;*.doc");
        picker.appendFilter(ui.get("previous.panel.filterAll"), "*.*");
        picker.setCurrentFilter(ui.get("previous.panel.filter"));
        String folder = folderOf(model() == null ? null : model().getURL());
        if (folder != null) picker.setDisplayDirectory(folder); // the document's folder, not the home folder (issue 10)
        String[] files;
        try {
            if (picker.execute() != ExecutableDialogResults.OK) return;
            files = picker.getSelectedFiles();
        } finally {
            picker.dispose();
        }
        if (files == null || files.length == 0) return;
        dispatch(CommandUrl.previous(files[0]));
    }

    /** 汇总下级报告: the folder picker (starting in the document's folder), then {@code nianbao:aggregate?dir=…}. */
    private void chooseFolder() throws com.sun.star.uno.Exception {
        XFolderPicker2 picker = Uno.q(XFolderPicker2.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.ui.dialogs.FolderPicker", ctx));
        picker.setTitle(ui.get("previous.panel.aggregate.pickerTitle"));
        String folder = folderOf(model() == null ? null : model().getURL());
        if (folder != null) picker.setDisplayDirectory(folder);
        if (picker.execute() != ExecutableDialogResults.OK) return;
        String chosen = picker.getDirectory();
        if (chosen == null || chosen.isEmpty()) return;
        dispatch(CommandUrl.aggregate(chosen, false));
    }

    /** The folder URL of a document URL ("file:///a/b/c.odt" → "file:///a/b"), or null for an unsaved document. */
    static String folderOf(String url) {
        if (url == null || !url.startsWith("file:")) return null;
        int slash = url.lastIndexOf('/');
        return slash <= "file://".length() ? null : url.substring(0, slash);
    }
}
