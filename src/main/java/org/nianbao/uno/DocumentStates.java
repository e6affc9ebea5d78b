package org.nianbao.uno;

import com.sun.star.frame.XModel;
import com.sun.star.uno.UnoRuntime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.model.Snapshot;

/**
 * What the extension keeps per open document between events: the snapshot found when it was opened and
 * the cells that disagreed with it then, whether the non-ODF format warning was shown, the last notices
 * shown, faults armed by tests. Dropped when the document is closed (OnUnload); {@link #count()} shows
 * that nothing is left behind. Documents are compared as UNO objects.
 */
final class DocumentStates {
    private static final int NOTICES_KEPT = 10;

    /** One document's state; guarded by the registry's lock. */
    static final class State {
        final XModel document;
        /** True once the tables were compared with the snapshot as the document was opened. */
        boolean baselineTaken;
        /** The snapshot found when the document was opened, or null. */
        Snapshot openedSnapshot;
        /** Keys whose table text disagreed with {@link #openedSnapshot} when the document was opened. */
        List<String> changedOutside = List.of();
        /** Why the snapshot found on opening could not be used, or null. */
        String snapshotProblem;
        boolean formatWarned;
        int formatWarnings;
        int saves;
        final Set<SaveStage> armedFaults = EnumSet.noneOf(SaveStage.class);
        final Deque<String> notices = new ArrayDeque<>();
        /** The last save's outcome for diagnostics: stage → "ok", "skipped" or the failure. */
        String lastSave = "";

        State(XModel document) {
            this.document = document;
        }

        void notice(String text) {
            notices.addLast(text);
            while (notices.size() > NOTICES_KEPT) notices.removeFirst();
        }
    }

    private static final List<State> STATES = new ArrayList<>();

    private DocumentStates() {
    }

    /** The document's state, created when missing. Callers synchronise on {@link #lock()} to read or change it. */
    static State of(XModel document) {
        synchronized (STATES) {
            for (State s : STATES) if (UnoRuntime.areSame(s.document, document)) return s;
            State s = new State(document);
            STATES.add(s);
            return s;
        }
    }

    /** The document's state, or null. */
    static State find(XModel document) {
        synchronized (STATES) {
            for (State s : STATES) if (UnoRuntime.areSame(s.document, document)) return s;
            return null;
        }
    }

    static Object lock() {
        return STATES;
    }

    static void forget(XModel document) {
        synchronized (STATES) {
            STATES.removeIf(s -> UnoRuntime.areSame(s.document, document));
        }
    }

    static int count() {
        synchronized (STATES) {
            return STATES.size();
        }
    }
}
