package org.nianbao.uno;

import com.sun.star.frame.XModel;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The latest check result of each open document, and who wants to hear of new ones: the save path,
 * the check and recompute commands publish here; the sidebar's 校验 panel and the infobar listen.
 * Documents are compared as UNO objects ({@link UnoRuntime#areSame}), not by Java identity.
 */
public final class ResultBoard {
    /** Told of every new result; called on the thread that published, must not throw. */
    public interface Listener {
        void resultChanged(XModel document, ReportCheck.Result result, String origin);
    }

    public static final String ORIGIN_SAVE = "save";
    public static final String ORIGIN_CHECK = "check";
    public static final String ORIGIN_RECOMPUTE = "recompute";

    private static final ResultBoard INSTANCE = new ResultBoard();

    public static ResultBoard get() {
        return INSTANCE;
    }

    private static final class Entry {
        final XModel document;
        ReportCheck.Result result;

        Entry(XModel document) {
            this.document = document;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public void publish(XModel document, ReportCheck.Result result, String origin) {
        if (document == null) return;
        synchronized (entries) {
            entryOf(document, true).result = result;
        }
        for (Listener l : listeners) {
            try {
                l.resultChanged(document, result, origin);
            } catch (Throwable t) {
                Log.error("result listener failed", t);
            }
        }
    }

    /** The latest result for the document, or null. */
    public ReportCheck.Result latest(XModel document) {
        synchronized (entries) {
            Entry e = entryOf(document, false);
            return e == null ? null : e.result;
        }
    }

    /** Drops what is kept for a closed document. */
    public void forget(XModel document) {
        synchronized (entries) {
            entries.removeIf(e -> UnoRuntime.areSame(e.document, document));
        }
    }

    public int documentCount() {
        synchronized (entries) {
            return entries.size();
        }
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public int listenerCount() {
        return listeners.size();
    }

    private Entry entryOf(XModel document, boolean create) {
        for (Entry e : entries) if (UnoRuntime.areSame(e.document, document)) return e;
        if (!create) return null;
        Entry e = new Entry(document);
        entries.add(e);
        return e;
    }
}
