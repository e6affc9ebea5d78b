package org.nianbao.read;

import java.io.Closeable;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * The zip layer of an ODF or OOXML package, hardened: every entry name is checked (no {@code ..}, no absolute
 * paths), entries are only ever read through a byte-counting stream, and zip errors become
 * {@link UnreadableDocumentException}s. Nothing is extracted to disk.
 */
public final class SafeZip implements Closeable {
    private final ZipFile zip;
    private final Set<String> names;

    private SafeZip(ZipFile zip, Set<String> names) {
        this.zip = zip;
        this.names = names;
    }

    public static SafeZip open(Path file, ReadLimits limits) throws UnreadableDocumentException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "no such file: " + file.getFileName(), e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "access denied", e);
        } catch (ZipException e) {
            throw notAZip(file, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, e.getMessage(), e);
        }
        try {
            return new SafeZip(zip, checkEntries(zip, limits));
        } catch (UnreadableDocumentException | RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Set<String> checkEntries(ZipFile zip, ReadLimits limits) throws UnreadableDocumentException {
        Set<String> names = new java.util.LinkedHashSet<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (names.size() >= limits.maxEntries) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE, "more than " + limits.maxEntries + " zip entries");
            }
            if (isUnsafe(name)) throw new UnreadableDocumentException(Reason.UNSAFE_PATH, name);
            if (!names.add(name)) throw new UnreadableDocumentException(Reason.DAMAGED_ZIP, "duplicate entry " + name);
        }
        return names;
    }

    /** Absolute paths, drive letters, backslashes, NUL and any {@code ..} segment. */
    public static boolean isUnsafe(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) return true;
        if (name.length() > 1 && name.charAt(1) == ':') return true;
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) return true;
        }
        return false;
    }

    public boolean has(String name) {
        return names.contains(name);
    }

    /** The entry names, in the order of the zip's central directory. */
    public java.util.Collection<String> names() {
        return java.util.Collections.unmodifiableCollection(names);
    }

    /** The entry's bytes, uncompressed, through a stream that fails beyond {@code limit} bytes. */
    public InputStream open(String name, long limit) throws UnreadableDocumentException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, "no " + name);
        if (entry.getSize() > limit) {
            throw new UnreadableDocumentException(Reason.TOO_LARGE, name + " declares " + entry.getSize()
                    + " bytes, limit " + limit);
        }
        try {
            return new Bounded(zip.getInputStream(entry), name, limit);
        } catch (ZipException e) {
            throw zipError(name, e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a small entry completely (bounded). */
    public byte[] readAll(String name, long limit) throws UnreadableDocumentException {
        try (InputStream in = open(name, limit)) {
            return in.readAllBytes();
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; nothing to lose
        }
    }

    static UnreadableDocumentException zipError(String name, ZipException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.toLowerCase(Locale.ROOT).contains("encrypt")) {
            return new UnreadableDocumentException(Reason.ENCRYPTED, "zip-level encryption", e);
        }
        return new UnreadableDocumentException(Reason.DAMAGED_ZIP, name + ": " + msg, e);
    }

    /** A file that ZipFile refused: say what it looks like. */
    private static UnreadableDocumentException notAZip(Path file, ZipException e) {
        byte[] head = new byte[8];
        int n = 0;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException ignored) {
            // fall through with what we have
        }
        String msg = String.valueOf(e.getMessage());
        if (n >= 2 && head[0] == 'P' && head[1] == 'K') {
            Reason r = msg.toLowerCase(Locale.ROOT).contains("encrypt") ? Reason.ENCRYPTED : Reason.DAMAGED_ZIP;
            return new UnreadableDocumentException(r, msg, e);
        }
        return new UnreadableDocumentException(Reason.NOT_ZIP, sniff(head, n), e);
    }

    public static String sniff(byte[] h, int n) {
        if (n == 0) return "empty file";
        if (n >= 4 && (h[0] & 0xff) == 0xD0 && (h[1] & 0xff) == 0xCF && (h[2] & 0xff) == 0x11 && (h[3] & 0xff) == 0xE0) {
            return "OLE2 file: a legacy .doc, or a password-protected Office file";
        }
        String start = new String(h, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (start.startsWith("%PDF")) return "PDF file";
        if (start.startsWith("{\\rtf")) return "RTF file";
        if (start.startsWith("<?xml") || start.startsWith("\u00ef\u00bb\u00bf<?xml")) return "XML file (flat .fodt is not supported)";
        if (start.startsWith("<")) return "HTML or XML file";
        return ""; // the reason says enough; no English detail in a Chinese message
    }

    /** Counts uncompressed bytes; fails beyond the limit; turns inflater errors into DAMAGED_ZIP. */
    private static final class Bounded extends FilterInputStream {
        private final String name;
        private final long limit;
        private long count;

        Bounded(InputStream in, String name, long limit) {
            super(in);
            this.name = name;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, (int) Math.min(len, limit - count + 1));
            } catch (ZipException e) {
                throw zipError(name, e);
            } catch (EOFException e) {
                throw new UnreadableDocumentException(Reason.DAMAGED_ZIP, name + ": unexpected end of data", e);
            }
            if (n > 0) {
                count += n;
                if (count > limit) {
                    throw new UnreadableDocumentException(Reason.TOO_LARGE, name + " is larger than " + limit + " bytes");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buf = new byte[(int) Math.min(8192, Math.max(0, n))];
            long done = 0;
            while (done < n) {
                int r = read(buf, 0, (int) Math.min(buf.length, n - done));
                if (r < 0) break;
                done += r;
            }
            return done;
        }
    }
}
