package org.nianbao.uno.doc;

import com.sun.star.beans.PropertyValue;
import com.sun.star.beans.XPropertyAccess;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.text.XTextDocument;
import java.util.HashMap;
import java.util.Map;
import org.nianbao.uno.Uno;

/**
 * All user-defined document properties (File › Properties › Custom Properties) in one bridge call
 * ({@code XPropertyAccess.getPropertyValues} of the property bag) instead of four or five calls per property
 * asked for: the save path asks for five of them (snapshot, agency, year, profile, last year's report; issue 8).
 */
final class UserProperties {
    private UserProperties() {
    }

    /** Name to value (values as the bag holds them: strings for ours). Empty when the document has no bag. */
    static Map<String, Object> all(XTextDocument doc) {
        XDocumentPropertiesSupplier s = Uno.q(XDocumentPropertiesSupplier.class, doc);
        Map<String, Object> out = new HashMap<>();
        if (s == null) return out;
        XPropertyAccess bag = Uno.q(XPropertyAccess.class, s.getDocumentProperties().getUserDefinedProperties());
        if (bag == null) return out;
        for (PropertyValue p : bag.getPropertyValues()) out.put(p.Name, p.Value);
        return out;
    }
}
