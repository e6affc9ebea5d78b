package org.nianbao.uno.ui.sidebar;

import com.sun.star.awt.ActionEvent;
import com.sun.star.awt.ItemEvent;
import com.sun.star.awt.PosSize;
import com.sun.star.awt.XActionListener;
import com.sun.star.awt.XButton;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XControlModel;
import com.sun.star.awt.XItemListener;
import com.sun.star.awt.Size;
import com.sun.star.awt.XLayoutConstrains;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XTextComponent;
import com.sun.star.awt.XToolkit;
import com.sun.star.awt.XWindow;
import com.sun.star.awt.XWindowPeer;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiComponentFactory;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.ui.LayoutSize;
import com.sun.star.uno.XComponentContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;

/**
 * The window of one sidebar panel: a {@code UnoControlContainer} created as a child of the sidebar's
 * parent window, holding AWT controls (buttons, labels, edit fields, a list) laid out in rows across the
 * panel's width. Sizes are pixels. Every callback runs under {@link Log#guard}: nothing reaches LibreOffice.
 */
final class Form {
    static final int MARGIN = 6;
    static final int GAP = 4;
    static final int LINE = 28;
    static final int LABEL = 20;

    /** Work run on a click or a selection; may throw. */
    interface Handler {
        void run() throws Throwable;
    }

    /**
     * One row of controls. Its height is fixed; or flexible (between {@code height} and as much as the panel
     * is given, {@code preferred} when there is room); or fitted to the text of a wrapping label at the width.
     */
    private static final class Row {
        final List<XWindow> cells;
        final int height;
        final IntSupplier preferred;
        final boolean flexible;
        final XControl fitted;

        Row(List<XWindow> cells, int height, IntSupplier preferred, boolean flexible, XControl fitted) {
            this.cells = cells;
            this.height = height;
            this.preferred = preferred;
            this.flexible = flexible;
            this.fitted = fitted;
        }
    }

    /** The most a panel with a flexible row asks for (the sidebar gives it what is left, up to this). */
    static final int MAX_HEIGHT = 4000;

    private final XComponentContext ctx;
    private final XMultiComponentFactory smgr;
    private final XControl container;
    private final List<Row> rows = new ArrayList<>();
    private final String panel;
    private int laidOutWidth = -1;
    private int laidOutHeight = -1;
    private Runnable afterLayout = () -> { };
    private Runnable requestLayout = () -> { };
    private volatile LayoutSize reported;

    /** Creates the (empty) container window inside the sidebar's parent window. */
    Form(XComponentContext ctx, XWindow parent, String panel) throws com.sun.star.uno.Exception {
        this.ctx = ctx;
        this.panel = panel;
        this.smgr = ctx.getServiceManager();
        XToolkit toolkit = Uno.q(XToolkit.class, smgr.createInstanceWithContext("com.sun.star.awt.Toolkit", ctx));
        container = Uno.q(XControl.class, smgr.createInstanceWithContext("com.sun.star.awt.UnoControlContainer", ctx));
        XControlModel model = Uno.q(XControlModel.class,
                smgr.createInstanceWithContext("com.sun.star.awt.UnoControlContainerModel", ctx));
        container.setModel(model);
        container.createPeer(toolkit, Uno.q(XWindowPeer.class, parent));
        window().setVisible(true);
    }

    XWindow window() {
        return Uno.q(XWindow.class, container);
    }

    XControlContainer controls() {
        return Uno.q(XControlContainer.class, container);
    }

    /** The window peer of the container (its accessible object, for XToolPanel.createAccessible). */
    XWindowPeer peer() {
        return container.getPeer();
    }

    // ------------------------------------------------------------------ controls

    /** A push button; {@code name} is the control's name in the container (tests find controls by it). */
    XButton button(String name, String label, String help, Handler onClick) throws com.sun.star.uno.Exception {
        XControl c = add(name, "Button", label, help);
        XButton b = Uno.q(XButton.class, c);
        b.addActionListener(new Click(panel + "." + name, onClick));
        return b;
    }

    /** A one-line text label. */
    XControl label(String name, String text) throws com.sun.star.uno.Exception {
        XControl c = add(name, "FixedText", text, null);
        Uno.set(c.getModel(), "NoLabel", Boolean.TRUE); // no mnemonics: “~” and “&” stay as typed
        return c;
    }

    /** A label that wraps its text over several lines. */
    XControl text(String name, String text) throws com.sun.star.uno.Exception {
        XControl c = label(name, text);
        Uno.set(c.getModel(), "MultiLine", Boolean.TRUE);
        return c;
    }

    XTextComponent edit(String name, String text, String help) throws com.sun.star.uno.Exception {
        XControl c = add(name, "Edit", null, help);
        XTextComponent t = Uno.q(XTextComponent.class, c);
        t.setText(text == null ? "" : text);
        return t;
    }

    /**
     * A list (not a drop-down); {@code onSelect} runs when the user selects an entry (click or arrow keys),
     * {@code onActivate} on a double click or Enter.
     */
    XListBox list(String name, String help, Handler onSelect, Handler onActivate) throws com.sun.star.uno.Exception {
        XControl c = add(name, "ListBox", null, help);
        Uno.set(c.getModel(), "Dropdown", Boolean.FALSE);
        Uno.set(c.getModel(), "MultiSelection", Boolean.FALSE);
        XListBox l = Uno.q(XListBox.class, c);
        l.addItemListener(new Select(panel + "." + name, onSelect));
        l.addActionListener(new Click(panel + "." + name + ".activate", onActivate)); // VCL: a double click only
        Uno.q(XWindow.class, c).addKeyListener(new Enter(panel + "." + name + ".enter", onActivate));
        return l;
    }

    /** A drop-down list of {@code items}, the first selected. */
    XListBox dropdown(String name, String help, String[] items) throws com.sun.star.uno.Exception {
        // a drop-down is one before its peer exists: set on the model first (set later, it stays a list)
        XControl c = add(name, "ListBox", null, help, java.util.Map.of("Dropdown", Boolean.TRUE, "LineCount", (short) 12));
        XListBox l = Uno.q(XListBox.class, c);
        l.addItems(items, (short) 0);
        if (items.length > 0) l.selectItemPos((short) 0, true);
        return l;
    }

    private XControl add(String name, String kind, String label, String help) throws com.sun.star.uno.Exception {
        return add(name, kind, label, help, java.util.Map.of());
    }

    private XControl add(String name, String kind, String label, String help, java.util.Map<String, Object> props)
            throws com.sun.star.uno.Exception {
        XControlModel model = Uno.q(XControlModel.class,
                smgr.createInstanceWithContext("com.sun.star.awt.UnoControl" + kind + "Model", ctx));
        for (java.util.Map.Entry<String, Object> p : props.entrySet()) Uno.set(model, p.getKey(), p.getValue());
        if (label != null) Uno.set(model, "Label", label);
        if (help != null && !help.isEmpty()) Uno.set(model, "HelpText", help);
        XControl control = Uno.q(XControl.class, smgr.createInstanceWithContext("com.sun.star.awt.UnoControl" + kind, ctx));
        control.setModel(model);
        controls().addControl(name, control); // the container has a peer: the control gets one too
        return control;
    }

    static void setEnabled(Object control, boolean enabled) {
        Log.guard("enabling a control", () -> Uno.set(Uno.q(XControl.class, control).getModel(), "Enabled", enabled));
    }

    static void setLabel(XControl control, String text) {
        Log.guard("setting a label", () -> Uno.set(control.getModel(), "Label", text == null ? "" : text));
    }

    // ------------------------------------------------------------------ layout

    /** A row of controls sharing the width equally. */
    void row(int height, Object... controls) {
        rows.add(new Row(windows(controls), height, () -> height, false, null));
    }

    /**
     * A row that takes the height the panel has beyond its other rows: at least {@code minimum}, {@code preferred}
     * (asked at each layout, e.g. all the lines of a list) when the deck has room, more when the sidebar gives more.
     */
    void flexibleRow(int minimum, IntSupplier preferred, Object control) {
        rows.add(new Row(windows(control), minimum, () -> Math.max(minimum, preferred.getAsInt()), true, null));
    }

    /** A row as high as the wrapped text of a {@link #text} label needs at the panel's width (at least {@code minimum}). */
    void fittedRow(int minimum, XControl label) {
        rows.add(new Row(windows(label), minimum, () -> minimum, false, label));
    }

    /** A gap between groups of rows. */
    void space(int height) {
        rows.add(new Row(List.of(), height, () -> height, false, null));
    }

    private static List<XWindow> windows(Object... controls) {
        List<XWindow> cells = new ArrayList<>();
        for (Object c : controls) cells.add(Uno.q(XWindow.class, c));
        return cells;
    }

    /** Runs after every layout (e.g. to wrap a list's lines at its new width). */
    void afterLayout(Runnable r) {
        afterLayout = r;
    }

    /**
     * The panel's heights at a width, as the sidebar asks for them (XSidebarPanel.getHeightForWidth):
     * minimum (flexible rows at their minimum), preferred (at their preferred height), maximum ({@link #MAX_HEIGHT}
     * with a flexible row, else the preferred height). Fitted rows count with the height of their text.
     */
    LayoutSize size(int width) {
        int fixed = MARGIN * 2 - GAP;
        int minimum = 0;
        int preferred = 0;
        boolean flexible = false;
        for (Row r : rows) {
            fixed += GAP;
            if (r.flexible) {
                flexible = true;
                minimum += r.height;
                preferred += r.preferred.getAsInt();
            } else {
                fixed += rowHeight(r, width);
            }
        }
        int min = fixed + minimum;
        int pref = fixed + preferred;
        return new LayoutSize(min, flexible ? Math.max(pref, MAX_HEIGHT) : pref, pref);
    }

    /** The fixed height of a row at a panel width (a fitted row: its label's text wrapped at the cell's width). */
    private static int rowHeight(Row r, int width) {
        if (r.fitted == null) return r.height;
        try {
            XLayoutConstrains lc = Uno.q(XLayoutConstrains.class, r.fitted);
            if (lc == null) return r.height;
            Size s = lc.calcAdjustedSize(new Size(inner(width), 0));
            return Math.max(r.height, s.Height + 2);
        } catch (RuntimeException e) {
            Log.error("measuring a label", e);
            return r.height;
        }
    }

    private static int inner(int width) {
        return Math.max(40, width - 2 * MARGIN);
    }

    /**
     * Places the controls for a panel of the given size: fixed and fitted rows at their height, the flexible row
     * (at most one counts) gets what is left of {@code height}, at least its minimum.
     */
    void layout(int width, int height) {
        laidOutWidth = width;
        laidOutHeight = height;
        int[] heights = new int[rows.size()];
        int used = MARGIN * 2 - GAP;
        int flexible = -1;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            heights[i] = r.flexible ? r.height : rowHeight(r, width);
            used += heights[i] + GAP;
            if (r.flexible && flexible < 0) flexible = i;
        }
        if (flexible >= 0 && height > used) heights[flexible] += height - used;
        int y = MARGIN;
        int inner = inner(width);
        for (int k = 0; k < rows.size(); k++) {
            Row r = rows.get(k);
            int n = r.cells.size();
            if (n > 0) {
                int cellWidth = (inner - (n - 1) * GAP) / n;
                for (int i = 0; i < n; i++) {
                    int x = MARGIN + i * (cellWidth + GAP);
                    int w = i == n - 1 ? inner - i * (cellWidth + GAP) : cellWidth;
                    r.cells.get(i).setPosSize(x, y, w, heights[k], PosSize.POSSIZE);
                }
            }
            y += heights[k] + GAP;
        }
        Log.guard("after laying out panel " + panel, afterLayout::run);
    }

    /** {@link #size}, remembered as what the sidebar was told (see {@link #refit}). */
    LayoutSize reportedSize(int width) {
        LayoutSize s = size(width);
        reported = s;
        return s;
    }

    /** How to ask the sidebar to lay the deck out again (XSidebar.requestLayout); set by the factory. */
    void onRequestLayout(Runnable r) {
        requestLayout = r;
    }

    /**
     * A fitted label's text changed: when the panel's heights are no longer what the sidebar was told, asks the
     * sidebar for a new layout (which resizes the panel and so lays it out); else lays the controls out again.
     */
    void refit() {
        if (laidOutWidth <= 0) return;
        LayoutSize now = size(laidOutWidth);
        LayoutSize told = reported;
        if (told != null && (told.Minimum != now.Minimum || told.Preferred != now.Preferred)) {
            Log.guard("asking the sidebar for a layout", requestLayout::run);
        }
        layout(laidOutWidth, laidOutHeight);
    }

    /** The width of the last layout, or -1. */
    int width() {
        return laidOutWidth;
    }

    void dispose() {
        Log.guard("disposing a panel window", () -> {
            XComponent c = Uno.q(XComponent.class, container);
            if (c != null) c.dispose();
        });
    }

    // ------------------------------------------------------------------ listeners

    private static final class Click extends WeakBase implements XActionListener {
        private final String what;
        private final Handler handler;

        Click(String what, Handler handler) {
            this.what = what;
            this.handler = handler;
        }

        @Override
        public void actionPerformed(ActionEvent e) {
            Log.guard(what, handler::run);
        }

        @Override
        public void disposing(EventObject e) {
            // nothing held
        }
    }

    /**
     * Enter on a list: VCL's list box tells its action listeners of a double click only and ignores Enter, so
     * the keyboard's “go there” was lost (ClerkKeyboardIT).
     */
    private static final class Enter extends WeakBase implements com.sun.star.awt.XKeyListener {
        private final String what;
        private final Handler handler;

        Enter(String what, Handler handler) {
            this.what = what;
            this.handler = handler;
        }

        @Override
        public void keyPressed(com.sun.star.awt.KeyEvent e) {
            if (e.KeyCode == com.sun.star.awt.Key.RETURN && e.Modifiers == 0) Log.guard(what, handler::run);
        }

        @Override
        public void keyReleased(com.sun.star.awt.KeyEvent e) {
            // Enter acts when pressed
        }

        @Override
        public void disposing(EventObject e) {
            // nothing held
        }
    }

    private static final class Select extends WeakBase implements XItemListener {
        private final String what;
        private final Handler handler;

        Select(String what, Handler handler) {
            this.what = what;
            this.handler = handler;
        }

        @Override
        public void itemStateChanged(ItemEvent e) {
            Log.guard(what, handler::run);
        }

        @Override
        public void disposing(EventObject e) {
            // nothing held
        }
    }
}
