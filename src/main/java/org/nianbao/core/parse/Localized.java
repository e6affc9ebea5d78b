package org.nianbao.core.parse;

import org.nianbao.core.model.Messages;
import org.nianbao.core.schema.CellDef;

/** A message argument that reads differently in Chinese and English (a cell in words, a heading). */
public final class Localized {
    public final String zh;
    public final String en;

    public Localized(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public static Localized of(String zh, String en) {
        return new Localized(zh, en);
    }

    /** A bundle text without arguments, in both languages. */
    public static Localized message(String id) {
        return new Localized(Messages.zh(id), Messages.en(id));
    }

    /** The cell in words, e.g. “表三 （七）总计 / 自然人”. */
    public static Localized cell(CellDef def) {
        return new Localized(def.displayZh(), def.displayEn());
    }

    @Override
    public String toString() {
        return zh;
    }
}
