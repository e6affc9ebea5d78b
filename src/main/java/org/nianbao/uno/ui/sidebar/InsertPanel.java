package org.nianbao.uno.ui.sidebar;

import com.sun.star.frame.XFrame;
import com.sun.star.uno.XComponentContext;
import org.nianbao.core.schema.ReportSchema;
import org.nianbao.core.schema.SectionDef;
import org.nianbao.core.schema.TableId;
import org.nianbao.uno.boot.CommandUrl;
import org.nianbao.uno.insert.Part;

/**
 * Panel 插入: the complete report, one button per section 一…六 (its heading as the label), one per table.
 * Each button dispatches {@code nianbao:insert?part=…}, so the insert is the menu's: one undo step, the
 * same refusals and messages.
 */
final class InsertPanel extends PanelContent {
    static final String ID = "insert";

    InsertPanel(XComponentContext ctx, XFrame frame) {
        super(ctx, frame);
    }

    /** The control name of a part's button: "insert.report", "insert.section-1", "insert.table-3". */
    static String buttonName(Part part) {
        return "insert." + part.id;
    }

    @Override
    void build(Form f) throws com.sun.star.uno.Exception {
        boolean zh = ui.lang().equals("zh");
        f.row(Form.LINE, button(f, Part.REPORT, ui.get("sidebar.insert.report"), ui.get("sidebar.insert.report.help")));
        f.space(2);
        f.row(Form.LABEL, f.label("sections", ui.get("sidebar.insert.sections")));
        for (SectionDef s : ReportSchema.get().sections()) {
            Part part = Part.section(s.index);
            f.row(Form.LINE, button(f, part, zh ? s.heading : s.headingEn, ui.get("sidebar.insert.section.help", s.heading)));
        }
        f.space(2);
        f.row(Form.LABEL, f.label("tables", ui.get("sidebar.insert.tables")));
        Object[] tables = new Object[TableId.values().length];
        int i = 0;
        for (TableId t : TableId.values()) {
            String name = zh ? t.nameZh : t.nameEn;
            tables[i++] = button(f, Part.table(t), name, ui.get("sidebar.insert.table.help", name));
        }
        f.row(Form.LINE, tables);
    }

    private Object button(Form f, Part part, String label, String help) throws com.sun.star.uno.Exception {
        return f.button(buttonName(part), label, help, () -> {
            dispatch(CommandUrl.insert(part));
            focusDocument();
        });
    }
}
