package org.nianbao.core.doc;

/**
 * A number in a paragraph bound to the tables: a named range (a Writer/ODF/Word bookmark whose name the
 * core decodes, see {@code org.nianbao.core.bound.BoundKey}) from {@code start} to {@code end} of the
 * paragraph's text. Adapters hand over every bookmark whose name starts with {@link #PREFIX}.
 */
public final class BoundSpan {
    /** The prefix of our bookmarks' names. */
    public static final String PREFIX = "NB";

    public final String name;
    public final int start;
    public final int end;

    public BoundSpan(String name, int start, int end) {
        this.name = name;
        this.start = start;
        this.end = end;
    }

    public static boolean isOurs(String bookmarkName) {
        return bookmarkName != null && bookmarkName.startsWith(PREFIX) && bookmarkName.length() > PREFIX.length()
                && Character.isDigit(bookmarkName.charAt(PREFIX.length()));
    }

    @Override
    public String toString() {
        return name + "[" + start + "," + end + ")";
    }
}
