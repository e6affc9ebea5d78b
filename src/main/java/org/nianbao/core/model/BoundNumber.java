package org.nianbao.core.model;

/**
 * A number in a section's text bound to the tables (a bookmark of ours around it): the key it follows, the
 * bookmark's name, where it stands in the section text as {@link Report#sectionText} gives it, and what it
 * shows now.
 */
public final class BoundNumber {
    public final String key;
    public final String name;
    public final String sectionKey;
    public final int start;
    public final int end;
    public final String text;

    public BoundNumber(String key, String name, String sectionKey, int start, int end, String text) {
        this.key = key;
        this.name = name;
        this.sectionKey = sectionKey;
        this.start = start;
        this.end = end;
        this.text = text;
    }

    @Override
    public String toString() {
        return name + "=" + text + " (" + key + ")";
    }
}
