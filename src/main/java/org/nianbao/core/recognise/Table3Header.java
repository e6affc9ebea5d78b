package org.nianbao.core.recognise;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nianbao.core.schema.Labels;
import org.nianbao.core.schema.ReportSchema;

/**
 * The header labels of table 三: 申请人情况 over 自然人, 法人或其他组织 and 总计; 法人或其他组织 over its five
 * columns and, in the eight-column variant, a 小计 column (read and checked, never written).
 */
final class Table3Header {
    /** Column key of the 法人或其他组织 小计 column (not a cell of the format: {@link org.nianbao.core.model.Report#subtotal}). */
    static final String SUBTOTAL = "legal_subtotal";
    private static final String APPLICANTS = "@applicants";
    private static final String LEGAL = "@legal";
    private static final List<Labels> COLUMNS = ReportSchema.get().t3Columns();

    private Table3Header() {
    }

    static final HeaderColumns.Vocabulary VOCABULARY = new HeaderColumns.Vocabulary() {
        @Override
        public String itemOf(String t) {
            if (isSubtotal(t)) return SUBTOTAL;
            if (LabelText.matches(t, LabelText.official(ReportSchema.T3_APPLICANTS))) return APPLICANTS;
            if (LabelText.matches(t, LabelText.official(ReportSchema.T3_LEGAL_PERSONS))) return LEGAL;
            for (Labels c : COLUMNS) if (LabelText.matches(t, LabelText.official(c.zh))) return c.key;
            return null;
        }

        @Override
        public boolean isGroup(String item) {
            return item.startsWith("@");
        }

        @Override
        public boolean mayHold(String group, String child) {
            if (group.equals(APPLICANTS)) return !child.equals(APPLICANTS);
            return group.equals(LEGAL) && isOrganisation(child);
        }

        @Override
        public boolean isIgnorable(String t) {
            String note = LabelText.official(ReportSchema.T3_CORNER_NOTE);
            return t.length() > 10 && LabelText.containsLoosely(t, note.substring(1, note.length() - 1));
        }
    };

    /** “小计”, “法人或其他组织小计”. */
    static boolean isSubtotal(String t) {
        return t.equals("小计") || t.equals(LabelText.official(ReportSchema.T3_LEGAL_PERSONS) + "小计");
    }

    /** The five 法人或其他组织 columns and the subtotal. */
    private static boolean isOrganisation(String item) {
        if (item.equals(SUBTOTAL)) return true;
        for (int i = 1; i <= 5; i++) if (COLUMNS.get(i).key.equals(item)) return true;
        return false;
    }

    /**
     * The column keys in value order, or null unless the header names each official column exactly once
     * (plus at most one 小计 under 法人或其他组织, or at the top beside it) and 其他 stands where it means the
     * organisations' 其他.
     */
    static List<String> keys(List<HeaderColumns.Column> columns) {
        List<String> keys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (HeaderColumns.Column c : columns) {
            if (!seen.add(c.item)) return null;
            boolean underLegal = LEGAL.equals(c.group);
            if (isOrganisation(c.item) && !underLegal && c.group != null && !c.group.equals(APPLICANTS)) return null;
            if (!isOrganisation(c.item) && underLegal) return null;
            keys.add(c.item);
        }
        for (Labels c : COLUMNS) if (!seen.contains(c.key)) return null;
        return keys;
    }
}
