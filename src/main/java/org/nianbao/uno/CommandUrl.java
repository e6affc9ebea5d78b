package org.nianbao.uno;

import java.util.Objects;

/**
 * One of our stable dispatch URLs (protocol {@code nianbao:}):
 * {@code nianbao:insert?part=<part>} with a {@link Part} id, {@code nianbao:recompute},
 * {@code nianbao:check} and {@code nianbao:open-deck}. Anything else is not ours.
 */
public final class CommandUrl {
    public static final String PROTOCOL = "nianbao:";

    public enum Kind { INSERT, RECOMPUTE, CHECK, OPEN_DECK }

    public final Kind kind;
    /** The part to insert, for {@link Kind#INSERT}; null otherwise. */
    public final Part part;

    private CommandUrl(Kind kind, Part part) {
        this.kind = kind;
        this.part = part;
    }

    /** The command of a URL, or null when the URL is not one of ours. */
    public static CommandUrl parse(String url) {
        if (url == null || !url.startsWith(PROTOCOL)) return null;
        String rest = url.substring(PROTOCOL.length());
        switch (rest) {
            case "recompute":
                return new CommandUrl(Kind.RECOMPUTE, null);
            case "check":
                return new CommandUrl(Kind.CHECK, null);
            case "open-deck":
                return new CommandUrl(Kind.OPEN_DECK, null);
            default:
                break;
        }
        String prefix = "insert?part=";
        if (!rest.startsWith(prefix)) return null;
        Part part = Part.byId(rest.substring(prefix.length()));
        return part == null ? null : new CommandUrl(Kind.INSERT, part);
    }

    public static String insert(Part part) {
        return PROTOCOL + "insert?part=" + part.id;
    }

    public String url() {
        switch (kind) {
            case INSERT:
                return insert(part);
            case RECOMPUTE:
                return PROTOCOL + "recompute";
            case CHECK:
                return PROTOCOL + "check";
            default:
                return PROTOCOL + "open-deck";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandUrl && ((CommandUrl) o).kind == kind && ((CommandUrl) o).part == part;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, part);
    }

    @Override
    public String toString() {
        return url();
    }
}
