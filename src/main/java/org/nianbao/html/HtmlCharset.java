package org.nianbao.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a saved web page: a byte-order mark, else the meta charset (http-equiv or HTML5) in the
 * first 8 KB, else detection: valid UTF-8, or GB18030. GB2312 and GBK labels read as GB18030, their
 * superset (pages labelled GB2312 routinely hold GBK characters), and a page labelled UTF-8 that is not
 * valid UTF-8 (a common mislabel of pages saved from WPS) as GB18030 too.
 */
final class HtmlCharset {
    private static final Pattern META = Pattern.compile("<meta[^>]*charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)",
            Pattern.CASE_INSENSITIVE);
    static final Charset GB18030 = Charset.forName("GB18030");

    private HtmlCharset() {
    }

    static Charset of(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) return StandardCharsets.UTF_8;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) return StandardCharsets.UTF_16BE;
        String head = new String(b, 0, Math.min(b.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        String label = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
        if (label != null && (label.startsWith("gb") || label.equals("x-gbk") || label.equals("cp936"))) return GB18030;
        if (label != null && !label.startsWith("utf")) {
            try {
                return Charset.forName(label);
            } catch (RuntimeException e) {
                // unknown label: detect
            }
        }
        return isUtf8(b) ? StandardCharsets.UTF_8 : GB18030;
    }

    static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The text without a leading byte-order mark. */
    static String decode(byte[] b, Charset cs) {
        String s = new String(b, cs);
        return !s.isEmpty() && s.charAt(0) == '\uFEFF' ? s.substring(1) : s;
    }
}
