package org.nianbao.uno.doc;

import com.sun.star.container.XNameAccess;
import com.sun.star.document.XUndoAction;
import com.sun.star.document.XUndoManager;
import com.sun.star.document.XUndoManagerSupplier;
import com.sun.star.frame.XModel;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.frame.XStorable;
import com.sun.star.text.XTextDocument;
import com.sun.star.text.XTextTablesSupplier;
import com.sun.star.util.XModifiable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.CellLocation;
import org.nianbao.core.model.PreviousReport;
import org.nianbao.core.schema.TableId;
import org.nianbao.core.style.HouseStyle;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import org.nianbao.uno.session.LiveDocument;
import org.nianbao.uno.session.ReportSession;
import org.nianbao.uno.session.Sessions;

/** A Writer document as a {@link LiveDocument}: the real adapter behind every {@link ReportSession}. */
public final class UnoLiveDocument implements LiveDocument {

    private final XTextDocument doc;

    public UnoLiveDocument(XTextDocument doc) {
        this.doc = doc;
    }

    /** The session of a Writer document (made on first use). */
    public static ReportSession session(XTextDocument doc) {
        return Sessions.of(Uno.q(XModel.class, doc), () -> new UnoLiveDocument(doc));
    }

    public XTextDocument text() {
        return doc;
    }

    @Override
    public boolean isReadOnly() {
        XStorable s = Uno.q(XStorable.class, doc);
        return s != null && s.isReadonly();
    }

    @Override
    public boolean isModified() {
        XModifiable m = Uno.q(XModifiable.class, doc);
        return m == null || m.isModified();
    }

    @Override
    public boolean recordsChanges() throws Exception {
        return Boolean.TRUE.equals(Uno.get(doc, "RecordChanges"));
    }

    @Override
    public boolean hasOurTables() {
        XNameAccess tables = Uno.q(XTextTablesSupplier.class, doc).getTextTables();
        for (TableId t : TableId.values()) if (tables.hasByName(HouseStyle.tableName(t))) return true; // our inserter's names
        return false;
    }

    @Override
    public boolean hasTables() {
        return Uno.q(XTextTablesSupplier.class, doc).getTextTables().hasElements();
    }

    @Override
    public DocumentContent read(List<String> unreadable) throws Exception {
        return UnoDocumentAdapter.read(doc, unreadable);
    }

    @Override
    public DocumentContent readTables() throws Exception {
        return UnoDocumentAdapter.readTables(doc);
    }

    @Override
    public void write(Map<CellLocation, String> texts) throws Exception {
        UnoDocumentAdapter.write(doc, texts);
    }

    @Override
    public UndoStep beginUndo(String title) {
        XModel model = Uno.q(XModel.class, doc);
        XUndoManager undo = Uno.q(XUndoManagerSupplier.class, doc).getUndoManager();
        String[] titlesBefore = undo.getAllUndoActionTitles();
        undo.enterUndoContext(title);
        model.lockControllers(); // no repaint per cell
        return new UndoStep() {
            @Override
            public void close() throws Exception {
                model.unlockControllers();
                undo.leaveUndoContext();
            }

            @Override
            public void rollBack() throws Exception {
                close();
                Log.guard("undoing a partial write", () -> {
                    if (Arrays.equals(titlesBefore, undo.getAllUndoActionTitles())) return; // nothing recorded
                    undo.undo();
                    undo.clearRedo();
                    Log.info("partial write undone");
                });
            }
        };
    }

    @Override
    public String insertParagraphs(List<List<Run>> paragraphs) throws Exception {
        return BoundMarks.insert(doc, paragraphs);
    }

    @Override
    public java.util.Set<String> boundNames() {
        return BoundMarks.names(doc);
    }

    @Override
    public void writeBound(Map<String, String> texts) throws Exception {
        BoundMarks.write(doc, texts);
    }

    @Override
    public String selectedText() throws Exception {
        return BoundMarks.selectedText(doc);
    }

    @Override
    public void bookmarkSelection(String name) throws Exception {
        BoundMarks.bookmarkSelection(doc, name);
    }

    @Override
    public String snapshotJson() throws Exception {
        return SnapshotStore.json(doc);
    }

    @Override
    public boolean storeSnapshotJson(String json) throws Exception {
        return SnapshotStore.writeJson(doc, json);
    }

    @Override
    public String previousJson() throws Exception {
        return SnapshotStore.json(doc, PreviousReport.PROPERTY);
    }

    /** Marks the document modified itself: a user-defined property alone may not (the next save must store it). */
    @Override
    public boolean storePreviousJson(String json) throws Exception {
        boolean changed = SnapshotStore.writeJson(doc, PreviousReport.PROPERTY, json);
        XModifiable m = Uno.q(XModifiable.class, doc);
        if (changed && m != null) m.setModified(true);
        return changed;
    }

    /**
     * Adds our own {@link XUndoAction} to the document's undo manager (Writer records no undo step for a
     * document property); it counts as one step in Edit › Undo like any other.
     */
    @Override
    public boolean addUndoAction(String title, Runnable undo, Runnable redo) throws Exception {
        XUndoManagerSupplier s = Uno.q(XUndoManagerSupplier.class, doc);
        if (s == null) return false;
        XUndoManager manager = s.getUndoManager();
        if (manager.isLocked()) return false;
        manager.addUndoAction(new PropertyUndo(title, undo, redo));
        return true;
    }

    /** An undo step of our own: Edit › Undo / Redo run the session's code (which never throws). */
    private static final class PropertyUndo extends WeakBase implements XUndoAction {
        private final String title;
        private final Runnable undo;
        private final Runnable redo;

        PropertyUndo(String title, Runnable undo, Runnable redo) {
            this.title = title;
            this.undo = undo;
            this.redo = redo;
        }

        @Override
        public String getTitle() {
            return title;
        }

        @Override
        public void undo() {
            Log.guard("undo: " + title, undo::run);
        }

        @Override
        public void redo() {
            Log.guard("redo: " + title, redo::run);
        }
    }

    @Override
    public String agency() throws Exception {
        return ReportInfo.agency(doc);
    }

    @Override
    public Integer year() throws Exception {
        return ReportInfo.year(doc);
    }

    @Override
    public String profileSetting() {
        return DocumentProfile.read(doc);
    }

    @Override
    public String url() {
        String url = Uno.q(XModel.class, doc).getURL();
        return url == null ? "" : url;
    }

    /** See {@link Uno#releaseProxies}: a table split later must not inherit our table objects. */
    @Override
    public void release() {
        Uno.releaseProxies();
    }
}
