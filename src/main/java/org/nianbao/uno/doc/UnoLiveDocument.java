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
import org.nianbao.core.model.Profiles;
import org.nianbao.core.model.Snapshot;
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
    /**
     * The user-defined properties read in one call, kept from a {@link #read} to the {@link #release} that ends
     * the action (the save path asks for five of them; issue 8), updated by our own writes; null outside an
     * action, when every property is read from the document.
     */
    private Map<String, Object> properties;
    private boolean inAction;

    public UnoLiveDocument(XTextDocument doc) {
        this.doc = doc;
    }

    /** The user-defined properties as kept for this action, or null outside an action (read them from the document). */
    private Map<String, Object> properties() {
        if (!inAction) return null;
        if (properties == null) properties = UserProperties.all(doc);
        return properties;
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
        inAction = true; // an action starts with a read and ends with release()
        properties = null;
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
        Map<String, Object> p = properties();
        return p == null ? SnapshotStore.json(doc) : Uno.string(p.get(Snapshot.PROPERTY));
    }

    @Override
    public boolean storeSnapshotJson(String json) throws Exception {
        return storeJson(Snapshot.PROPERTY, json);
    }

    /** Stores a property's JSON unless it holds exactly that already (known without a call during an action). */
    private boolean storeJson(String name, String json) throws Exception {
        Map<String, Object> p = properties();
        if (p == null) return SnapshotStore.writeJson(doc, name, json);
        if (java.util.Objects.equals(json, Uno.string(p.get(name)))) return false;
        if (json == null) {
            SnapshotStore.writeJson(doc, name, null); // removes it
            p.remove(name);
        } else {
            SnapshotStore.store(doc, name, json, p.containsKey(name));
            p.put(name, json);
        }
        return true;
    }

    @Override
    public String previousJson() throws Exception {
        Map<String, Object> p = properties();
        return p == null ? SnapshotStore.json(doc, PreviousReport.PROPERTY) : Uno.string(p.get(PreviousReport.PROPERTY));
    }

    /** Marks the document modified itself: a user-defined property alone may not (the next save must store it). */
    @Override
    public boolean storePreviousJson(String json) throws Exception {
        boolean changed = storeJson(PreviousReport.PROPERTY, json);
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
        Map<String, Object> p = properties();
        return p == null ? ReportInfo.agency(doc) : ReportInfo.agencyOf(p.get(ReportInfo.AGENCY));
    }

    @Override
    public Integer year() throws Exception {
        Map<String, Object> p = properties();
        return p == null ? ReportInfo.year(doc) : ReportInfo.yearOf(p.get(ReportInfo.YEAR));
    }

    @Override
    public String profileSetting() {
        try {
            Map<String, Object> p = properties();
            if (p != null) return DocumentProfile.of(p.get(Profiles.DOCUMENT_PROPERTY));
        } catch (RuntimeException e) {
            Log.info("profile property unreadable: " + e);
            return null;
        }
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
        inAction = false;
        properties = null;
        Uno.releaseProxies();
    }

    @Override
    public void releaseAfterSave() {
        inAction = false;
        properties = null;
        Uno.releaseProxiesAfterSave();
    }
}
