package org.nianbao.uno.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.nianbao.uno.Outcome;
import org.nianbao.uno.session.SaveStage;

/** Without NIANBAO_TEST_HOOKS=1 (production, and this unit test's JVM) the test commands do nothing. */
class TestHooksTest {
    @Test
    void offUnlessTheEnvironmentSaysSo() {
        assertNull(System.getenv(TestHooks.ENV), "unit tests run without the variable");
        assertFalse(TestHooks.enabled());
        Outcome o = TestHooks.run(null, null, "fault?stage=rules");
        assertFalse(o.success);
        assertEquals("test commands are disabled", o.message);
    }

    @Test
    void stageIds() {
        for (SaveStage s : SaveStage.values()) assertEquals(s, SaveStage.byId(s.id));
        assertNull(SaveStage.byId("nope"));
    }

    @Test
    void testUrlsParse() {
        CommandUrl c = CommandUrl.parse("nianbao:test-fault?stage=rules");
        assertEquals(CommandUrl.Kind.TEST, c.kind);
        assertEquals("fault?stage=rules", c.test);
        assertEquals("nianbao:test-fault?stage=rules", c.url());
        assertNull(CommandUrl.parse("nianbao:test-"));
    }

    @Test
    void odfFilters() {
        for (String f : new String[] {"writer8", "writer8_template", "writerglobal8", "writerweb8_writer"}) {
            assertEquals(true, SavePath.isOdf(f), f);
        }
        for (String f : new String[] {"MS Word 2007 XML", "MS Word 97", "Rich Text Format", "Office Open XML Text", "Text"}) {
            assertFalse(SavePath.isOdf(f), f);
        }
    }
}
