package org.nianbao.uno.session;

import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.nianbao.core.model.PreviousReport;
import org.nianbao.core.model.Report;
import org.nianbao.uno.Log;

/**
 * The one registry of {@link ReportSession}s: one per open document, created on first use, dropped when
 * the document closes (OnUnload). Documents are compared as UNO objects ({@link UnoRuntime#areSame}),
 * not by Java identity. It also tells the sidebar of new results and of last year's report changing.
 */
public final class Sessions {
    /** Told of new results and of last year's report; called on the thread that published, must not throw. */
    public interface Listener {
        default void resultChanged(Object document, ReportCheck.Result result, String origin) {
        }

        /** {@code lastYear} null: the document has none any more. */
        default void lastYearChanged(Object document, LastYear lastYear) {
        }
    }

    /** Last year's report of one document. */
    public static final class LastYear {
        /** How last year's file stands now compared with the values kept in the document. */
        public enum FileState {
            /** Not looked at (not a local file, or the values were only read in this session). */
            UNKNOWN,
            /** The file is there and not changed since it was read. */
            UNCHANGED,
            /** The file was changed after it was read: the stored values are still used, not re-read. */
            NEWER,
            /** The file is not there (moved, deleted, another computer). */
            MISSING
        }

        /** Where it was read from (a file URL). */
        public final String url;
        public final Report report;
        /** True when it is kept in the document (user-defined property {@value PreviousReport#PROPERTY}). */
        public final boolean stored;
        /** True when its section texts were too large to keep (Y-COPY then has nothing to compare). */
        public final boolean sectionsDropped;
        public final FileState fileState;

        public LastYear(String url, Report report) {
            this(url, report, false, false, FileState.UNKNOWN);
        }

        public LastYear(String url, Report report, boolean stored, boolean sectionsDropped, FileState fileState) {
            this.url = url;
            this.report = report;
            this.stored = stored;
            this.sectionsDropped = sectionsDropped;
            this.fileState = fileState;
        }

        /** Last year's report as kept in a document: {@link PreviousReport#fromJson}'s refusals are thrown on. */
        static LastYear restored(String json) {
            PreviousReport p = PreviousReport.fromJson(json);
            long now = modified(p.url);
            FileState state;
            if (!p.url.startsWith("file:")) state = FileState.UNKNOWN;
            else if (now < 0) state = FileState.MISSING;
            else if (p.modified >= 0 && now > p.modified) state = FileState.NEWER;
            else state = FileState.UNCHANGED;
            return new LastYear(p.url, p.report(), true, p.sectionsDropped, state);
        }

        /** The modification time of a file URL's file (ms), or -1 when it is not a local file or not there. */
        static long modified(String url) {
            try {
                if (url == null || !url.startsWith("file:")) return -1;
                java.nio.file.Path p = java.nio.file.Paths.get(java.net.URI.create(url));
                return java.nio.file.Files.isRegularFile(p) ? java.nio.file.Files.getLastModifiedTime(p).toMillis() : -1;
            } catch (RuntimeException | java.io.IOException e) {
                return -1;
            }
        }

        /** The file name of {@link #url}, decoded, for display. */
        public String fileName() {
            String name = url.substring(url.lastIndexOf('/') + 1);
            try {
                return java.net.URLDecoder.decode(name.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return name;
            }
        }
    }

    private static final class Entry {
        final Object document;
        final ReportSession session;

        Entry(Object document, ReportSession session) {
            this.document = document;
            this.session = session;
        }
    }

    private static final List<Entry> ENTRIES = new ArrayList<>();
    private static final List<Listener> LISTENERS = new CopyOnWriteArrayList<>();

    private Sessions() {
    }

    /**
     * The document's session, made with {@code adapter} when it has none yet; a new session restores last
     * year's report kept in the document, and the 上年报告 panels are told.
     */
    public static ReportSession of(Object document, Supplier<LiveDocument> adapter) {
        ReportSession s;
        synchronized (ENTRIES) {
            for (Entry e : ENTRIES) if (same(e.document, document)) return e.session;
            s = new ReportSession(adapter.get());
            s.owner(document);
            ENTRIES.add(new Entry(document, s));
        }
        LastYear restored = s.lastYear();
        if (restored != null) lastYearChanged(document, restored);
        return s;
    }

    /** The document's session, or null. */
    public static ReportSession find(Object document) {
        if (document == null) return null;
        synchronized (ENTRIES) {
            for (Entry e : ENTRIES) if (same(e.document, document)) return e.session;
            return null;
        }
    }

    /** Drops the closed document's session. */
    public static void forget(Object document) {
        synchronized (ENTRIES) {
            ENTRIES.removeIf(e -> same(e.document, document));
        }
    }

    public static int count() {
        synchronized (ENTRIES) {
            return ENTRIES.size();
        }
    }

    /** Tells the listeners (the 校验 panels) of a new result for the document. */
    public static void publish(Object document, ReportCheck.Result result, String origin) {
        ReportSession s = find(document);
        if (s != null) s.shown(result);
        for (Listener l : LISTENERS) {
            try {
                l.resultChanged(document, result, origin);
            } catch (Throwable t) {
                Log.error("result listener failed", t);
            }
        }
    }

    /** Tells the listeners (the 上年报告 panels) that the document's last year's report changed. */
    public static void lastYearChanged(Object document, LastYear lastYear) {
        for (Listener l : LISTENERS) {
            try {
                l.lastYearChanged(document, lastYear);
            } catch (Throwable t) {
                Log.error("last-year listener failed", t);
            }
        }
    }

    public static void addListener(Listener l) {
        LISTENERS.add(l);
    }

    public static void removeListener(Listener l) {
        LISTENERS.remove(l);
    }

    public static int listenerCount() {
        return LISTENERS.size();
    }

    private static boolean same(Object a, Object b) {
        return a == b || UnoRuntime.areSame(a, b);
    }
}
