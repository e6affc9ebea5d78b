package org.nianbao.launch;

import com.sun.star.beans.NamedValue;
import com.sun.star.beans.PropertyValue;
import com.sun.star.bridge.XUnoUrlResolver;
import com.sun.star.comp.helper.Bootstrap;
import com.sun.star.deployment.XExtensionManager;
import com.sun.star.deployment.XPackage;
import com.sun.star.frame.DispatchResultEvent;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDesktop;
import com.sun.star.frame.XDispatchHelper;
import com.sun.star.frame.XDispatchProvider;
import com.sun.star.frame.XFrame;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XMultiComponentFactory;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.task.XInteractionApprove;
import com.sun.star.task.XInteractionContinuation;
import com.sun.star.task.XInteractionHandler;
import com.sun.star.task.XInteractionRequest;
import com.sun.star.text.XTextDocument;
import com.sun.star.ucb.XCommandEnvironment;
import com.sun.star.ucb.XProgressHandler;
import com.sun.star.uno.Any;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A LibreOffice started for one job: {@code soffice} on a free loopback port with a throw-away user profile
 * (removed at the end), connected through the UNO socket bridge; installs an .oxt through the ExtensionManager
 * API (as root too; {@code unopkg} refuses), opens documents, dispatches URLs, and always stops the office:
 * {@link #close()}, a JVM shutdown hook, and a watchdog shell that kills soffice when this JVM goes away
 * without closing (its stdin pipe from the JVM reaches end of file). Which office: {@link Installation}.
 * Used by the main job ({@link Start}) and, through a subclass, by the integration tests.
 *
 * <pre>
 * try (Office office = Office.start(new Office.Options().onCurrentDisplay())) {
 *     office.installExtension(oxt);
 *     XTextDocument doc = office.open(file);
 *     office.dispatch(doc, "nianbao:check");
 * }
 * </pre>
 */
public class Office implements AutoCloseable {
    /** System property with the Xvfb screen size of {@link Options#withDisplay()}, e.g. -Dnianbao.screen=1366x768. */
    public static final String SCREEN_PROPERTY = "nianbao.screen";
    public static final String DEFAULT_SCREEN = "1400x1000";

    /** How to start the office. */
    public static final class Options {
        boolean headless = true;
        boolean xvfb;
        String screen = defaultScreen();
        String uiLocale;
        Duration startTimeout = Duration.ofSeconds(90);
        final Map<String, String> env = new LinkedHashMap<>();

        /**
         * A real window instead of --headless (the sidebar is not created headless): under Xvfb on a free
         * display started by the runner, VCL plugin "gen".
         */
        public Options withDisplay() {
            headless = false;
            xvfb = true;
            return this;
        }

        /**
         * The size of the Xvfb screen of {@link #withDisplay()}, "WIDTHxHEIGHT" in pixels (e.g. "1366x768",
         * "1920x1080"); default the system property {@value #SCREEN_PROPERTY}, else {@value #DEFAULT_SCREEN}.
         */
        public Options screen(String size) {
            screen = checkedScreen(size);
            return this;
        }

        /**
         * A real window on the display this process has (DISPLAY / WAYLAND_DISPLAY of the environment, or
         * set with {@link #env}), with LibreOffice's usual VCL plugin: the user's desktop.
         */
        public Options onCurrentDisplay() {
            headless = false;
            xvfb = false;
            return this;
        }

        /**
         * The office's UI language in the fresh profile, e.g. "zh-CN" (needs libreoffice-l10n-zh-cn): the user
         * setting Linguistic/General/UILocale, from which the office derives Setup/L10N/ooLocale at start.
         */
        public Options uiLocale(String locale) {
            uiLocale = locale;
            return this;
        }

        public Options env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Options startTimeout(Duration d) {
            startTimeout = d;
            return this;
        }
    }

    private final Options options;
    private final Installation installation;
    private final Path profile;
    private final Path logs;
    private Path logFile;
    private int port;
    private Process office;
    private Process xvfb;
    private String display;
    private XComponentContext ctx;
    private boolean closed;
    private final Thread shutdownHook = new Thread(this::closeQuietly, "office-shutdown");

    protected Office(Options options) throws IOException {
        this.options = options;
        this.installation = Installation.chosen();
        this.profile = Files.createTempDirectory("nianbao-office-");
        this.port = freePort();
        this.logs = Paths.get("target", "office-logs").toAbsolutePath();
        Files.createDirectories(logs);
        this.logFile = logs.resolve("soffice-" + port + ".log");
    }

    /** Starts an office (and waits until it accepts the bridge). Close it. */
    public static Office start(Options options) throws Exception {
        return begin(new Office(options));
    }

    /** Launches a constructed office (subclasses' start methods), closing it again if that fails. */
    protected static <T extends Office> T begin(T office) throws Exception {
        Office o = office;
        Runtime.getRuntime().addShutdownHook(o.shutdownHook);
        try {
            o.launch();
        } catch (Exception | Error e) {
            o.closeQuietly();
            throw e;
        }
        return office;
    }

    // ------------------------------------------------------------------ start and stop

    private void launch() throws Exception {
        List<String> args = new ArrayList<>();
        args.add(installation.soffice().toString());
        if (options.headless) args.add("--headless");
        args.add("--invisible");
        args.add("--norestore");
        args.add("--nologo");
        args.add("--nodefault");
        args.add("--nolockcheck");
        args.add("--accept=socket,host=127.0.0.1,port=" + port + ";urp;");
        args.add("-env:UserInstallation=" + profile.toUri().toString());
        if (options.uiLocale != null && !Files.exists(profile.resolve("user").resolve("registrymodifications.xcu"))) {
            seedLocale(options.uiLocale);
        }

        ProcessBuilder pb = watched(args);
        Map<String, String> env = pb.environment();
        installation.prepare(env);
        if (options.headless) env.put("SAL_USE_VCLPLUGIN", "svp");
        else if (options.xvfb) env.put("SAL_USE_VCLPLUGIN", "gen");
        if (options.xvfb) env.put("DISPLAY", display != null ? display : startXvfb());
        env.putAll(options.env);
        office = pb.start();
        ctx = connect();
    }

    private void seedLocale(String locale) throws IOException {
        Path user = profile.resolve("user");
        Files.createDirectories(user);
        String xcu = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                + "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                + "<item oor:path=\"/org.openoffice.Office.Linguistic/General\"><prop oor:name=\"UILocale\" oor:op=\"fuse\"><value>"
                + locale + "</value></prop></item>\n</oor:items>\n";
        Files.writeString(user.resolve("registrymodifications.xcu"), xcu, StandardCharsets.UTF_8);
    }

    /**
     * A command run in a process group of its own (setsid), led by a shell that also runs a watchdog: when
     * the watchdog's stdin, a pipe from this JVM, reaches end of file ({@link #close()}, or the JVM dies
     * in any way), it kills the whole group, e.g. the soffice launcher and soffice.bin (also after its
     * restart on a fresh profile). fd 3: an asynchronous list's stdin is /dev/null unless redirected.
     */
    private ProcessBuilder watched(List<String> args) {
        String script = "exec 3<&0; \"$@\" </dev/null 3<&- & child=$!; "
                + "( cat <&3 >/dev/null; kill -9 -$$ ) & exec 3<&-; "
                + "wait $child; exit $?";
        List<String> command = new ArrayList<>(List.of("setsid", "/bin/sh", "-c", script, "office-runner"));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        return pb;
    }

    /** Ends a watched process group: closing the pipe makes the watchdog kill it; then kill what is left. */
    private static void end(Process p) {
        List<ProcessHandle> tree = new ArrayList<>();
        p.toHandle().descendants().forEach(tree::add);
        try {
            p.getOutputStream().close();
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // killed below
        }
        for (ProcessHandle h : tree) h.destroyForcibly();
        p.destroyForcibly();
    }

    private String startXvfb() throws Exception {
        for (int n = 90; n < 200; n++) {
            reclaimStaleDisplay(n);
            if (new File("/tmp/.X11-unix/X" + n).exists() || new File("/tmp/.X" + n + "-lock").exists()) continue;
            xvfb = watched(List.of("Xvfb", ":" + n, "-screen", "0", options.screen + "x24", "-nolisten", "tcp")).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline && xvfb.isAlive()) {
                if (new File("/tmp/.X11-unix/X" + n).exists()) {
                    display = ":" + n;
                    return display;
                }
                Thread.sleep(50);
            }
            end(xvfb);
            xvfb = null;
        }
        throw new IllegalStateException("Xvfb did not start");
    }

    /**
     * Removes display n's lock and socket when the X server that took it is gone (killed without its
     * clean-up, e.g. by a JVM that died): otherwise every such run would use up one of the displays.
     */
    private static void reclaimStaleDisplay(int n) {
        Path lock = Paths.get("/tmp/.X" + n + "-lock");
        try {
            if (!Files.isRegularFile(lock)) return;
            long pid = Long.parseLong(Files.readString(lock, StandardCharsets.US_ASCII).trim());
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) return;
            Files.deleteIfExists(lock);
            Files.deleteIfExists(Paths.get("/tmp/.X11-unix/X" + n));
        } catch (IOException | RuntimeException unreadableOrNotOurs) {
            // leave it: the display is skipped
        }
    }

    /** Asks Xvfb to stop (SIGTERM: it removes its lock and socket), then ends its process group. */
    private static void endXvfb(Process p) {
        p.toHandle().descendants().filter(h -> h.info().command().map(c -> c.endsWith("Xvfb")).orElse(false))
                .forEach(h -> {
                    h.destroy();
                    try {
                        h.onExit().get(5, TimeUnit.SECONDS);
                    } catch (Exception ignored) {
                        // killed with its group below
                    }
                });
        end(p);
    }

    private XComponentContext connect() throws Exception {
        XComponentContext local = Bootstrap.createInitialComponentContext(null);
        XUnoUrlResolver resolver = UnoRuntime.queryInterface(XUnoUrlResolver.class, local.getServiceManager()
                .createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local));
        String url = "uno:socket,host=127.0.0.1,port=" + port + ";urp;StarOffice.ComponentContext";
        long deadline = System.nanoTime() + options.startTimeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            if (!office.isAlive()) throw new IllegalStateException("soffice exited with " + office.exitValue() + "; see " + logFile);
            try {
                return UnoRuntime.queryInterface(XComponentContext.class, resolver.resolve(url));
            } catch (com.sun.star.connection.NoConnectException e) {
                last = e;
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("soffice did not accept connections within " + options.startTimeout + "; see " + logFile, last);
    }

    /**
     * Stops the office and starts it again on the same profile (and display), on a new port with a new log
     * file. An extension added to a running office has its Java components in a helper process (uno.bin, through
     * a bridge: every call into the document then waits ≈ 0.1 ms) until the office restarts; after a restart they
     * run in the office's own JVM, as for a user who starts LibreOffice with the extension installed.
     */
    public synchronized void restart() throws Exception {
        if (closed) throw new IllegalStateException("closed");
        terminate();
        port = freePort();
        logFile = logs.resolve("soffice-" + port + ".log");
        launch();
    }

    /** Stops the office (terminate, then kill), the Xvfb and removes the profile. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
        stop();
    }

    private synchronized void closeQuietly() {
        if (closed) return;
        closed = true;
        stop();
    }

    private void stop() {
        terminate();
        if (xvfb != null) endXvfb(xvfb);
        deleteTree(profile);
    }

    /** Ends the office process (terminate through the bridge, then kill): the profile and Xvfb are kept. */
    private void terminate() {
        if (office != null) {
            if (office.isAlive() && ctx != null) {
                CompletableFuture<Void> terminate = CompletableFuture.runAsync(() -> {
                    try {
                        desktop().terminate();
                    } catch (Throwable ignored) {
                        // the bridge goes away while terminating: expected
                    }
                });
                try {
                    terminate.get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // killed below
                }
            }
            end(office);
            office = null;
            ctx = null;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp dir
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    // ------------------------------------------------------------------ access

    public XComponentContext context() {
        return ctx;
    }

    public XMultiComponentFactory serviceManager() {
        return ctx.getServiceManager();
    }

    public Object createInstance(String service) throws com.sun.star.uno.Exception {
        return serviceManager().createInstanceWithContext(service, ctx);
    }

    public XDesktop desktop() throws com.sun.star.uno.Exception {
        return UnoRuntime.queryInterface(XDesktop.class, createInstance("com.sun.star.frame.Desktop"));
    }

    /** The office's processes (the group leader shell and its descendants), for tests that count processes. */
    public List<ProcessHandle> processes() {
        List<ProcessHandle> out = new ArrayList<>();
        if (office != null) {
            out.add(office.toHandle());
            office.toHandle().descendants().forEach(out::add);
        }
        return out;
    }

    /** Not closed, and its process is alive. */
    public synchronized boolean isRunning() {
        return !closed && office != null && office.isAlive();
    }

    /** {width, height} of the Xvfb screen of an office started {@link Options#withDisplay()}, else null. */
    public int[] screenSize() {
        if (!options.xvfb) return null;
        String[] wh = options.screen.split("x");
        return new int[] {Integer.parseInt(wh[0]), Integer.parseInt(wh[1])};
    }

    static String defaultScreen() {
        String s = System.getProperty(SCREEN_PROPERTY, "");
        return s.isBlank() ? DEFAULT_SCREEN : checkedScreen(s.trim());
    }

    static String checkedScreen(String size) {
        if (size == null || !size.matches("[1-9][0-9]{2,4}x[1-9][0-9]{2,4}")) {
            throw new IllegalArgumentException("screen size WIDTHxHEIGHT expected (e.g. 1366x768), not " + size);
        }
        return size;
    }

    /** The X display of an office started {@link Options#withDisplay()}, or null. */
    public String display() {
        return display;
    }

    /**
     * A screenshot of the whole display (an office started {@link Options#withDisplay()}) as PNG, with
     * ImageMagick's {@code import} when it is installed; false (and nothing written) otherwise.
     */
    public boolean screenshot(Path png) throws Exception {
        if (display == null || !new File("/usr/bin/import").canExecute()) return false;
        Files.createDirectories(png.toAbsolutePath().getParent());
        Process p = new ProcessBuilder("/usr/bin/import", "-display", display, "-window", "root", png.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return false;
        }
        return p.exitValue() == 0 && Files.isRegularFile(png);
    }

    public Path profileDir() {
        return profile;
    }

    public Path logFile() {
        return logFile;
    }

    /** The installation this office was started from. */
    public Installation installation() {
        return installation;
    }

    // ------------------------------------------------------------------ extensions

    /** Installs an .oxt for the profile's user through the ExtensionManager, approving every question. */
    public XPackage installExtension(Path oxt) throws Exception {
        XExtensionManager manager = UnoRuntime.queryInterface(XExtensionManager.class,
                ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"));
        XPackage p = manager.addExtension(oxt.toUri().toString(), new NamedValue[0], "user",
                manager.createAbortChannel(), new ApprovingEnvironment());
        if (p == null) throw new IllegalStateException("ExtensionManager did not install " + oxt);
        return p;
    }

    /** The identifiers of the extensions installed for the user. */
    public List<String> userExtensions() throws Exception {
        return extensions("user");
    }

    /** The identifiers of the extensions deployed in a repository: "user", "shared" (unopkg --shared) or "bundled". */
    public List<String> extensions(String repository) throws Exception {
        XExtensionManager manager = UnoRuntime.queryInterface(XExtensionManager.class,
                ctx.getValueByName("/singletons/com.sun.star.deployment.ExtensionManager"));
        List<String> out = new ArrayList<>();
        for (XPackage p : manager.getDeployedExtensions(repository, manager.createAbortChannel(), new ApprovingEnvironment())) {
            out.add(p.getIdentifier().IsPresent ? (String) p.getIdentifier().Value : p.getName());
        }
        return out;
    }

    /** Says yes to every interaction (license, "install for all users?"), reports no progress. */
    public static final class ApprovingEnvironment extends WeakBase implements XCommandEnvironment {
        @Override
        public XInteractionHandler getInteractionHandler() {
            return new Approver();
        }

        @Override
        public XProgressHandler getProgressHandler() {
            return new Silent();
        }
    }

    static final class Approver extends WeakBase implements XInteractionHandler {
        @Override
        public void handle(XInteractionRequest request) {
            for (XInteractionContinuation c : request.getContinuations()) {
                XInteractionApprove approve = UnoRuntime.queryInterface(XInteractionApprove.class, c);
                if (approve != null) {
                    approve.select();
                    return;
                }
            }
        }
    }

    static final class Silent extends WeakBase implements XProgressHandler {
        @Override
        public void push(Object status) {
        }

        @Override
        public void update(Object status) {
        }

        @Override
        public void pop() {
        }
    }

    // ------------------------------------------------------------------ documents

    public XTextDocument newWriterDocument() throws Exception {
        return load("private:factory/swriter");
    }

    /** Opens a file (or a private: URL) with the given media descriptor properties. */
    public XTextDocument open(Path file, PropertyValue... props) throws Exception {
        return load(file.toUri().toString(), props);
    }

    private XTextDocument load(String url, PropertyValue... props) throws Exception {
        XComponentLoader loader = UnoRuntime.queryInterface(XComponentLoader.class, desktop());
        XComponent c = loader.loadComponentFromURL(url, "_blank", 0, props);
        XTextDocument doc = UnoRuntime.queryInterface(XTextDocument.class, c);
        if (doc == null) throw new IllegalStateException("not a text document: " + url);
        return doc;
    }

    /** Closes a document without saving; never throws. */
    public void close(Object doc) {
        try {
            XCloseable c = UnoRuntime.queryInterface(XCloseable.class, doc);
            if (c != null) c.close(true);
            else UnoRuntime.queryInterface(XComponent.class, doc).dispose();
        } catch (Exception e) {
            // closing is best effort in tests
        }
    }

    public static XFrame frame(XTextDocument doc) {
        return UnoRuntime.queryInterface(XModel.class, doc).getCurrentController().getFrame();
    }

    /**
     * Dispatches a URL on the document's frame through the DispatchHelper; our handler answers with a
     * {@link DispatchResultEvent} (State SUCCESS or FAILURE, Result = the message). Null when the
     * dispatch gave no result (a handler without notification).
     */
    public DispatchResultEvent dispatch(XTextDocument doc, String url, PropertyValue... args) throws Exception {
        XDispatchHelper helper = UnoRuntime.queryInterface(XDispatchHelper.class, createInstance("com.sun.star.frame.DispatchHelper"));
        Object result = helper.executeDispatch(UnoRuntime.queryInterface(XDispatchProvider.class, frame(doc)), url, "", 0, args);
        if (result instanceof Any) result = ((Any) result).getObject();
        return result instanceof DispatchResultEvent ? (DispatchResultEvent) result : null;
    }

    public static PropertyValue prop(String name, Object value) {
        PropertyValue p = new PropertyValue();
        p.Name = name;
        p.Value = value;
        return p;
    }
}
