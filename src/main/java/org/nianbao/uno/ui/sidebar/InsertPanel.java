package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.XListBox;
import com.sun.star.frame.XFrame;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.nianbao.core.bound.BoundKey;
import org.nianbao.core.bound.DataSentences;
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
        f.space(2);
        f.row(Form.LABEL, f.label("text", ui.get("sidebar.insert.text")));
        f.row(Form.LINE, f.button(DATA_SENTENCES, ui.get("sidebar.insert.dataSentences"), ui.get("sidebar.insert.dataSentences.help"), () -> {
            dispatch(CommandUrl.DATA_SENTENCES_URL);
            focusDocument();
        }));
        List<String> keys = bindableKeys();
        String[] labels = new String[keys.size()];
        for (int k = 0; k < labels.length; k++) labels[k] = BoundKey.describe(keys.get(k), zh);
        XListBox choice = f.dropdown(BIND_KEY, ui.get("sidebar.insert.bindKey"), labels);
        f.row(Form.LINE, choice);
        f.row(Form.LINE, f.button(BIND, ui.get("sidebar.insert.bind"), ui.get("sidebar.insert.bind.help"), () -> {
            int at = choice.getSelectedItemPos();
            if (at < 0) return;
            dispatch(CommandUrl.bindNumber(keys.get(at)));
            focusDocument();
        }));
    }

    static final String DATA_SENTENCES = "insert.dataSentences";
    static final String BIND_KEY = "insert.bindKey";
    static final String BIND = "insert.bind";

    /** The keys the 绑定 list offers: those the data sentences quote, once each, in their order. */
    static List<String> bindableKeys() {
        return new ArrayList<>(new LinkedHashSet<>(DataSentences.keys()));
    }

    private Object button(Form f, Part part, String label, String help) throws com.sun.star.uno.Exception {
        return f.button(buttonName(part), label, help, () -> {
            dispatch(CommandUrl.insert(part));
            focusDocument();
        });
    }
}
