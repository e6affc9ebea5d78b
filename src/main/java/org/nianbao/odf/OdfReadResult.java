package org.nianbao.odf;

import org.nianbao.core.doc.DocumentContent;

/** What {@link OdfDocumentReader} reads from an .odt: the body, and the title in meta.xml if any. */
public final class OdfReadResult {
    public final DocumentContent content;
    /** dc:title of meta.xml (document properties), or null. */
    public final String metaTitle;
    /** The package media type (mimetype entry or manifest root), or null when the package names none. */
    public final String mediaType;

    OdfReadResult(DocumentContent content, String metaTitle, String mediaType) {
        this.content = content;
        this.metaTitle = metaTitle;
        this.mediaType = mediaType;
    }
}
