package org.nianbao.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The main job without a display: it says so and checks the generated sample report, whose one mistake it finds. */
class StartTest {

    @Test
    void withoutADisplayItChecksTheSampleReport() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        assertEquals(0, Start.run(Map.of("DISPLAY", "", "HOME", "/root"), out, null));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置），不启动 Writer。"), text);
        assertTrue(text.contains("【错误】 R-IMP-1 " + Start.MISTAKE_KEY + " — "), text);
        assertTrue(text.contains("sample-report-2024.odt"), text);
    }
}
