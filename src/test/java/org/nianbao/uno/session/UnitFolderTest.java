package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unit reports of a folder, read like the CLI's directory walk: subfolders included, sorted by path, no
 * owner, lock or hidden files, every other file listed as not read; UNITS.txt in the folder is the list of units.
 */
class UnitFolderTest {
    @Test
    void listsTheReportsBelowAFolderAndTheFilesNotRead(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"乙局.docx", "甲局.odt", "丙局.DOC", "戊局.wps", "~$乙局.docx", ".~lock.甲局.odt#", "说明.txt",
            "己局.pdf"}) {
            Files.writeString(dir.resolve(f), "x");
        }
        Files.createDirectories(dir.resolve("子目录").resolve("更深"));
        Files.writeString(dir.resolve("子目录").resolve("丁局.odt"), "x");
        Files.writeString(dir.resolve("子目录").resolve("更深").resolve("庚局.rtf"), "x");
        Files.writeString(dir.resolve("子目录").resolve("UNITS.txt"), "不是本文件夹的名单"); // only the chosen folder's list counts

        UnitFolder.Listing l = UnitFolder.read(dir.toUri().toString());

        assertEquals(List.of("丙局.DOC", "乙局.docx", "丁局.odt", "庚局.rtf", "戊局.wps", "甲局.odt"), names(l.reports), "sorted by path (子目录 sorts before 戊)");
        assertEquals(List.of("子目录/丁局.odt", "子目录/更深/庚局.rtf"), relative(dir, l.reports.subList(2, 4)));
        assertEquals(List.of("子目录/UNITS.txt", "己局.pdf", "说明.txt"), relative(dir, l.notRead),
                "a subfolder's UNITS.txt is a file like any other");
        assertEquals(List.of(), l.units, "no list in the folder itself");
        for (String u : l.reports) assertTrue(u.startsWith("file:"), u);
    }

    @Test
    void takesTheUnitsOfTheFoldersList(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("甲局.odt"), "x");
        Files.writeString(dir.resolve("units.TXT"), "\uFEFF# 2024 年应报送的单位\n示例市甲局\n\n  示例市乙局  \n", StandardCharsets.UTF_8);

        UnitFolder.Listing l = UnitFolder.read(dir.toUri().toString());

        assertEquals(List.of("示例市甲局", "示例市乙局"), l.units);
        assertEquals(List.of(), l.notRead, "the list is not a file left unread");
    }

    @Test
    void aListThatIsNotUtf8IsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("甲局.odt"), "x");
        Files.write(dir.resolve("UNITS.txt"), "示例市甲局".getBytes(java.nio.charset.Charset.forName("GB18030")));

        UnitFolder.UnitListUnreadable e = assertThrows(UnitFolder.UnitListUnreadable.class, () -> UnitFolder.read(dir.toUri().toString()));
        assertTrue(e.file.endsWith("UNITS.txt"), e.file);
    }

    private static List<String> relative(Path dir, List<String> urls) {
        return urls.stream().map(u -> dir.toUri().relativize(java.net.URI.create(u)).getPath()).collect(Collectors.toList());
    }

    private static List<String> names(List<String> urls) {
        return urls.stream().map(UnitAggregation::fileName).collect(Collectors.toList());
    }

    @Test
    void sameFileAcrossEncodings(@TempDir Path dir) {
        Path p = dir.resolve("汇总.odt");
        String java = p.toUri().toString();
        String office = "file://" + p.toString().replace("汇总", "%E6%B1%87%E6%80%BB");
        assertTrue(UnitFolder.sameFile(java, office), java + " / " + office);
        assertFalse(UnitFolder.sameFile(java, dir.resolve("甲.odt").toUri().toString()));
        assertFalse(UnitFolder.sameFile(java, ""));
    }
}
