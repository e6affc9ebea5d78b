package org.nianbao.uno.boot;

import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;
import com.sun.star.document.DocumentEvent;
import com.sun.star.document.XDocumentEventBroadcaster;
import com.sun.star.document.XDocumentEventListener;
import com.sun.star.frame.XModel;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;

/**
 * The one global listener for document events (theGlobalEventBroadcaster), registered once per office
 * process by the startup job or the first protocol handler. It forwards the save events of Writer
 * documents (and their OnLoad and OnUnload) to the {@link SaveHook}, by default the {@link SavePath}. Nothing thrown here
 * reaches LibreOffice, and nothing here can stop a save.
 */
public final class SaveListener extends WeakBase implements XDocumentEventListener {
    /** What runs on the save events of a Writer document. */
    public interface SaveHook {
        /** OnSave / OnSaveAs: before the document is written. */
        void beforeSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception;

        /** OnSaveDone / OnSaveAsDone / OnSaveFailed / OnSaveAsFailed: after it. Must not modify the document. */
        void afterSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception;

        /** OnLoad: a document was opened. */
        default void opened(XComponentContext ctx, XTextDocument doc) throws Exception {
        }

        /** OnUnload: a document is being closed; drop what is kept for it. */
        default void closed(XComponentContext ctx, XModel doc) throws Exception {
        }
    }

    private static final Object LOCK = new Object();
    private static SaveListener registered;
    private static volatile SaveHook hook;

    /** When the last OnSave/OnSaveAs was handled (System.nanoTime), and how long LibreOffice then took to OnSaveDone. */
    private static volatile long saveHandledAt;
    private static volatile double lastWriteMs = -1;

    private final XComponentContext ctx;

    private SaveListener(XComponentContext ctx) {
        this.ctx = ctx;
    }

    /**
     * A document opened before the listener was registered (the startup job registers it while the first
     * document's OnLoad is being sent): handled as if its OnLoad had reached us.
     */
    public static void openedBeforeRegistration(XComponentContext ctx, XModel model) {
        Log.guard("a document opened before registration", () -> {
            SaveHook h = hook;
            XServiceInfo info = Uno.q(XServiceInfo.class, model);
            if (h == null || info == null || !info.supportsService("com.sun.star.text.TextDocument")) return;
            h.opened(ctx, Uno.q(XTextDocument.class, model));
        });
    }

    /** Sets what runs on save (null: nothing; the default is the {@link SavePath}). */
    public static void setHook(SaveHook h) {
        hook = h;
    }

    /** Registers the listener unless this office process already has it; true when this call registered it. */
    public static boolean ensureRegistered(XComponentContext ctx) throws com.sun.star.uno.Exception {
        synchronized (LOCK) {
            if (registered != null) return false;
            Object singleton = ctx.getValueByName("/singletons/com.sun.star.frame.theGlobalEventBroadcaster");
            XDocumentEventBroadcaster broadcaster = Uno.q(XDocumentEventBroadcaster.class, singleton);
            if (broadcaster == null) throw new IllegalStateException("no global event broadcaster");
            if (hook == null) hook = new SavePath();
            SaveListener listener = new SaveListener(ctx);
            broadcaster.addDocumentEventListener(listener);
            registered = listener;
            Log.info("save listener registered");
            return true;
        }
    }

    /** Milliseconds from the end of the last OnSave's handling (ours or none) to its OnSaveDone: LibreOffice writing the file. */
    public static double lastWriteMs() {
        return lastWriteMs;
    }

    public static boolean isRegistered() {
        synchronized (LOCK) {
            return registered != null;
        }
    }

    @Override
    public void documentEventOccured(DocumentEvent event) {
        Log.guard("document event", () -> {
            String name = event.EventName;
            boolean before = "OnSave".equals(name) || "OnSaveAs".equals(name);
            boolean after = name.startsWith("OnSave") && (name.endsWith("Done") || name.endsWith("Failed"));
            boolean opened = "OnLoad".equals(name);
            boolean closed = "OnUnload".equals(name);
            if (!before && !after && !opened && !closed) return;
            if (after && saveHandledAt != 0) lastWriteMs = (System.nanoTime() - saveHandledAt) / 1e6;
            XServiceInfo info = Uno.q(XServiceInfo.class, event.Source);
            if (info == null || !info.supportsService("com.sun.star.text.TextDocument")) return;
            SaveHook h = hook;
            if (before) {
                try {
                    if (h != null) h.beforeSave(ctx, doc(event), name);
                } finally {
                    saveHandledAt = System.nanoTime(); // LibreOffice writes the file from here (issue 8's timings)
                }
                return;
            }
            if (after) {
                try {
                    if (h != null) h.afterSave(ctx, doc(event), name);
                } finally {
                    Uno.saveEnded(); // the save path's release of the tables' objects follows, once our code is done
                }
                return;
            }
            if (h == null) return;
            if (closed) h.closed(ctx, Uno.q(XModel.class, event.Source));
            else h.opened(ctx, doc(event));
        });
    }

    private static XTextDocument doc(DocumentEvent event) {
        return Uno.q(XTextDocument.class, event.Source);
    }

    @Override
    public void disposing(EventObject source) {
        synchronized (LOCK) {
            if (registered == this) registered = null;
        }
    }
}
