package org.nianbao.uno;

import com.sun.star.frame.XModel;
import com.sun.star.text.XTextDocument;
import com.sun.star.util.XModifiable;
import java.util.ArrayList;
import java.util.List;
import org.nianbao.core.model.ExtensionFindings;
import org.nianbao.core.model.Finding;
import org.nianbao.core.model.Report;
import org.nianbao.core.model.Snapshot;
import org.nianbao.core.recognise.DocumentReader;

/**
 * Cells changed by another program since the last save with the extension: when a document with a
 * {@link Snapshot} is opened, its tables are compared with the snapshot; the cells that disagree then are
 * reported ({@link ExtensionFindings#SNAPSHOT}) by every check and by the next save, which stores a new
 * snapshot of the tables (the tables win). Edits made in this session are not outside edits: only the
 * comparison at opening counts (or, when the extension started after the document was opened, the first
 * check of the still unmodified document).
 */
final class OutsideEdits {
    private OutsideEdits() {
    }

    /** On opening (OnLoad): compares the tables with the stored snapshot, if there is one. */
    static void opened(XTextDocument doc) throws com.sun.star.uno.Exception {
        XModel model = Uno.q(XModel.class, doc);
        if (!SnapshotStore.has(doc)) return; // nothing to compare, no state kept
        DocumentStates.State s = DocumentStates.of(model);
        synchronized (DocumentStates.lock()) {
            if (s.baselineTaken) return;
        }
        Report tables = DocumentReader.read(UnoDocumentAdapter.readTables(doc));
        baseline(doc, s, tables);
    }

    /** The findings about outside edits for the report just read from the document (maybe none). */
    static List<Finding> findings(XTextDocument doc, Report current) throws com.sun.star.uno.Exception {
        XModel model = Uno.q(XModel.class, doc);
        DocumentStates.State s = DocumentStates.find(model);
        if (s == null || !baselineTaken(s)) {
            if (!SnapshotStore.has(doc)) return List.of();
            s = DocumentStates.of(model);
            XModifiable m = Uno.q(XModifiable.class, doc);
            if (m != null && !m.isModified()) {
                baseline(doc, s, current); // the tables are as opened
            } else {
                synchronized (DocumentStates.lock()) {
                    s.baselineTaken = true; // edited before we saw it: in-session edits cannot be told apart
                }
                Log.info("document modified before the extension saw it opened: no comparison with its snapshot");
            }
        }
        List<Finding> out = new ArrayList<>();
        synchronized (DocumentStates.lock()) {
            if (s.snapshotProblem != null) out.add(ExtensionFindings.snapshotDamaged(s.snapshotProblem));
            for (String key : s.changedOutside) {
                String saved = s.openedSnapshot.values().get(key);
                String now = current.cellText(key);
                if (now != null && !saved.strip().equals(now.strip())) {
                    out.add(ExtensionFindings.snapshotChanged(key, saved, now));
                }
            }
        }
        return out;
    }

    /** After a save stored {@code written}: the stored tables and the snapshot agree again. */
    static void saved(XTextDocument doc, Snapshot written) {
        DocumentStates.State s = DocumentStates.of(Uno.q(XModel.class, doc));
        synchronized (DocumentStates.lock()) {
            s.baselineTaken = true;
            s.openedSnapshot = written;
            s.changedOutside = List.of();
            s.snapshotProblem = null;
        }
    }

    private static boolean baselineTaken(DocumentStates.State s) {
        synchronized (DocumentStates.lock()) {
            return s.baselineTaken;
        }
    }

    private static void baseline(XTextDocument doc, DocumentStates.State s, Report tables) throws com.sun.star.uno.Exception {
        Snapshot snapshot = null;
        String problem = null;
        try {
            snapshot = SnapshotStore.read(doc);
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        List<String> changed = snapshot == null ? List.of() : snapshot.differingKeys(tables);
        synchronized (DocumentStates.lock()) {
            s.baselineTaken = true;
            s.openedSnapshot = snapshot;
            s.changedOutside = List.copyOf(changed);
            s.snapshotProblem = problem;
        }
        if (problem != null || !changed.isEmpty()) {
            Log.info("opened with a snapshot that disagrees: " + (problem != null ? problem : changed.size() + " cells changed outside"));
        }
    }
}
