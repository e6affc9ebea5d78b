package org.nianbao.core.aggregate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The units expected to send a report (the CLI's {@code --units} file, and {@value #FILE_NAME} in the folder
 * Writer's 汇总下级报告 reads): UTF-8, one unit name a line; a byte-order mark, blank lines and lines starting
 * with {@code #} are left out.
 */
public final class UnitList {
    /** The list's name in a folder of unit reports (Writer), matched without regard to case. */
    public static final String FILE_NAME = "UNITS.txt";

    private UnitList() {
    }

    public static List<String> read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    public static List<String> parse(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String s = line.replace("\uFEFF", "").trim();
            if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
        }
        return out;
    }
}
