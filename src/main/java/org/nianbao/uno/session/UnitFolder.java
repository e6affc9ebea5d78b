package org.nianbao.uno.session;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.nianbao.core.aggregate.UnitList;

/**
 * What a folder holds for 汇总下级报告 (issue 11), read like the CLI's directory walk: every file below it,
 * subfolders included, sorted by path; the documents Writer opens as text (.odt, .docx, .doc, .wps, .rtf and
 * their template and macro variants) are the unit reports, every other file is listed as not read (nothing
 * is passed over silently); Word's owner files ({@code ~$…}), LibreOffice's lock files and hidden files are
 * not reports. A {@value UnitList#FILE_NAME} directly in the folder is the list of units expected (the
 * CLI's {@code --units}).
 */
public final class UnitFolder {
    private static final String[] TYPES = {".odt", ".ott", ".docx", ".docm", ".dotx", ".dotm", ".doc", ".dot", ".wps", ".wpt",
        ".rtf"};

    /** A folder's unit reports, its other files, and the units its list expects. */
    public static final class Listing {
        /** File URLs of the reports, sorted by path. */
        public final List<String> reports;
        /** File URLs of the other files below the folder (not a document Writer reads as text), sorted by path. */
        public final List<String> notRead;
        /** The units of the folder's {@value UnitList#FILE_NAME}; empty without one. */
        public final List<String> units;

        public Listing(List<String> reports, List<String> notRead, List<String> units) {
            this.reports = List.copyOf(reports);
            this.notRead = List.copyOf(notRead);
            this.units = List.copyOf(units);
        }
    }

    /** The folder's {@value UnitList#FILE_NAME} exists but cannot be read (not UTF-8, no access). */
    public static final class UnitListUnreadable extends IOException {
        private static final long serialVersionUID = 1L;
        public final String file;

        UnitListUnreadable(Path file, IOException cause) {
            super("cannot read the list of units " + file, cause);
            this.file = file.toString();
        }
    }

    private UnitFolder() {
    }

    /** The reports, other files and list of units of a folder given by its file URL. */
    public static Listing read(String folderUrl) throws IOException {
        Path dir;
        try {
            dir = Path.of(URI.create(folderUrl));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new IOException("not a file URL: " + folderUrl, e);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        List<String> reports = new ArrayList<>();
        List<String> notRead = new ArrayList<>();
        List<String> units = List.of();
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (isLockOrHidden(name)) continue;
            if (p.getParent().equals(dir) && name.equalsIgnoreCase(UnitList.FILE_NAME)) {
                try {
                    units = UnitList.read(p);
                } catch (IOException e) {
                    throw new UnitListUnreadable(p, e);
                }
            } else {
                (isReport(name) ? reports : notRead).add(p.toUri().toString());
            }
        }
        return new Listing(reports, notRead, units);
    }

    /**
     * Word's owner files, LibreOffice's lock files and hidden files: never reports, and not listed either (unlike
     * the CLI: the lock files of the documents open in this office would always be there).
     */
    static boolean isLockOrHidden(String name) {
        return name.startsWith("~$") || name.startsWith(".");
    }

    static boolean isReport(String name) {
        if (isLockOrHidden(name)) return false;
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
