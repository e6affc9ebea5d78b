package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.star.accessibility.XAccessible;
import com.sun.star.accessibility.XAccessibleAction;
import com.sun.star.accessibility.XAccessibleComponent;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.awt.Point;
import com.sun.star.awt.Size;
import com.sun.star.awt.XControl;
import com.sun.star.awt.XControlContainer;
import com.sun.star.awt.XListBox;
import com.sun.star.awt.XTextComponent;
import com.sun.star.awt.XWindow;
import com.sun.star.beans.XPropertySet;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.frame.XController2;
import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.ui.XDeck;
import com.sun.star.ui.XPanel;
import com.sun.star.ui.XPanels;
import com.sun.star.ui.XSidebarProvider;
import com.sun.star.awt.XCallback;
import com.sun.star.awt.XRequestCallback;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.Any;
import com.sun.star.uno.UnoRuntime;
import java.awt.Rectangle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Drives our sidebar deck in a real Writer window from a test, as a user would, through LibreOffice's own
 * APIs: the controller's sidebar (XController2.getSidebar: decks, panels, each panel's window), the
 * panel window's controls by name, a button pressed through its accessibility action (VCL's Click, the
 * same path as a mouse click), a list entry selected on the list's window peer (VCL's Select, which
 * notifies the item listeners as after a click).
 */
final class Deck {
    static final String ID = "NianbaoDeck";
    static final String INSERT = "NianbaoInsertPanel";
    static final String INFO = "NianbaoInfoPanel";
    static final String CHECK = "NianbaoCheckPanel";
    static final String PREVIOUS = "NianbaoPreviousPanel";
    static final List<String> PANELS = List.of(INSERT, INFO, CHECK, PREVIOUS);

    private final OfficeRunner office;
    private final XTextDocument doc;

    Deck(OfficeRunner office, XTextDocument doc) {
        this.office = office;
        this.doc = doc;
    }

    /** Opens the deck in doc's window as the menu command does ({@code nianbao:open-deck}) and waits for its panels. */
    static Deck open(OfficeRunner office, XTextDocument doc) throws Exception {
        assertEquals(DispatchResultState.SUCCESS,
                office.dispatch(doc, "nianbao:open-deck").State, "nianbao:open-deck");
        Deck deck = new Deck(office, doc);
        deck.awaitReady(Duration.ofSeconds(30));
        return deck;
    }

    XTextDocument document() {
        return doc;
    }

    XSidebarProvider sidebar() {
        XModel m = UnoRuntime.queryInterface(XModel.class, doc);
        return UnoRuntime.queryInterface(XController2.class, m.getCurrentController()).getSidebar();
    }

    /** Our deck, or null when the sidebar does not list it. */
    XDeck deck() throws Exception {
        XSidebarProvider s = sidebar();
        if (s == null || !s.getDecks().hasByName(ID)) return null;
        return UnoRuntime.queryInterface(XDeck.class, s.getDecks().getByName(ID));
    }

    XPanel panel(String id) throws Exception {
        XDeck d = deck();
        if (d == null) return null;
        XPanels panels = d.getPanels();
        return panels.hasByName(id) ? UnoRuntime.queryInterface(XPanel.class, panels.getByName(id)) : null;
    }

    List<String> panelIds() throws Exception {
        XDeck d = deck();
        return d == null ? List.of() : Arrays.asList(d.getPanels().getElementNames());
    }

    /** True when our deck is the active one and every panel has its window (created by our factory). */
    boolean ready() throws Exception {
        XDeck d = deck();
        if (d == null || !d.isActive()) return false;
        for (String id : PANELS) {
            XPanel p = panel(id);
            if (p == null || p.getDialog() == null) return false;
        }
        return true;
    }

    /** Waits until {@link #ready()}; the time it took. */
    Duration awaitReady(Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        while (!ready()) {
            if (System.nanoTime() > deadline) throw new AssertionError("deck not ready within " + timeout + "; panels " + panelIds());
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    /** The controls of a panel's window (our UnoControlContainer). */
    XControlContainer controls(String panel) throws Exception {
        XWindow w = panel(panel).getDialog();
        XControlContainer c = UnoRuntime.queryInterface(XControlContainer.class, w);
        if (c == null) throw new AssertionError(panel + ": the panel window is not our control container");
        return c;
    }

    /**
     * A control of a panel. A collapsed panel that was never open has no controls yet (they are built when it is
     * first shown, issue 8): it is opened, as the user would, leaving the other panels as they are.
     */
    XControl control(String panel, String name) throws Exception {
        XControl c = controls(panel).getControl(name);
        if (c == null && controls(panel).getControls().length == 0 && !panel(panel).isExpanded()) {
            panel(panel).expand(false);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while ((c = controls(panel).getControl(name)) == null && System.nanoTime() < deadline) Thread.sleep(20);
        }
        if (c == null) throw new AssertionError(panel + " has no control " + name);
        return c;
    }

    /**
     * Presses a button through its accessibility action (VCL PushButton::Click, as a mouse click) and waits
     * until the office has run what the click queued: VCL tells the button's action listeners in a user
     * event of the main loop.
     */
    void press(String panel, String name) throws Exception {
        XControl c = control(panel, name);
        XAccessible a = UnoRuntime.queryInterface(XAccessible.class, c.getPeer());
        XAccessibleAction action = UnoRuntime.queryInterface(XAccessibleAction.class, a.getAccessibleContext());
        if (action == null || action.getAccessibleActionCount() < 1) throw new AssertionError(name + " has no accessible action");
        action.doAccessibleAction(0);
        settle();
    }

    /**
     * Waits (10 s at most) until {@code open} is the only expanded panel of the deck: the deck sets its panels
     * asynchronously (PanelStates), and a keystroke sent while a panel folds goes elsewhere.
     */
    void awaitOnlyExpanded(String open, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        java.util.Map<String, Boolean> states = new java.util.LinkedHashMap<>();
        while (true) {
            states.clear();
            for (String id : PANELS) states.put(id, panel(id).isExpanded());
            boolean ok = true;
            for (java.util.Map.Entry<String, Boolean> e : states.entrySet()) ok &= e.getValue() == e.getKey().equals(open);
            if (ok) return;
            if (System.nanoTime() > deadline) throw new AssertionError(what + ": only " + open + " expanded expected, was " + states);
            Thread.sleep(100);
            settle();
        }
    }

    /** Waits until the main loop has handled the user events queued so far (our own callback comes after them). */
    void settle() throws Exception {
        for (int round = 0; round < 2; round++) {
            CountDownLatch done = new CountDownLatch(1);
            XRequestCallback async = UnoRuntime.queryInterface(XRequestCallback.class, office.createInstance("com.sun.star.awt.AsyncCallback"));
            async.addCallback(new Done(done), Any.VOID);
            if (!done.await(60, TimeUnit.SECONDS)) throw new AssertionError("the office's main loop did not come round in 60 s");
        }
    }

    private static final class Done extends WeakBase implements XCallback {
        private final CountDownLatch latch;

        Done(CountDownLatch latch) {
            this.latch = latch;
        }

        @Override
        public void notify(Object data) {
            latch.countDown();
        }
    }

    String accessibleName(String panel, String name) throws Exception {
        XAccessible a = UnoRuntime.queryInterface(XAccessible.class, control(panel, name).getPeer());
        return a.getAccessibleContext().getAccessibleName();
    }

    String label(String panel, String name) throws Exception {
        return (String) UnoRuntime.queryInterface(XPropertySet.class, control(panel, name).getModel()).getPropertyValue("Label");
    }

    boolean enabled(String panel, String name) throws Exception {
        return (Boolean) UnoRuntime.queryInterface(XPropertySet.class, control(panel, name).getModel()).getPropertyValue("Enabled");
    }

    void type(String panel, String name, String text) throws Exception {
        UnoRuntime.queryInterface(XTextComponent.class, control(panel, name)).setText(text);
    }

    String text(String panel, String name) throws Exception {
        return UnoRuntime.queryInterface(XTextComponent.class, control(panel, name)).getText();
    }

    /**
     * The field's text once it reads {@code expected}, or what it reads after 10 s: keys sent by xdotool reach the
     * office through the X server, so they may be handled after {@link #settle} has come round.
     */
    String awaitText(String panel, String name, String expected) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        String now = text(panel, name);
        while (!expected.equals(now) && System.nanoTime() < end) {
            Thread.sleep(100);
            settle();
            now = text(panel, name);
        }
        return now;
    }

    /**
     * The lines of a list: its rows, a line wrapped over several rows (continuation rows start with an ideographic
     * space, as CheckPanel wraps them) joined again.
     */
    List<String> items(String panel, String name) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String row : rows(panel, name)) {
            if (row.startsWith(CONTINUATION) && !lines.isEmpty()) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + row.substring(CONTINUATION.length()));
            } else {
                lines.add(row);
            }
        }
        return lines;
    }

    /** The start of a wrapped line's continuation row in the 校验 list. */
    static final String CONTINUATION = "\u3000";

    /** The rows of a list box as it shows them. */
    List<String> rows(String panel, String name) throws Exception {
        return new ArrayList<>(Arrays.asList(UnoRuntime.queryInterface(XListBox.class, control(panel, name)).getItems()));
    }

    /**
     * Keystrokes to the focused window of the office's display (xdotool, as a user's keyboard): {@code command}
     * "type" types the text, "key" presses key names such as "Tab" or "ctrl+s".
     */
    void keys(String command, String what) throws Exception {
        xdotool(command, "--delay", "80", what);
        Thread.sleep(300);
    }

    /**
     * Puts text on the office's clipboard (its SystemClipboard service, plain Unicode text) and presses Ctrl+V:
     * how Chinese reaches the focused window in ClerkKeyboardIT, as an input method commits a whole phrase.
     * {@code xdotool type} can type Chinese under Xvfb (it binds each character to a spare key for one
     * keystroke), but not reliably: one character was dropped in 2 of the 5 strings typed so (6 and 30 characters) (“主要问题是” arrived
     * as “主要问是”, “示例市司法局” as “例市司法局”), also one xdotool run per character; its man page, BUGS: typing
     * unusual symbols “is known to occasionally send the wrong character”. Digits, Tab, Enter and the
     * shortcuts are keystrokes.
     */
    void paste(String text) throws Exception {
        com.sun.star.datatransfer.clipboard.XClipboard clipboard = UnoRuntime.queryInterface(
                com.sun.star.datatransfer.clipboard.XClipboard.class,
                office.createInstance("com.sun.star.datatransfer.clipboard.SystemClipboard"));
        clipboard.setContents(new PlainText(text), null);
        keys("key", "ctrl+v");
        settle();
    }

    /** Plain text as the clipboard's contents. */
    private static final class PlainText extends WeakBase implements com.sun.star.datatransfer.XTransferable {
        private static final com.sun.star.datatransfer.DataFlavor UNICODE = new com.sun.star.datatransfer.DataFlavor(
                "text/plain;charset=utf-16", "Unicode-Text", new com.sun.star.uno.Type(String.class));
        private final String text;

        PlainText(String text) {
            this.text = text;
        }

        @Override
        public Object getTransferData(com.sun.star.datatransfer.DataFlavor flavor)
                throws com.sun.star.datatransfer.UnsupportedFlavorException {
            if (!isDataFlavorSupported(flavor)) throw new com.sun.star.datatransfer.UnsupportedFlavorException(flavor.MimeType);
            return text;
        }

        @Override
        public com.sun.star.datatransfer.DataFlavor[] getTransferDataFlavors() {
            return new com.sun.star.datatransfer.DataFlavor[] {UNICODE};
        }

        @Override
        public boolean isDataFlavorSupported(com.sun.star.datatransfer.DataFlavor flavor) {
            return flavor.MimeType.startsWith("text/plain") && flavor.MimeType.contains("utf-16");
        }
    }

    /**
     * Clicks a control with the mouse (xdotool on the office's display, at the middle of the control's
     * on-screen rectangle, or {@code dy} pixels below its top when dy ≥ 0): the real click, which also moves the
     * keyboard focus to the control, unlike {@link #press}.
     */
    void click(String panel, String name, int dy) throws Exception {
        XControl control = control(panel, name);
        XAccessibleContext context = UnoRuntime.queryInterface(XAccessible.class, control.getPeer()).getAccessibleContext();
        com.sun.star.accessibility.XAccessibleComponent at = UnoRuntime.queryInterface(
                com.sun.star.accessibility.XAccessibleComponent.class, context);
        awaitStill(context); // a panel just opened is still being laid out: a click now would land beside the control
        com.sun.star.awt.Point p = at.getLocationOnScreen();
        com.sun.star.awt.Size size = at.getSize();
        int x = p.X + size.Width / 2;
        int y = p.Y + (dy >= 0 ? dy : size.Height / 2);
        if (size.Width <= 0 || size.Height <= 0 || x >= 1400 || y >= 1000) {
            throw new AssertionError(panel + "." + name + " is not on the screen: " + p.X + "," + p.Y + " " + size.Width + "×" + size.Height);
        }
        xdotool("mousemove", "--sync", Integer.toString(x), Integer.toString(y), "click", "1");
        Thread.sleep(300);
        settle();
        if (UnoRuntime.queryInterface(XTextComponent.class, control) != null) awaitFocus(panel, name, context);
    }

    /** Waits (5 s at most) until the control's place on the screen is the same in two reads 200 ms apart. */
    private void awaitStill(XAccessibleContext context) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        Rectangle before = onScreen(context);
        while (System.nanoTime() < deadline) {
            Thread.sleep(200);
            settle();
            Rectangle now = onScreen(context);
            if (now.equals(before)) return;
            before = now;
        }
    }

    /** An edit field clicked has the keyboard focus (else what the test types next would go into the document). */
    private static void awaitFocus(String panel, String name, XAccessibleContext context) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!focused(context)) {
            if (System.nanoTime() > deadline) throw new AssertionError(panel + "." + name + " clicked but has no keyboard focus");
            Thread.sleep(50);
        }
    }

    void click(String panel, String name) throws Exception {
        click(panel, name, -1);
    }

    private void xdotool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("xdotool"));
        cmd.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DISPLAY", office.display());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new AssertionError(cmd + ": " + out);
    }

    /**
     * True when the keyboard focus is inside our deck (its title bar included): the focused accessible object
     * of the window has an ancestor named as the deck's title (what F6 reaches first in the sidebar).
     */
    boolean sidebarFocused() throws Exception {
        XDeck d = deck();
        if (d == null) return false;
        XAccessible top = UnoRuntime.queryInterface(XAccessible.class, OfficeRunner.frame(doc).getContainerWindow());
        XAccessibleContext c = top == null ? null : focusedIn(top.getAccessibleContext(), 0);
        for (; c != null; ) {
            if (d.getTitle().equals(c.getAccessibleName())) return true;
            XAccessible parent = c.getAccessibleParent();
            c = parent == null ? null : parent.getAccessibleContext();
        }
        return false;
    }

    /**
     * An accessible object's children: through reflection, because the count and index are {@code int} in
     * LibreOffice 7.4's API and {@code hyper} (Java long) from 7.5 on, and the test runs against the office's own jars.
     */
    static long childCount(XAccessibleContext c) {
        try {
            return ((Number) XAccessibleContext.class.getMethod("getAccessibleChildCount").invoke(c)).longValue();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static XAccessible child(XAccessibleContext c, long i) throws com.sun.star.lang.IndexOutOfBoundsException {
        try {
            for (java.lang.reflect.Method m : XAccessibleContext.class.getMethods()) {
                if (!m.getName().equals("getAccessibleChild")) continue;
                Object index = m.getParameterTypes()[0] == long.class ? (Object) i : (Object) (int) i;
                return (XAccessible) m.invoke(c, index);
            }
            throw new NoSuchMethodException("getAccessibleChild");
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof com.sun.star.lang.IndexOutOfBoundsException) throw (com.sun.star.lang.IndexOutOfBoundsException) e.getCause();
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The deepest focused accessible object below {@code c}, or null. */
    private static XAccessibleContext focusedIn(XAccessibleContext c, int depth) {
        if (c == null || depth > 16) return null;
        long n = childCount(c);
        for (long i = 0; i < Math.min(n, 200); i++) {
            try {
                XAccessible a = child(c, i);
                XAccessibleContext deeper = a == null ? null : focusedIn(a.getAccessibleContext(), depth + 1);
                if (deeper != null) return deeper;
            } catch (com.sun.star.lang.IndexOutOfBoundsException gone) {
                return null; // the tree changed while we walked it
            }
        }
        return focused(c) ? c : null;
    }

    /** The FOCUSED state: a state set in 7.4's API, a bit mask (hyper) from 7.5 on (see {@link #childCount}). */
    static boolean focused(XAccessibleContext c) {
        try {
            Object states = XAccessibleContext.class.getMethod("getAccessibleStateSet").invoke(c);
            Object focused = com.sun.star.accessibility.AccessibleStateType.class.getField("FOCUSED").get(null);
            if (states instanceof Number) return (((Number) states).longValue() & ((Number) focused).longValue()) != 0;
            return ((com.sun.star.accessibility.XAccessibleStateSet) states).contains(((Number) focused).shortValue());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "table name/cell name" of the cell the document's view cursor is in ("-/-" outside tables). */
    String selectedCell() throws Exception {
        XModel m = UnoRuntime.queryInterface(XModel.class, doc);
        Object vc = UnoRuntime.queryInterface(com.sun.star.text.XTextViewCursorSupplier.class, m.getCurrentController()).getViewCursor();
        XPropertySet p = UnoRuntime.queryInterface(XPropertySet.class, vc);
        com.sun.star.container.XNamed table = UnoRuntime.queryInterface(com.sun.star.container.XNamed.class, p.getPropertyValue("TextTable"));
        XPropertySet cell = UnoRuntime.queryInterface(XPropertySet.class, p.getPropertyValue("Cell"));
        return (table == null ? "-" : table.getName()) + "/" + (cell == null ? "-" : cell.getPropertyValue("CellName"));
    }

    /**
     * Selects line {@code index} of {@link #items} (its first row) on the list's window peer: VCL selects it and
     * calls the select handler, as after a click.
     */
    void select(String panel, String name, int index) throws Exception {
        List<String> rows = rows(panel, name);
        int line = -1;
        int row = 0;
        for (; row < rows.size(); row++) {
            if (!rows.get(row).startsWith(CONTINUATION) || row == 0) line++;
            if (line == index) break;
        }
        if (line != index) throw new AssertionError("no line " + index + " in " + rows);
        XListBox peer = UnoRuntime.queryInterface(XListBox.class, control(panel, name).getPeer());
        peer.selectItemPos((short) row, true);
        settle();
    }

    /** A control's rectangle on the screen (its accessible component), or null. */
    Rectangle onScreen(String panel, String name) throws Exception {
        XAccessible a = UnoRuntime.queryInterface(XAccessible.class, control(panel, name).getPeer());
        return onScreen(a.getAccessibleContext());
    }

    private static Rectangle onScreen(XAccessibleContext c) {
        XAccessibleComponent comp = c == null ? null : UnoRuntime.queryInterface(XAccessibleComponent.class, c);
        if (comp == null) return null;
        Point p = comp.getLocationOnScreen();
        Size size = comp.getSize();
        return new Rectangle(p.X, p.Y, size.Width, size.Height);
    }

    /**
     * The part of the screen where a control can be seen: the intersection of the rectangles of all its
     * ancestors in the accessibility tree (the panel, the deck's scrolled area, the sidebar, the window) with
     * the screen. A control outside it is cut off (scrolled away, below the window's bottom).
     */
    Rectangle visibleArea(String panel, String name, int screenWidth, int screenHeight) throws Exception {
        Rectangle area = new Rectangle(0, 0, screenWidth, screenHeight);
        XAccessible a = UnoRuntime.queryInterface(XAccessible.class, control(panel, name).getPeer());
        XAccessible parent = a.getAccessibleContext().getAccessibleParent();
        for (int depth = 0; parent != null && depth < 40; depth++) {
            XAccessibleContext c = parent.getAccessibleContext();
            Rectangle r = onScreen(c);
            if (r != null && r.width > 0 && r.height > 0) area = area.intersection(r);
            parent = c == null ? null : c.getAccessibleParent();
        }
        return area;
    }
}
