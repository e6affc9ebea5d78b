package org.nianbao.uno.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unit reports of a folder: .odt/.docx/.doc directly in it, sorted, no owner or lock files, no subfolders. */
class UnitFolderTest {
    @Test
    void listsTheReportsOfAFolderOnly(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"乙局.docx", "甲局.odt", "丙局.DOC", "~$乙局.docx", ".~lock.甲局.odt#", "说明.txt"}) {
            Files.writeString(dir.resolve(f), "x");
        }
        Files.createDirectories(dir.resolve("子目录"));
        Files.writeString(dir.resolve("子目录").resolve("丁局.odt"), "x");

        List<String> urls = UnitFolder.list(dir.toUri().toString());

        assertEquals(List.of("丙局.DOC", "乙局.docx", "甲局.odt"),
                urls.stream().map(UnitAggregation::fileName).sorted().collect(java.util.stream.Collectors.toList()));
        for (String u : urls) assertTrue(u.startsWith("file:"), u);
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
