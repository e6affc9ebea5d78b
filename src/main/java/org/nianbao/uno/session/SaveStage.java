package org.nianbao.uno.session;

/** The stages of the save path, in order; each can fail on its own (and be made to, see {@link FaultPoints}). */
public enum SaveStage {
    /** Reading the document and binding the tables' cells to keys. */
    BINDING("binding"),
    /** Writing the computed totals (one undo step). */
    RECOMPUTE("recompute"),
    /** Running all rules on the report as it will be stored. */
    RULES("rules"),
    /** Writing the snapshot and binding into the document. */
    SNAPSHOT("snapshot"),
    /** Showing the result in the document's infobar. */
    INFOBAR("infobar"),
    /** Publishing the result to the sidebar through {@link Sessions} (the sidebar's 校验 panel). */
    SIDEBAR("sidebar");

    public final String id;

    SaveStage(String id) {
        this.id = id;
    }

    /** The stage with this id, or null. */
    public static SaveStage byId(String id) {
        for (SaveStage s : values()) if (s.id.equals(id)) return s;
        return null;
    }
}
