package org.nianbao.docx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.ReadLimits;
import org.nianbao.read.SafeXml;
import org.nianbao.read.SafeZip;
import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Reads a .docx (WordprocessingML, transitional or strict) into the neutral {@link DocumentContent},
 * with the same hardening and limits as the ODF reader: the zip layer of {@link SafeZip}, every other XML
 * part read up to its root element to refuse DOCTYPEs, the main part streamed once by
 * {@link DocxBodyParser}. The main part is the package relationship's officeDocument target (usually
 * word/document.xml). Instances are immutable and thread-safe.
 */
public final class DocxDocumentReader {
    private static final String RELS = "_rels/.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String DEFAULT_MAIN = "word/document.xml";
    private static final DocxDocumentReader DEFAULT = new DocxDocumentReader(ReadLimits.defaults());

    private final ReadLimits limits;

    public DocxDocumentReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    public static DocumentContent read(Path docx) throws UnreadableDocumentException {
        return DEFAULT.readContent(docx);
    }

    public DocumentContent readContent(Path docx) throws UnreadableDocumentException {
        try (SafeZip zip = SafeZip.open(docx, limits)) {
            return read(zip);
        }
    }

    private DocumentContent read(SafeZip zip) throws UnreadableDocumentException {
        if (!zip.has(CONTENT_TYPES)) {
            if (zip.has("content.xml") || zip.has("mimetype")) {
                throw new UnreadableDocumentException(Reason.NOT_WORD_TEXT, "an OpenDocument package (.odt/.ods)");
            }
            throw new UnreadableDocumentException(Reason.NOT_WORD_TEXT, "no " + CONTENT_TYPES);
        }
        String main = zip.has(RELS) ? mainPart(zip) : null;
        if (main == null) main = DEFAULT_MAIN;
        if (!zip.has(main)) {
            String what = zip.has("xl/workbook.xml") ? "a spreadsheet (.xlsx)" : zip.has("ppt/presentation.xml")
                    ? "a presentation (.pptx)" : "no " + main;
            throw new UnreadableDocumentException(Reason.NOT_WORD_TEXT, what);
        }
        for (String name : zip.names()) {
            if (!name.equals(main) && !name.equals(RELS) && (name.endsWith(".xml") || name.endsWith(".rels"))) {
                try (InputStream in = zip.open(name, limits.maxPartBytes)) {
                    SafeXml.checkProlog(in, name);
                } catch (UnreadableDocumentException e) {
                    throw e;
                } catch (IOException e) {
                    throw new UnreadableDocumentException(Reason.IO_ERROR, name, e);
                }
            }
        }
        try (InputStream in = zip.open(main, limits.maxContentBytes)) {
            XMLStreamReader r = SafeXml.reader(in, main);
            try {
                return new DocxBodyParser(main, limits).parse(r);
            } finally {
                SafeXml.close(r);
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, main, e);
        }
    }

    /** The officeDocument relationship's target in _rels/.rels, as a zip entry name, or null. */
    private String mainPart(SafeZip zip) throws UnreadableDocumentException {
        try (InputStream in = zip.open(RELS, limits.maxPartBytes)) {
            XMLStreamReader r = SafeXml.reader(in, RELS);
            try {
                String found = null;
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        SafeXml.checkDoctype(r, RELS, false);
                    } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new UnreadableDocumentException(Reason.UNSAFE_XML, RELS + ": entity reference");
                    } else if (ev == XMLStreamConstants.START_ELEMENT && found == null
                            && "Relationship".equals(r.getLocalName())) {
                        String type = r.getAttributeValue(null, "Type");
                        String target = r.getAttributeValue(null, "Target");
                        if (type != null && type.endsWith(OFFICE_DOCUMENT) && target != null
                                && !"External".equals(r.getAttributeValue(null, "TargetMode"))) {
                            found = target.startsWith("/") ? target.substring(1) : target;
                        }
                    }
                }
                return found == null || SafeZip.isUnsafe(found) ? null : found;
            } finally {
                SafeXml.close(r);
            }
        } catch (XMLStreamException e) {
            throw SafeXml.failure(RELS, e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, RELS, e);
        }
    }
}
