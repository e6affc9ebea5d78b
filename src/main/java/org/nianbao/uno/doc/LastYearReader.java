package org.nianbao.uno.doc;

import com.sun.star.beans.PropertyValue;
import com.sun.star.container.XEnumeration;
import com.sun.star.document.MacroExecMode;
import com.sun.star.document.UpdateDocMode;
import com.sun.star.frame.XComponentLoader;
import com.sun.star.frame.XDesktop;
import com.sun.star.frame.XModel;
import com.sun.star.lang.XComponent;
import com.sun.star.text.XTextDocument;
import com.sun.star.uno.UnoRuntime;
import com.sun.star.uno.XComponentContext;
import com.sun.star.util.XCloseable;
import org.nianbao.core.model.Report;
import org.nianbao.core.recognise.DocumentReader;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;

/**
 * Reads last year's report through LibreOffice (.odt, .docx, .doc: opened hidden and read-only, recognised
 * by the same reader, closed again).
 */
public final class LastYearReader {
    private LastYearReader() {
    }

    /**
     * Reads the report at a URL. A document the office already has open is read as it is (and left
     * open); anything else is opened hidden and read-only, without macros, and closed afterwards.
     */
    public static Report read(XComponentContext ctx, String url) throws com.sun.star.uno.Exception {
        XDesktop desktop = Uno.q(XDesktop.class,
                ctx.getServiceManager().createInstanceWithContext("com.sun.star.frame.Desktop", ctx));
        XTextDocument open = alreadyOpen(desktop, url);
        if (open != null) return DocumentReader.read(UnoDocumentAdapter.read(open));
        XComponent c = Uno.q(XComponentLoader.class, desktop).loadComponentFromURL(url, "_blank", 0, new PropertyValue[] {
            Uno.prop("Hidden", Boolean.TRUE),
            Uno.prop("ReadOnly", Boolean.TRUE),
            Uno.prop("MacroExecutionMode", MacroExecMode.NEVER_EXECUTE),
            Uno.prop("UpdateDocMode", UpdateDocMode.NO_UPDATE),
        });
        try {
            XTextDocument doc = Uno.q(XTextDocument.class, c);
            if (doc == null) throw new NotATextDocumentException(url);
            return DocumentReader.read(UnoDocumentAdapter.read(doc));
        } finally {
            close(c);
        }
    }

    /** Thrown when the URL does not open as a text document. */
    public static final class NotATextDocumentException extends com.sun.star.uno.Exception {
        private static final long serialVersionUID = 1L;

        NotATextDocumentException(String url) {
            super("not a text document: " + url);
        }
    }

    private static XTextDocument alreadyOpen(XDesktop desktop, String url) throws com.sun.star.uno.Exception {
        XEnumeration e = desktop.getComponents().createEnumeration();
        while (e.hasMoreElements()) {
            XModel m = Uno.q(XModel.class, e.nextElement());
            if (m != null && url.equals(m.getURL())) return Uno.q(XTextDocument.class, m);
        }
        return null;
    }

    private static void close(XComponent c) {
        if (c == null) return;
        Log.guard("closing last year's report", () -> {
            XCloseable closeable = UnoRuntime.queryInterface(XCloseable.class, c);
            if (closeable != null) closeable.close(true);
            else c.dispose();
        });
    }
}
