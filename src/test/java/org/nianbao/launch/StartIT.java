package org.nianbao.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.util.XCloseable;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The main job on a display (an Xvfb of its own, as a user's X display): Writer starts with the extension,
 * shows the checked sample report with the deck open, and the job ends when Writer's document is closed,
 * removing the throw-away profile. Writes target/it-output/start-on-display.png.
 */
class StartIT {

    @Test
    void onADisplayWriterShowsTheDeckUntilClosed() throws Exception {
        Process xvfb = null;
        try {
            int n = freeDisplay();
            xvfb = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", "1400x1000x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            for (int i = 0; i < 300 && !new File("/tmp/.X11-unix/X" + n).exists(); i++) Thread.sleep(50);
            Thread.sleep(500); // the socket exists a moment before the server accepts
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("DISPLAY", ":" + n);
            env.remove("WAYLAND_DISPLAY");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            AtomicReference<Path> profile = new AtomicReference<>();
            AtomicReference<Boolean> deckOpen = new AtomicReference<>(false);
            int code = Start.run(env, new PrintStream(bytes, true, StandardCharsets.UTF_8), (office, doc) -> {
                try {
                    profile.set(office.profileDir());
                    XModel model = UnoRuntime.queryInterface(XModel.class, doc);
                    assertTrue(model.getURL().endsWith("sample-report-2024.odt"), model.getURL());
                    deckOpen.set(deckReady(doc));
                    Path png = Paths.get("target", "it-output", "start-on-display.png").toAbsolutePath();
                    Files.createDirectories(png.getParent());
                    new ProcessBuilder("/usr/bin/import", "-display", ":" + n, "-window", "root", png.toString())
                            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
                    UnoRuntime.queryInterface(XCloseable.class, doc).close(true); // the user closes Writer
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertEquals(0, code, out);
            assertTrue(deckOpen.get(), "the deck was open");
            assertTrue(out.contains("Writer 已关闭，临时配置已删除。"), out);
            assertNotNull(profile.get());
            assertTrue(!Files.exists(profile.get()), "the throw-away profile was removed");
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
                xvfb.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Our deck is active in the document's sidebar with its four panels. */
    private static boolean deckReady(XTextDocument doc) throws Exception {
        com.sun.star.frame.XController2 c = UnoRuntime.queryInterface(com.sun.star.frame.XController2.class,
                UnoRuntime.queryInterface(XModel.class, doc).getCurrentController());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (c.getSidebar().getDecks().hasByName("NianbaoDeck")) {
                com.sun.star.ui.XDeck deck = UnoRuntime.queryInterface(com.sun.star.ui.XDeck.class,
                        c.getSidebar().getDecks().getByName("NianbaoDeck"));
                if (deck.isActive() && List.of(deck.getPanels().getElementNames()).size() == 4) return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static int freeDisplay() {
        for (int n = 200; n < 300; n++) {
            if (!new File("/tmp/.X11-unix/X" + n).exists() && !new File("/tmp/.X" + n + "-lock").exists()) return n;
        }
        throw new IllegalStateException("no free X display number");
    }
}
