package org.nianbao.uno.boot;

import org.nianbao.uno.insert.Part;
import java.util.Objects;

/**
 * One of our stable dispatch URLs (protocol {@code nianbao:}):
 * {@code nianbao:insert?part=<part>} with a {@link Part} id, {@code nianbao:recompute},
 * {@code nianbao:check} and {@code nianbao:open-deck}; last year's report:
 * {@code nianbao:previous?url=<file URL>} (the rest of the URL after {@code url=}, taken as it is) and
 * {@code nianbao:fill-carried-over}, {@code nianbao:previous-remove} (drop it from the document); the worklist's {@code nianbao:fill-blanks}, {@code nianbao:next-finding} and
 * {@code nianbao:previous-finding}; {@code nianbao:test-…} only for tests ({@link TestHooks}, refused unless
 * the office runs with test hooks on); 汇总下级报告: {@code nianbao:aggregate?dir=<folder URL>} (with
 * {@code aggregate?force&dir=} units with errors or of another year are summed too). Anything else is not ours.
 */
public final class CommandUrl {
    public static final String PROTOCOL = "nianbao:";

    public enum Kind { INSERT, RECOMPUTE, CHECK, OPEN_DECK, PREVIOUS, PREVIOUS_REMOVE, FILL_CARRIED_OVER, FILL_BLANKS, NEXT_FINDING, PREVIOUS_FINDING,
        /** {@code nianbao:aggregate?dir=<folder URL>} (issue 11), {@code nianbao:aggregate?force&dir=…} to sum refused units too. */ AGGREGATE,
        /** {@code nianbao:insert-data-sentences}: 插入数据句 (issue 10). */ DATA_SENTENCES,
        /** {@code nianbao:bind-number?key=<model key>}: 绑定到表格数据, the selected number to that key. */ BIND_NUMBER,
        /** {@code nianbao:test-…}, see {@link TestHooks}. */ TEST }

    public final Kind kind;
    /** The part to insert, for {@link Kind#INSERT}; null otherwise. */
    public final Part part;
    /** The file URL of last year's report, for {@link Kind#PREVIOUS}; the folder's, for {@link Kind#AGGREGATE}; null otherwise. */
    public final String fileUrl;
    /** For {@link Kind#AGGREGATE}: sum refused units too. */
    public final boolean force;
    /** The model key, for {@link Kind#BIND_NUMBER}; null otherwise. */
    public final String key;
    /** What follows "test-", for {@link Kind#TEST} (e.g. "fault?stage=rules", "state"); null otherwise. */
    public final String test;

    private CommandUrl(Kind kind, Part part) {
        this(kind, part, null, null);
    }

    private CommandUrl(Kind kind, Part part, String fileUrl, String test) {
        this(kind, part, fileUrl, test, false);
    }

    private CommandUrl(Kind kind, Part part, String fileUrl, String test, boolean force) {
        this(kind, part, fileUrl, test, force, null);
    }

    private CommandUrl(Kind kind, Part part, String fileUrl, String test, boolean force, String key) {
        this.key = key;
        this.force = force;
        this.kind = kind;
        this.part = part;
        this.fileUrl = fileUrl;
        this.test = test;
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
            case "fill-carried-over":
                return new CommandUrl(Kind.FILL_CARRIED_OVER, null);
            case "previous-remove":
                return new CommandUrl(Kind.PREVIOUS_REMOVE, null);
            case "fill-blanks":
                return new CommandUrl(Kind.FILL_BLANKS, null);
            case "next-finding":
                return new CommandUrl(Kind.NEXT_FINDING, null);
            case "previous-finding":
                return new CommandUrl(Kind.PREVIOUS_FINDING, null);
            case "insert-data-sentences":
                return new CommandUrl(Kind.DATA_SENTENCES, null);
            default:
                break;
        }
        String previous = "previous?url=";
        if (rest.startsWith(previous) && rest.length() > previous.length()) {
            return new CommandUrl(Kind.PREVIOUS, null, rest.substring(previous.length()), null);
        }
        for (boolean force : new boolean[] {false, true}) {
            String aggregate = force ? "aggregate?force&dir=" : "aggregate?dir=";
            if (rest.startsWith(aggregate) && rest.length() > aggregate.length()) {
                return new CommandUrl(Kind.AGGREGATE, null, rest.substring(aggregate.length()), null, force);
            }
        }
        String bind = "bind-number?key=";
        if (rest.startsWith(bind) && rest.length() > bind.length()) {
            return new CommandUrl(Kind.BIND_NUMBER, null, null, null, false, rest.substring(bind.length()));
        }
        if (rest.startsWith("test-") && rest.length() > 5) return new CommandUrl(Kind.TEST, null, null, rest.substring(5));
        String prefix = "insert?part=";
        if (!rest.startsWith(prefix)) return null;
        Part part = Part.byId(rest.substring(prefix.length()));
        return part == null ? null : new CommandUrl(Kind.INSERT, part);
    }

    public static String insert(Part part) {
        return PROTOCOL + "insert?part=" + part.id;
    }

    public static String previous(String fileUrl) {
        return PROTOCOL + "previous?url=" + fileUrl;
    }

    public static String aggregate(String folderUrl, boolean force) {
        return PROTOCOL + (force ? "aggregate?force&dir=" : "aggregate?dir=") + folderUrl;
    }

    public static final String DATA_SENTENCES_URL = PROTOCOL + "insert-data-sentences";

    public static String bindNumber(String key) {
        return PROTOCOL + "bind-number?key=" + key;
    }

    public String url() {
        switch (kind) {
            case DATA_SENTENCES:
                return DATA_SENTENCES_URL;
            case BIND_NUMBER:
                return bindNumber(key);
            case INSERT:
                return insert(part);
            case RECOMPUTE:
                return PROTOCOL + "recompute";
            case CHECK:
                return PROTOCOL + "check";
            case PREVIOUS:
                return previous(fileUrl);
            case PREVIOUS_REMOVE:
                return PROTOCOL + "previous-remove";
            case FILL_CARRIED_OVER:
                return PROTOCOL + "fill-carried-over";
            case FILL_BLANKS:
                return PROTOCOL + "fill-blanks";
            case NEXT_FINDING:
                return PROTOCOL + "next-finding";
            case PREVIOUS_FINDING:
                return PROTOCOL + "previous-finding";
            case AGGREGATE:
                return aggregate(fileUrl, force);
            case TEST:
                return PROTOCOL + "test-" + test;
            default:
                return PROTOCOL + "open-deck";
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandUrl && ((CommandUrl) o).kind == kind && ((CommandUrl) o).part == part
                && Objects.equals(((CommandUrl) o).fileUrl, fileUrl) && Objects.equals(((CommandUrl) o).test, test) && ((CommandUrl) o).force == force
                && Objects.equals(((CommandUrl) o).key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, part, fileUrl, test, force, key);
    }

    @Override
    public String toString() {
        return url();
    }
}
