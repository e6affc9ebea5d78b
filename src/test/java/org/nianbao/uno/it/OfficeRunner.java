package org.nianbao.uno.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.nianbao.launch.Office;

/**
 * A real LibreOffice for tests: the main code's {@link Office} (free loopback port, throw-away profile,
 * ExtensionManager install, watchdog) plus one shared headless office per test JVM with the built .oxt
 * installed and the test hooks on. Which office: {@code -Dnianbao.office=/path/to/program/soffice}
 * (default the system's; see {@link org.nianbao.launch.Installation}).
 *
 * <pre>
 * OfficeRunner office = OfficeRunner.shared();            // headless, extension installed, one per test JVM
 * XTextDocument doc = office.newWriterDocument();
 * DispatchResultEvent r = office.dispatch(doc, "nianbao:insert?part=table-3");
 * office.close(doc);
 *
 * try (OfficeRunner gui = OfficeRunner.start(new OfficeRunner.Options().withDisplay())) { … }  // under Xvfb
 * </pre>
 */
public final class OfficeRunner extends Office {
    private static OfficeRunner shared;
    /** -Dnianbao.office.restart=false: no restart after the install (the extension stays in the helper process). */
    private static final boolean IN_PROCESS = !"false".equals(System.getProperty("nianbao.office.restart"));

    private OfficeRunner(Options options) throws IOException {
        super(options);
    }

    /** Starts an office (and waits until it accepts the bridge). Close it. */
    public static OfficeRunner start(Options options) throws Exception {
        return begin(new OfficeRunner(options));
    }

    /**
     * One headless office per test JVM with the built extension installed and its test hooks on, stopped
     * when the JVM exits. Restarted once after the install, so that the extension runs in the office's process as a
     * user's does (the deck's offices, SaveChineseIT, DisplayIT and UnoTimingsIT use an office it was just added to).
     * Tests must close the documents they open.
     */
    public static synchronized OfficeRunner shared() throws Exception {
        if (shared == null || !shared.isRunning()) {
            // test hooks on: the save path's fault points and the nianbao:test-… commands (TestHooks)
            OfficeRunner r = start(new Options().env("NIANBAO_TEST_HOOKS", "1"));
            r.installExtension(builtExtension());
            if (IN_PROCESS) r.restart(); // the extension in the office's own process, as users run it (see Office#restart)
            shared = r;
        }
        return shared;
    }

    /** An office of its own on a display, Chinese UI, the built extension installed: for the deck's tests. Close it. */
    public static OfficeRunner chineseDeck() throws Exception {
        OfficeRunner r = start(new Options().withDisplay().uiLocale("zh-CN"));
        r.installExtension(builtExtension());
        // not restarted: on LibreOffice 25.2, with the extension in the office's process, closing SidebarIT's
        // document through the bridge spun at 100 % CPU (vcl::Window::queue_resize in InterimItemWindow::dispose,
        // SfxFrame::DoClose on the bridge's thread); see README, Known gaps. -Dnianbao.deck.restart=true: restarted
        if (Boolean.getBoolean("nianbao.deck.restart")) r.restart();
        return r;
    }

    /** target/nianbao.oxt (or the system property nianbao.oxt that failsafe sets). */
    public static Path builtExtension() {
        Path p = Paths.get(System.getProperty("nianbao.oxt", "target/nianbao.oxt")).toAbsolutePath();
        if (!Files.isRegularFile(p)) throw new IllegalStateException("no extension at " + p + ": run mvn package first");
        return p;
    }
}
