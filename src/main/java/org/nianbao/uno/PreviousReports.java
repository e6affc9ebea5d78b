package org.nianbao.uno;

import com.sun.star.frame.XModel;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XComponent;
import com.sun.star.lang.XEventListener;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.nianbao.core.model.Report;

/**
 * Last year's report chosen for each open document (panel 上年报告 or {@code nianbao:previous?url=…}),
 * so that every later check of that document, on save too, includes the cross-year rules (P-1, P-10):
 * pass {@link #report(XModel)} as the checker's {@code previous}. Kept in memory for the office session;
 * dropped when the document closes.
 */
public final class PreviousReports {
    /** Told when a document gets (or loses, entry null) its previous report; must not throw. */
    public interface Listener {
        void previousChanged(XModel document, Entry entry);
    }

    /** Last year's report of one document. */
    public static final class Entry {
        /** Where it was read from (a file URL). */
        public final String url;
        public final Report report;

        Entry(String url, Report report) {
            this.url = url;
            this.report = report;
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

    private static final PreviousReports INSTANCE = new PreviousReports();

    public static PreviousReports get() {
        return INSTANCE;
    }

    private static final class Slot {
        final XModel document;
        Entry entry;

        Slot(XModel document) {
            this.document = document;
        }
    }

    private final List<Slot> slots = new ArrayList<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Remembers last year's report for the document (replacing any earlier one). */
    public void put(XModel document, String url, Report report) {
        if (document == null) return;
        Entry entry = new Entry(url, report);
        boolean added;
        synchronized (slots) {
            Slot s = slotOf(document);
            added = s == null;
            if (added) {
                s = new Slot(document);
                slots.add(s);
            }
            s.entry = entry;
        }
        if (added) {
            XComponent c = UnoRuntime.queryInterface(XComponent.class, document);
            if (c != null) c.addEventListener(new Forget(document));
        }
        tell(document, entry);
    }

    /** Last year's report of the document, or null. */
    public Entry entry(XModel document) {
        if (document == null) return null;
        synchronized (slots) {
            Slot s = slotOf(document);
            return s == null ? null : s.entry;
        }
    }

    /** Last year's report of the document as the checker's {@code previous}, or null. */
    public Report report(XModel document) {
        Entry e = entry(document);
        return e == null ? null : e.report;
    }

    public void forget(XModel document) {
        boolean removed;
        synchronized (slots) {
            removed = slots.removeIf(s -> UnoRuntime.areSame(s.document, document));
        }
        if (removed) tell(document, null);
    }

    public int documentCount() {
        synchronized (slots) {
            return slots.size();
        }
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void tell(XModel document, Entry entry) {
        for (Listener l : listeners) {
            try {
                l.previousChanged(document, entry);
            } catch (Throwable t) {
                Log.error("previous-report listener failed", t);
            }
        }
    }

    private Slot slotOf(XModel document) {
        for (Slot s : slots) if (UnoRuntime.areSame(s.document, document)) return s;
        return null;
    }

    /** Drops the entry when the document is closed. */
    private final class Forget extends WeakBase implements XEventListener {
        private final XModel document;

        Forget(XModel document) {
            this.document = document;
        }

        @Override
        public void disposing(EventObject e) {
            Log.guard("forgetting a closed document's previous report", () -> {
                forget(document);
                ResultBoard.get().forget(document);
            });
        }
    }
}
