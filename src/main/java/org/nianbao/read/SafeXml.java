package org.nianbao.read;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Hardened StAX: the JDK's own parser (never one found on the class path), DTDs not processed,
 * external entities and external DTD access off, a resolver that refuses everything. A DOCTYPE
 * with an internal subset (where entities are declared: XXE, billion laughs) is rejected as
 * {@link Reason#UNSAFE_XML}, and so is any DOCTYPE outside the manifest (see {@link #checkDoctype}).
 */
public final class SafeXml {
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(SafeXml::newFactory);

    private SafeXml() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    public static XMLStreamReader reader(InputStream in, String part) throws UnreadableDocumentException {
        try {
            return FACTORY.get().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw failure(part, e);
        }
    }

    /**
     * Applies the DOCTYPE policy to a DTD event: an internal subset (entity declarations) is always
     * refused; a bare DOCTYPE naming an external DTD only where {@code bareAllowed} (the manifest, where
     * OpenOffice 2 and 3 wrote one), since ODF content never has one.
     */
    public static void checkDoctype(XMLStreamReader r, String part, boolean bareAllowed) throws UnreadableDocumentException {
        String doctype = r.getText();
        if (!bareAllowed || doctype == null || doctype.indexOf('[') >= 0 || doctype.contains("<!ENTITY")) {
            throw new UnreadableDocumentException(Reason.UNSAFE_XML, part);
        }
    }

    /** Reads a part up to its root element, applying the DOCTYPE policy: cheap, for parts we do not use. */
    public static void checkProlog(InputStream in, String part) throws UnreadableDocumentException {
        XMLStreamReader r = reader(in, part);
        try {
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) checkDoctype(r, part, false);
                else if (ev == XMLStreamConstants.ENTITY_REFERENCE) throw new UnreadableDocumentException(Reason.UNSAFE_XML, part);
                else if (ev == XMLStreamConstants.START_ELEMENT) return;
            }
        } catch (XMLStreamException e) {
            throw failure(part, e);
        } finally {
            close(r);
        }
    }

    /** An XMLStreamException, unwrapped: our own exception from the byte-counting stream, or malformed XML. */
    public static UnreadableDocumentException failure(String part, XMLStreamException e) {
        Throwable t = e;
        for (int i = 0; t != null && i < 20; i++, t = next(t)) {
            if (t instanceof UnreadableDocumentException) return (UnreadableDocumentException) t;
        }
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("refused") || msg.contains("accessExternalDTD") || msg.contains("JAXP")) {
            return new UnreadableDocumentException(Reason.UNSAFE_XML, part + ": " + msg, e);
        }
        return new UnreadableDocumentException(Reason.MALFORMED_XML, part + ": " + msg, e);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof XMLStreamException && ((XMLStreamException) t).getNestedException() != null
                && ((XMLStreamException) t).getNestedException() != t) {
            return ((XMLStreamException) t).getNestedException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    public static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // the underlying stream is closed by its owner
        }
    }
}
