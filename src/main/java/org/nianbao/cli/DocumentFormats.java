package org.nianbao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.nianbao.core.doc.DocumentContent;
import org.nianbao.docx.DocxDocumentReader;
import org.nianbao.html.HtmlDocumentReader;
import org.nianbao.pdf.PdfDocumentReader;
import org.nianbao.odf.OdfDocumentReader;
import org.nianbao.read.UnreadableDocumentException;

/** Which reader a file goes to, by its extension (a zip of unknown name: by its content), and why others are not checked. */
final class DocumentFormats {
    enum Kind {
        ODT, DOCX, HTML, PDF, CONVERTED, OTHER
    }

    private DocumentFormats() {
    }

    static String extension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    static Kind kind(Path file) {
        switch (extension(file)) {
            case "odt":
            case "ott":
                return Kind.ODT;
            case "docx":
            case "docm":
            case "dotx":
            case "dotm":
                return Kind.DOCX;
            case "html":
            case "htm":
                return Kind.HTML;
            case "pdf":
                return Kind.PDF;
            case "doc":
            case "wps":
            case "rtf":
            case "dot":
            case "wpt":
                return Kind.CONVERTED;
            default:
                return Kind.OTHER;
        }
    }

    /** Word's owner files ("~$报告.docx") and other hidden files are never reports. */
    static boolean isLockOrHidden(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.startsWith("~$") || name.startsWith(".~lock.") || name.startsWith(".");
    }

    /** A file found in a directory: null if it is checked, else the message id of the reason it is not. */
    static String notCheckedReason(Path file) {
        if (isLockOrHidden(file)) return "not.checked.lock";
        if (kind(file) != Kind.OTHER) return null;
        switch (extension(file)) {
            case "mht":
            case "mhtml":
                return "not.checked.html";
            default:
                return "not.checked.type";
        }
    }

    /** The document's content, read by the reader for its kind; a file named otherwise is sniffed (zip parts). */
    static DocumentContent read(Path file) throws Exception {
        switch (kind(file)) {
            case DOCX:
                return DocxDocumentReader.read(file);
            case ODT:
                return OdfDocumentReader.read(file);
            case HTML:
                return HtmlDocumentReader.read(file);
            case PDF:
                return PdfDocumentReader.read(file);
            case CONVERTED:
                return OfficeConverter.read(file);
            default:
                return looksLikeOoxml(file) ? DocxDocumentReader.read(file) : OdfDocumentReader.read(file);
        }
    }

    /** A zip whose first entry is [Content_Types].xml (as Word, WPS and LibreOffice write it). */
    private static boolean looksLikeOoxml(Path file) {
        byte[] head = new byte[30 + 19];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n < head.length || head[0] != 'P' || head[1] != 'K') return false;
            return new String(head, 30, 19, java.nio.charset.StandardCharsets.ISO_8859_1).equals("[Content_Types].xml");
        } catch (IOException e) {
            return false;
        }
    }
}
