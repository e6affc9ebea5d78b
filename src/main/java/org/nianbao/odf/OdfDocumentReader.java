package org.nianbao.odf;

import org.nianbao.read.UnreadableDocumentException;
import org.nianbao.read.SafeXml;
import org.nianbao.read.ReadLimits;
import org.nianbao.read.SafeZip;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.read.UnreadableDocumentException.Reason;

/**
 * Reads an .odt into the neutral {@link DocumentContent}: one streaming pass over content.xml (no
 * DOM), after checking the package (zip, media type, encryption, entry paths) and the prologs of
 * the other XML parts. Every failure is an {@link UnreadableDocumentException} with a one-line reason;
 * every read is bounded by {@link ReadLimits}. Instances are immutable and thread-safe.
 */
public final class OdfDocumentReader {
    static final String MANIFEST = "META-INF/manifest.xml";
    private static final String MANIFEST_NS = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String TEXT_TYPE = "application/vnd.oasis.opendocument.text";
    /** Parts read only up to their root element, to refuse unsafe DOCTYPEs everywhere. */
    private static final String[] PROLOG_ONLY = {"styles.xml", "settings.xml", "manifest.rdf"};
    private static final int MAX_TITLE = 1000;

    private static final OdfDocumentReader DEFAULT = new OdfDocumentReader(ReadLimits.defaults());

    private final ReadLimits limits;

    public OdfDocumentReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    // ------------------------------------------------------------------ convenience with default limits

    public static DocumentContent read(Path odt) throws UnreadableDocumentException {
        return DEFAULT.readFull(odt).content;
    }

    public static DocumentContent read(InputStream odt) throws UnreadableDocumentException {
        return DEFAULT.readFull(odt).content;
    }

    public static DocumentContent read(byte[] odt) throws UnreadableDocumentException {
        return DEFAULT.readFull(odt).content;
    }

    // ------------------------------------------------------------------ full reads

    public OdfReadResult readFull(Path odt) throws UnreadableDocumentException {
        try (SafeZip zip = SafeZip.open(odt, limits)) {
            return read(zip);
        }
    }

    /** Copies the stream (bounded by {@link ReadLimits#maxPackageBytes}) to a temporary file and reads that. */
    public OdfReadResult readFull(InputStream odt) throws UnreadableDocumentException {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("nianbao-", ".odt");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                copyBounded(odt, out);
            }
            return readFull(tmp);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    public OdfReadResult readFull(byte[] odt) throws UnreadableDocumentException {
        return readFull(new java.io.ByteArrayInputStream(odt));
    }

    private void copyBounded(InputStream in, OutputStream out) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > limits.maxPackageBytes) {
                throw new UnreadableDocumentException(Reason.TOO_LARGE, "package larger than " + limits.maxPackageBytes + " bytes");
            }
            out.write(buf, 0, n);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temp file left behind is harmless
        }
    }

    // ------------------------------------------------------------------ the package

    private OdfReadResult read(SafeZip zip) throws UnreadableDocumentException {
        if (!zip.has("content.xml")) {
            if (zip.has("[Content_Types].xml")) {
                throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, "Office Open XML package (.docx/.xlsx/.pptx)");
            }
            throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, "no content.xml");
        }
        String mediaType = zip.has("mimetype") ? mimetype(zip) : null;
        String manifestType = zip.has(MANIFEST) ? checkManifest(zip) : null;
        if (mediaType == null) mediaType = manifestType;
        if (mediaType != null && !isText(mediaType)) {
            throw new UnreadableDocumentException(Reason.NOT_ODF_TEXT, mediaType);
        }
        for (String part : PROLOG_ONLY) {
            if (zip.has(part)) {
                try (InputStream in = zip.open(part, limits.maxPartBytes)) {
                    SafeXml.checkProlog(in, part);
                } catch (UnreadableDocumentException e) {
                    throw e;
                } catch (IOException e) {
                    throw new UnreadableDocumentException(Reason.IO_ERROR, part, e);
                }
            }
        }
        String title = zip.has("meta.xml") ? metaTitle(zip) : null;
        DocumentContent content;
        try (InputStream in = zip.open("content.xml", limits.maxContentBytes)) {
            XMLStreamReader r = SafeXml.reader(in, "content.xml");
            try {
                content = new ContentParser(limits).parse(r);
            } finally {
                SafeXml.close(r);
            }
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "content.xml", e);
        }
        return new OdfReadResult(content, title, mediaType);
    }

    private static boolean isText(String mediaType) {
        return mediaType.equals(TEXT_TYPE) || mediaType.equals(TEXT_TYPE + "-template");
    }

    private String mimetype(SafeZip zip) throws UnreadableDocumentException {
        String s = new String(zip.readAll("mimetype", 256), StandardCharsets.US_ASCII).trim();
        return s.isEmpty() ? null : s;
    }

    /** Fails on encryption-data anywhere in the manifest; returns the media type of the root entry. */
    private String checkManifest(SafeZip zip) throws UnreadableDocumentException {
        String rootType = null;
        try (InputStream in = zip.open(MANIFEST, limits.maxPartBytes)) {
            XMLStreamReader r = SafeXml.reader(in, MANIFEST);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        SafeXml.checkDoctype(r, MANIFEST, true);
                    } else if (ev == XMLStreamConstants.START_ELEMENT && MANIFEST_NS.equals(r.getNamespaceURI())) {
                        String local = r.getLocalName();
                        if ("encryption-data".equals(local)) {
                            throw new UnreadableDocumentException(Reason.ENCRYPTED, "manifest lists encryption-data");
                        }
                        if ("file-entry".equals(local) && "/".equals(r.getAttributeValue(MANIFEST_NS, "full-path"))) {
                            rootType = r.getAttributeValue(MANIFEST_NS, "media-type");
                        }
                    }
                }
            } finally {
                SafeXml.close(r);
            }
        } catch (XMLStreamException e) {
            throw SafeXml.failure(MANIFEST, e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, MANIFEST, e);
        }
        return rootType == null || rootType.isEmpty() ? null : rootType;
    }

    private String metaTitle(SafeZip zip) throws UnreadableDocumentException {
        try (InputStream in = zip.open("meta.xml", limits.maxPartBytes)) {
            XMLStreamReader r = SafeXml.reader(in, "meta.xml");
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD) {
                        SafeXml.checkDoctype(r, "meta.xml", false);
                    } else if (ev == XMLStreamConstants.START_ELEMENT && DC.equals(r.getNamespaceURI())
                            && "title".equals(r.getLocalName())) {
                        return titleText(r);
                    }
                }
                return null;
            } finally {
                SafeXml.close(r);
            }
        } catch (XMLStreamException e) {
            throw SafeXml.failure("meta.xml", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException e) {
            throw new UnreadableDocumentException(Reason.IO_ERROR, "meta.xml", e);
        }
    }

    private static String titleText(XMLStreamReader r) throws XMLStreamException, UnreadableDocumentException {
        StringBuilder sb = new StringBuilder();
        int level = 1;
        while (r.hasNext() && level > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) level++;
            else if (ev == XMLStreamConstants.END_ELEMENT) level--;
            else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (sb.length() < MAX_TITLE) sb.append(r.getText(), 0, Math.min(r.getTextLength(), MAX_TITLE - sb.length()));
            } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new UnreadableDocumentException(Reason.UNSAFE_XML, "meta.xml: entity reference");
            }
        }
        String t = sb.toString().trim();
        return t.isEmpty() ? null : t;
    }
}
