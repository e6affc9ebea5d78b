package org.nianbao.uno;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class UiTextTest {

    private static Properties load(String name) throws Exception {
        Properties p = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream("/org/nianbao/uno/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveEveryKey() throws Exception {
        Properties en = load("ui.properties");
        Properties zh = load("ui_zh.properties");
        assertEquals(en.keySet(), zh.keySet());
        for (Object k : en.keySet()) {
            String key = (String) k;
            if (!key.startsWith("part.")) assertNotEquals(en.getProperty(key), zh.getProperty(key), key);
        }
    }

    @Test
    void formatsInEachLanguage() {
        assertEquals("Table 3 is already in the document; nothing was inserted.", UiText.of("en").get("msg.tableExists", "Table 3"));
        assertEquals("文档中已有表三，未重复插入。", UiText.of("zh").get("msg.tableExists", "表三"));
        assertEquals("3 个错误，2 个警告", UiText.of("zh").get("check.summary", 3, 2));
        assertEquals("Passed", UiText.of("en").get("check.passed"));
        // issue 10, defect 5: years without digit grouping
        assertEquals("请输入 2008 至 2100 之间的四位年份。", UiText.of("zh").get("sidebar.info.badYear", 2008, 2100));
        assertEquals("上年报告：a.odt（2024 年）", UiText.of("zh").get("previous.panel.currentYear", "a.odt", 2024));
        assertTrue(UiText.of("xx").lang().equals("en"));
    }
}
