package org.nianbao.uno.session;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The unit reports of a folder for 汇总下级报告: every .odt, .docx and .doc file directly in it (not in
 * subfolders), sorted by name, as file URLs; Word's owner files ({@code ~$…}) and LibreOffice's lock files
 * are not reports.
 */
public final class UnitFolder {
    private static final String[] TYPES = {".odt", ".docx", ".doc"};

    private UnitFolder() {
    }

    /** The reports' file URLs in a folder given by its file URL. */
    public static List<String> list(String folderUrl) throws IOException {
        Path dir;
        try {
            dir = Path.of(URI.create(folderUrl));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IOException("not a file URL: " + folderUrl, e);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).filter(p -> isReport(p.getFileName().toString())).forEach(files::add);
        }
        files.sort(null);
        List<String> out = new ArrayList<>();
        for (Path p : files) out.add(p.toUri().toString());
        return out;
    }

    static boolean isReport(String name) {
        if (name.startsWith("~$") || name.startsWith(".~lock.")) return false;
        String n = name.toLowerCase(Locale.ROOT);
        for (String t : TYPES) if (n.endsWith(t)) return true;
        return false;
    }

    /** True when two file URLs name the same file (LibreOffice and Java percent-encode differently). */
    public static boolean sameFile(String a, String b) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        try {
            return Path.of(URI.create(a)).normalize().equals(Path.of(URI.create(b)).normalize());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
