package org.nianbao.uno.boot;

import org.nianbao.uno.insert.Part;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandUrlTest {

    @Test
    void parsesEveryStableUrl() {
        assertEquals(CommandUrl.Kind.INSERT, CommandUrl.parse("nianbao:insert?part=report").kind);
        assertEquals(Part.REPORT, CommandUrl.parse("nianbao:insert?part=report").part);
        for (int i = 1; i <= 6; i++) assertEquals(Part.section(i), CommandUrl.parse("nianbao:insert?part=section-" + i).part);
        assertEquals(Part.TABLE_2, CommandUrl.parse("nianbao:insert?part=table-2").part);
        assertEquals(Part.TABLE_3, CommandUrl.parse("nianbao:insert?part=table-3").part);
        assertEquals(Part.TABLE_4, CommandUrl.parse("nianbao:insert?part=table-4").part);
        assertEquals(CommandUrl.Kind.RECOMPUTE, CommandUrl.parse("nianbao:recompute").kind);
        assertEquals(CommandUrl.Kind.CHECK, CommandUrl.parse("nianbao:check").kind);
        assertEquals(CommandUrl.Kind.OPEN_DECK, CommandUrl.parse("nianbao:open-deck").kind);
    }

    @Test
    void urlRoundTrips() {
        for (Part p : Part.values()) assertEquals(CommandUrl.insert(p), CommandUrl.parse(CommandUrl.insert(p)).url());
        for (String u : List.of("nianbao:recompute", "nianbao:check", "nianbao:open-deck")) assertEquals(u, CommandUrl.parse(u).url());
    }

    @Test
    void refusesOthers() {
        for (String u : new String[] {null, "", "nianbao:", "nianbao:insert", "nianbao:insert?part=", "nianbao:insert?part=table-1",
                "nianbao:insert?part=section-7", "nianbao:insert?part=REPORT", "nianbao:check?x=1", ".uno:Save",
                "vnd.sun.star.script:x", "nianbao:insert?part=report&x=1"}) {
            assertNull(CommandUrl.parse(u), u);
        }
    }

    @Test
    void lastYearsReportUrls() {
        CommandUrl p = CommandUrl.parse("nianbao:previous?url=file:///tmp/2023%E5%B9%B4.docx");
        assertEquals(CommandUrl.Kind.PREVIOUS, p.kind);
        assertEquals("file:///tmp/2023%E5%B9%B4.docx", p.fileUrl);
        assertEquals("nianbao:previous?url=file:///tmp/2023%E5%B9%B4.docx", p.url());
        assertEquals("file:///a?b=1&c=2", CommandUrl.parse("nianbao:previous?url=file:///a?b=1&c=2").fileUrl, "the rest as it is");
        assertEquals(CommandUrl.Kind.FILL_CARRIED_OVER, CommandUrl.parse("nianbao:fill-carried-over").kind);
        assertEquals("nianbao:fill-carried-over", CommandUrl.parse("nianbao:fill-carried-over").url());
        assertEquals(CommandUrl.Kind.PREVIOUS_REMOVE, CommandUrl.parse("nianbao:previous-remove").kind);
        assertEquals("nianbao:previous-remove", CommandUrl.parse("nianbao:previous-remove").url());
        assertNull(CommandUrl.parse("nianbao:previous-remove?x=1"));
        assertNull(CommandUrl.parse("nianbao:previous?url="));
        assertNull(CommandUrl.parse("nianbao:previous"));
        assertNull(CommandUrl.parse("nianbao:fill-carried-over?x=1"));
    }

    @Test
    void aggregateUrls() {
        CommandUrl a = CommandUrl.parse("nianbao:aggregate?dir=file:///tmp/%E4%B8%8B%E7%BA%A7");
        assertEquals(CommandUrl.Kind.AGGREGATE, a.kind);
        assertEquals("file:///tmp/%E4%B8%8B%E7%BA%A7", a.fileUrl);
        assertEquals(false, a.force);
        assertEquals("nianbao:aggregate?dir=file:///tmp/%E4%B8%8B%E7%BA%A7", a.url());
        CommandUrl f = CommandUrl.parse("nianbao:aggregate?force&dir=file:///tmp/u");
        assertEquals(true, f.force);
        assertEquals("file:///tmp/u", f.fileUrl);
        assertEquals(f, CommandUrl.parse(f.url()));
        assertNull(CommandUrl.parse("nianbao:aggregate?dir="));
        assertNull(CommandUrl.parse("nianbao:aggregate"));
    }
}
