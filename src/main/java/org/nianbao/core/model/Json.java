package org.nianbao.core.model;

/** Minimal JSON text building (the output is flat and small; no library needed in the .oxt). */
public final class Json {
    private Json() {
    }

    public static String quote(String s) {
        if (s == null) return "null";
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': b.append("\\\""); break;
                case '\\': b.append("\\\\"); break;
                case '\n': b.append("\\n"); break;
                case '\r': b.append("\\r"); break;
                case '\t': b.append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** A number as JSON, or null; numbers are BigDecimal text without exponent. */
    public static String number(java.math.BigDecimal n) {
        return n == null ? "null" : n.stripTrailingZeros().toPlainString();
    }
}
