package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help and usage errors in Chinese (English with --lang en), without Java class names. */
class CliHelpTest {
    @Test
    void helpIsChineseByDefaultAndEnglishWithLangEn() {
        CheckFormatsTest.Run zh = CheckFormatsTest.run("check", "--help");
        assertEquals(0, zh.exit);
        assertTrue(zh.out.contains("用法：") && zh.out.contains("上年报告（任一支持的格式）") && zh.out.contains("退出码："), zh.out);
        CheckFormatsTest.Run en = CheckFormatsTest.run("check", "--lang", "en", "--help");
        assertTrue(en.out.contains("Usage:") && en.out.contains("Last year's report (any supported format)"), en.out);
        CheckFormatsTest.Run top = CheckFormatsTest.run("--help");
        assertTrue(top.out.contains("aggregate") && top.out.contains("将下级单位的报告汇总"), top.out);
    }

    @Test
    void usageErrorsNameTheMistakeInTheUsersLanguage() {
        CheckFormatsTest.Run unknown = CheckFormatsTest.run("check", "--bogus", "a.odt");
        assertEquals(2, unknown.exit);
        assertTrue(unknown.err.startsWith("nianbao：未知的选项或参数：--bogus"), unknown.err);
        assertTrue(unknown.err.contains("用法见：nianbao check --help"), unknown.err);
        CheckFormatsTest.Run invalid = CheckFormatsTest.run("check", "--lang", "en", "--threads", "abc", "a.odt");
        assertEquals(2, invalid.exit);
        assertTrue(invalid.err.contains("“abc” is not a valid value for --threads"), invalid.err);
        CheckFormatsTest.Run missing = CheckFormatsTest.run("template");
        assertTrue(missing.err.contains("缺少：--output"), missing.err);
        CheckFormatsTest.Run noDir = CheckFormatsTest.run("template", "-o", "/nonexistent-nianbao/dir/a.odt");
        assertEquals(2, noDir.exit);
        assertTrue(noDir.err.contains("找不到文件或文件夹"), noDir.err);
        assertFalse(noDir.err.contains("Exception"), noDir.err);
    }

    @Test
    void versionIsTheBuildsOrDevFromClasses() {
        CheckFormatsTest.Run v = CheckFormatsTest.run("-V");
        assertEquals(0, v.exit);
        assertTrue(v.out.startsWith("nianbao "), v.out);
    }
}
