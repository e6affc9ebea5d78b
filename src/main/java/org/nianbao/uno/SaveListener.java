package org.nianbao.uno;

import com.sun.star.document.DocumentEvent;
import com.sun.star.document.XDocumentEventBroadcaster;
import com.sun.star.document.XDocumentEventListener;
import com.sun.star.lang.EventObject;
import com.sun.star.lang.XServiceInfo;
import com.sun.star.lib.uno.helper.WeakBase;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.XComponentContext;

/**
 * The one global listener for document events (theGlobalEventBroadcaster), registered once per office
 * process by the startup job or the first protocol handler. It forwards the save events of Writer
 * documents to the {@link SaveHook}; what happens on save is the hook's business. Nothing thrown here
 * reaches LibreOffice, and nothing here can stop a save.
 */
public final class SaveListener extends WeakBase implements XDocumentEventListener {
    /** What runs on the save events of a Writer document. */
    public interface SaveHook {
        /** OnSave / OnSaveAs: before the document is written. */
        void beforeSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception;

        /** OnSaveDone / OnSaveAsDone / OnSaveFailed / OnSaveAsFailed: after it. Must not modify the document. */
        void afterSave(XComponentContext ctx, XTextDocument doc, String event) throws Exception;
    }

    private static final Object LOCK = new Object();
    private static SaveListener registered;
    private static volatile SaveHook hook;

    private final XComponentContext ctx;

    private SaveListener(XComponentContext ctx) {
        this.ctx = ctx;
    }

    /** Sets what runs on save (null: nothing). */
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
            SaveListener listener = new SaveListener(ctx);
            broadcaster.addDocumentEventListener(listener);
            registered = listener;
            Log.info("save listener registered");
            return true;
        }
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
            if (!before && !after) return;
            XServiceInfo info = Uno.q(XServiceInfo.class, event.Source);
            if (info == null || !info.supportsService("com.sun.star.text.TextDocument")) return;
            XTextDocument doc = Uno.q(XTextDocument.class, event.Source);
            SaveHook h = hook;
            if (h == null) return;
            if (before) h.beforeSave(ctx, doc, name);
            else h.afterSave(ctx, doc, name);
        });
    }

    @Override
    public void disposing(EventObject source) {
        synchronized (LOCK) {
            if (registered == this) registered = null;
        }
    }
}
