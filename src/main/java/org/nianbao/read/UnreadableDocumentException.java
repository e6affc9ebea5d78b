package org.nianbao.read;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A file that cannot be read as an ODF text document: not a zip, damaged, encrypted, not ODF text,
 * too large, unsafe XML (a DOCTYPE), unsafe entry paths. The message is one line; {@link #reason()}
 * lets callers react per kind and {@link #message(String)} gives the text in zh or en.
 */
public final class UnreadableDocumentException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final String BUNDLE = "org.nianbao.read.messages";
    private static final int MAX_DETAIL = 200;

    /** Why the file could not be read. */
    public enum Reason {
        NOT_ZIP, DAMAGED_ZIP, NOT_ODF_TEXT, ENCRYPTED, UNSAFE_PATH, TOO_LARGE, UNSAFE_XML, MALFORMED_XML, IO_ERROR,
        /** Issue 11: a zip that is not a Word text document (.docx). */
        NOT_WORD_TEXT,
        /** Issue 11: a file named .html that is not a web page. */
        NOT_HTML,
        /** Issue 11: damaged, or not a PDF. */
        NOT_PDF,
        /** Issue 11: a PDF without text (a scan). */
        NO_TEXT_LAYER;

        String messageId() {
            return "unreadable." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String detail;

    public UnreadableDocumentException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public UnreadableDocumentException(Reason reason, String detail, Throwable cause) {
        super(oneLine(reason, sanitize(detail), Locale.ROOT), cause);
        this.reason = reason;
        this.detail = sanitize(detail);
    }

    public Reason reason() {
        return reason;
    }

    /** Technical detail (entry name, limit, parser message), one line, may be empty. */
    public String detail() {
        return detail;
    }

    /** The one-line reason in {@code zh} or {@code en}. */
    public String message(String lang) {
        return oneLine(reason, detail, "zh".equals(lang) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
    }

    private static String oneLine(Reason reason, String detail, Locale locale) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString(reason.messageId());
        } catch (RuntimeException e) {
            pattern = reason.name();
        }
        return detail == null || detail.isEmpty() ? pattern : pattern + ": " + detail;
    }

    private static String sanitize(String detail) {
        if (detail == null) return "";
        String s = detail.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").trim();
        return s.length() > MAX_DETAIL ? s.substring(0, MAX_DETAIL) + "…" : s;
    }
}
