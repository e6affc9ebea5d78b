package org.nianbao.uno.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.star.accessibility.AccessibleRole;
import com.sun.star.accessibility.XAccessible;
import com.sun.star.accessibility.XAccessibleContext;
import com.sun.star.frame.DispatchResultState;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under Xvfb with a real window (VCL plugin gen) and the Chinese UI, as the sidebar tests will run: Writer
 * opens with the extension, our top-level menu 政务公开年报 is in the menu bar with every entry in Chinese,
 * and the commands work.
 */
class DisplayIT {

    @Test
    void writerShowsOurMenu() throws Exception {
        try (OfficeRunner office = OfficeRunner.start(new OfficeRunner.Options().withDisplay().uiLocale("zh-CN"))) {
            assertNotNull(office.display());
            office.installExtension(OfficeRunner.builtExtension());
            XTextDocument doc = office.newWriterDocument();
            assertTrue(OfficeRunner.frame(doc).getContainerWindow() != null);

            // the menu as the accessibility tree shows it (the VCL menu bar, with the add-on menus merged)
            XAccessible window = UnoRuntime.queryInterface(XAccessible.class, OfficeRunner.frame(doc).getContainerWindow());
            XAccessibleContext menubar = find(window.getAccessibleContext(), AccessibleRole.MENU_BAR, 0);
            assertNotNull(menubar, "no menu bar");
            List<String> menus = new ArrayList<>();
            XAccessibleContext ours = null;
            for (int i = 0; i < menubar.getAccessibleChildCount(); i++) {
                XAccessibleContext menu = menubar.getAccessibleChild(i).getAccessibleContext();
                menus.add(menu.getAccessibleName());
                if ("政务公开年报".equals(menu.getAccessibleName())) ours = menu;
            }
            assertNotNull(ours, "menu bar: " + menus);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ours.getAccessibleChildCount(); i++) {
                XAccessibleContext item = ours.getAccessibleChild(i).getAccessibleContext();
                if (item.getAccessibleRole() != AccessibleRole.SEPARATOR) items.add(item.getAccessibleName());
            }
            assertEquals(RegistrationIT.addonTitles("zh-CN"), items);

            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:insert?part=report").State);
            assertEquals(DispatchResultState.SUCCESS, office.dispatch(doc, "nianbao:check").State);
            assertEquals("文档中已有表三，未重复插入。", office.dispatch(doc, "nianbao:insert?part=table-3").Result);
            com.sun.star.frame.XInfobarProvider bars = UnoRuntime.queryInterface(com.sun.star.frame.XInfobarProvider.class,
                    OfficeRunner.frame(doc).getController());
            assertTrue(bars.hasInfobar("org.nianbao.writer"), "the refusal is shown in an infobar");
            office.screenshot(java.nio.file.Paths.get("target", "it-output", "writer-refusal-infobar.png"));
            office.close(doc);
        }
    }

    private static XAccessibleContext find(XAccessibleContext c, short role, int depth) {
        if (c == null || depth > 6) return null;
        if (c.getAccessibleRole() == role) return c;
        for (int i = 0; i < c.getAccessibleChildCount() && i < 50; i++) {
            try {
                XAccessibleContext found = find(c.getAccessibleChild(i).getAccessibleContext(), role, depth + 1);
                if (found != null) return found;
            } catch (Exception e) {
                // a child that went away: skip it
            }
        }
        return null;
    }
}
