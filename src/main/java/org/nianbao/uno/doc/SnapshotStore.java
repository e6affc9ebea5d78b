package org.nianbao.uno.doc;

import org.nianbao.uno.Uno;
import com.sun.star.beans.PropertyAttribute;
import com.sun.star.beans.XPropertyContainer;
import com.sun.star.beans.XPropertySet;
import com.sun.star.document.XDocumentPropertiesSupplier;
import com.sun.star.text.XTextDocument;
import org.nianbao.core.model.Snapshot;

/**
 * Where the {@link Snapshot} lives in a document: the user-defined document property
 * {@value Snapshot#PROPERTY} (File › Properties › Custom Properties), stored by LibreOffice in meta.xml
 * ({@code <meta:user-defined meta:name="NianbaoSnapshot">}) of an .odt, where any ODF reader finds it; it
 * survives save and reload, is not part of the text, and is not an undo step.
 */
public final class SnapshotStore {
    private SnapshotStore() {
    }

    /** The stored JSON, or null when the document has none. */
    public static String json(XTextDocument doc) throws com.sun.star.uno.Exception {
        return json(doc, Snapshot.PROPERTY);
    }

    /** The text of the user-defined property {@code name}, or null when the document has none. */
    public static String json(XTextDocument doc, String name) throws com.sun.star.uno.Exception {
        XPropertySet props = properties(doc);
        if (!props.getPropertySetInfo().hasPropertyByName(name)) return null;
        return Uno.string(props.getPropertyValue(name));
    }

    public static boolean has(XTextDocument doc) throws com.sun.star.uno.Exception {
        return properties(doc).getPropertySetInfo().hasPropertyByName(Snapshot.PROPERTY);
    }

    /**
     * The stored snapshot, or null when there is none.
     *
     * @throws IllegalArgumentException when it cannot be read or its checksum does not match its values
     */
    public static Snapshot read(XTextDocument doc) throws com.sun.star.uno.Exception {
        String json = json(doc);
        if (json == null) return null;
        Snapshot s = Snapshot.fromJson(json);
        if (!s.intact()) throw new IllegalArgumentException("checksum does not match the values");
        return s;
    }

    /** Stores the snapshot unless the document already holds exactly this JSON; true when it wrote. */
    public static boolean write(XTextDocument doc, Snapshot snapshot) throws com.sun.star.uno.Exception {
        return writeJson(doc, snapshot.toJson());
    }

    /** Stores a snapshot's JSON unless the document already holds exactly this; true when it wrote. */
    public static boolean writeJson(XTextDocument doc, String json) throws com.sun.star.uno.Exception {
        return writeJson(doc, Snapshot.PROPERTY, json);
    }

    /**
     * Stores {@code json} as the user-defined property {@code name} unless it already holds exactly this, or
     * removes the property when {@code json} is null; true when it changed the document's properties.
     */
    public static boolean writeJson(XTextDocument doc, String name, String json) throws com.sun.star.uno.Exception {
        XPropertySet props = properties(doc);
        boolean has = props.getPropertySetInfo().hasPropertyByName(name);
        if (json == null) {
            if (has) container(doc).removeProperty(name);
            return has;
        }
        if (has && json.equals(Uno.string(props.getPropertyValue(name)))) return false;
        store(doc, name, json, has);
        return true;
    }

    /** Stores {@code json} (not null) as the property {@code name}, which the document has or not as {@code has} says. */
    static void store(XTextDocument doc, String name, String json, boolean has) throws com.sun.star.uno.Exception {
        if (has) properties(doc).setPropertyValue(name, json);
        else container(doc).addProperty(name, PropertyAttribute.REMOVABLE, json);
    }

    private static XPropertyContainer container(XTextDocument doc) {
        return Uno.q(XDocumentPropertiesSupplier.class, doc).getDocumentProperties().getUserDefinedProperties();
    }

    private static XPropertySet properties(XTextDocument doc) {
        return Uno.q(XPropertySet.class, container(doc));
    }
}
