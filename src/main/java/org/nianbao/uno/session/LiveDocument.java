package org.nianbao.uno.session;

import java.util.List;
import java.util.Map;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.core.model.CellLocation;

/**
 * An open Writer document as a {@link ReportSession} needs it: read its body and tables in bulk, write
 * cells in bulk inside an undo step, keep the snapshot, tell its state. The UNO adapter
 * ({@code org.nianbao.uno.doc.UnoLiveDocument}) implements it for Writer; unit tests use an in-memory fake.
 */
public interface LiveDocument {
    /** One undo step around writes; {@link #close} ends it, {@link #rollBack} ends it and undoes it. */
    interface UndoStep {
        void close() throws Exception;

        /** Ends the step and undoes what it recorded (nothing when it recorded nothing); nothing left to redo. */
        void rollBack() throws Exception;
    }

    /** A run of a paragraph to insert: plain text, or a number bound to the tables under a bookmark name. */
    final class Run {
        public final String text;
        /** The bookmark's name, or null for plain text. */
        public final String bookmark;

        public Run(String text, String bookmark) {
            this.text = text;
            this.bookmark = bookmark;
        }
    }

    boolean isReadOnly() throws Exception;

    boolean isModified() throws Exception;

    /** True while the document records changes (track changes). */
    boolean recordsChanges() throws Exception;

    /** True when the document holds one of the tables our inserter names. */
    boolean hasOurTables() throws Exception;

    /** True when the document has any table. */
    boolean hasTables() throws Exception;

    /** Paragraphs and tables in order; names of tables that cannot be read until reopened go to {@code unreadable}. */
    DocumentContent read(List<String> unreadable) throws Exception;

    /** Only the tables (cheaper: for telling whether it is a report, and the baseline on opening). */
    DocumentContent readTables() throws Exception;

    /** Writes cell texts by location, in bulk. */
    void write(Map<CellLocation, String> texts) throws Exception;

    UndoStep beginUndo(String title) throws Exception;

    /**
     * Inserts body paragraphs at the cursor (after the cursor's paragraph when it holds text), each bound run
     * under its bookmark. Null when done, else the message key of why not (the cursor in a table, a frame …).
     */
    String insertParagraphs(List<List<Run>> paragraphs) throws Exception;

    /** The names of the document's bookmarks that are ours ({@code BoundSpan.isOurs}). */
    java.util.Set<String> boundNames() throws Exception;

    /** Replaces the text each of our bookmarks (by name) spans; the bookmark spans the new text. */
    void writeBound(Map<String, String> texts) throws Exception;

    /** The text selected in the body text, or null when nothing (or more than one paragraph, or a table's text) is. */
    String selectedText() throws Exception;

    /** A bookmark of that name around the selection {@link #selectedText} gave. */
    void bookmarkSelection(String name) throws Exception;

    /** The stored snapshot's JSON, or null when there is none. */
    String snapshotJson() throws Exception;

    /** Stores the snapshot's JSON unless it is already there; true when it wrote. */
    boolean storeSnapshotJson(String json) throws Exception;

    /** Last year's report as stored in the document ({@code PreviousReport} JSON), or null when there is none. */
    String previousJson() throws Exception;

    /**
     * Stores last year's report's JSON ({@code null}: removes it) and marks the document modified, so that
     * it goes into the next save; true when the document's properties changed.
     */
    boolean storePreviousJson(String json) throws Exception;

    /**
     * Records one undo step for a change the document does not record itself (a document property):
     * Edit › Undo runs {@code undo}, Redo {@code redo}. False when the document cannot record it.
     */
    boolean addUndoAction(String title, Runnable undo, Runnable redo) throws Exception;

    /** The agency and year typed in 报告信息 ("" / null when not set). */
    String agency() throws Exception;

    Integer year() throws Exception;

    /** The local profile the document names (user-defined property NianbaoProfile), or null. */
    default String profileSetting() {
        return null;
    }

    /** The document's URL ("" when never stored). */
    String url();

    /** Lets go of the tables' objects after a command (see the adapter for the LibreOffice bug). */
    void release();

    /** As {@link #release}, at the end of the save path: done once the save has ended, after the file is written. */
    default void releaseAfterSave() {
        release();
    }
}
