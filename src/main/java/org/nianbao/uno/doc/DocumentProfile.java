package org.nianbao.uno.doc;

import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.text.XTextDocument;
import org.nianbao.core.model.Profiles;
import org.nianbao.uno.Log;
import org.nianbao.uno.Uno;

/**
 * The local profile a document names: its user-defined property {@value Profiles#DOCUMENT_PROPERTY}
 * (File ▸ Properties ▸ Custom Properties), holding a built-in id such as {@code wuwei} or entries such as
 * {@code decimals=4;copy.threshold=0.6}. Read with the tables; the core chooses it ({@link Profiles#effective}).
 */
public final class DocumentProfile {
    private DocumentProfile() {
    }

    /** The property's text, or null when the document has none (never throws). */
    public static String read(XTextDocument doc) {
        try {
            XDocumentPropertiesSupplier s = Uno.q(XDocumentPropertiesSupplier.class, doc);
            if (s == null) return null;
            XPropertySet props = Uno.q(XPropertySet.class, s.getDocumentProperties().getUserDefinedProperties());
            if (props == null || !props.getPropertySetInfo().hasPropertyByName(Profiles.DOCUMENT_PROPERTY)) return null;
            return of(props.getPropertyValue(Profiles.DOCUMENT_PROPERTY));
        } catch (com.sun.star.uno.Exception | RuntimeException e) {
            Log.info("profile property unreadable: " + e);
            return null;
        }
    }

    /** The setting as the property's value gives it, or null. */
    static String of(Object value) {
        return value == null || Uno.isVoid(value) ? null : value.toString();
    }
}
