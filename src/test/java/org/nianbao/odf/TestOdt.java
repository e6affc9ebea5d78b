package org.nianbao.odf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Hand-made ODF packages for reader tests: content.xml from a body fragment, other parts optional. */
final class TestOdt {
    static final String MIMETYPE = "application/vnd.oasis.opendocument.text";
    static final String NS = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
            + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
            + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"";
    static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIMETYPE + "\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";

    private TestOdt() {
    }

    /** content.xml around a fragment of office:text. */
    static String content(String textBody) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NS + " office:version=\"1.2\">"
                + "<office:automatic-styles/><office:body><office:text>" + textBody
                + "</office:text></office:body></office:document-content>";
    }

    static String meta(String title) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta" + NS + " office:version=\"1.2\">"
                + "<office:meta><dc:title>" + title + "</dc:title></office:meta></office:document-meta>";
    }

    static byte[] odt(String textBody) throws IOException {
        return builder().content(content(textBody)).bytes();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Parts in zip order: mimetype (stored) first when set, then the others. */
    static final class Builder {
        private String mimetype = MIMETYPE;
        private String manifest = MANIFEST;
        private String content;
        private final java.util.LinkedHashMap<String, byte[]> extra = new java.util.LinkedHashMap<>();

        Builder mimetype(String m) {
            mimetype = m;
            return this;
        }

        Builder manifest(String m) {
            manifest = m;
            return this;
        }

        Builder content(String c) {
            content = c;
            return this;
        }

        Builder part(String name, String text) {
            extra.put(name, text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        Builder part(String name, byte[] data) {
            extra.put(name, data);
            return this;
        }

        byte[] bytes() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            try (RawZip z = new RawZip(b)) {
                if (mimetype != null) z.stored("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII));
                if (manifest != null) z.deflated("META-INF/manifest.xml", manifest);
                if (content != null) z.deflated("content.xml", content);
                for (java.util.Map.Entry<String, byte[]> e : extra.entrySet()) z.deflated(e.getKey(), e.getValue());
                z.finish();
            }
            return b.toByteArray();
        }
    }
}
