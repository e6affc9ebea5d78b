package org.nianbao.uno.doc;

/**
 * Writer's cell names: column letters A–Z, a–z, then AA, AB … (base 52), then the 1-based row number.
 * In a table with merged cells a name counts the boxes of its own row, covered ones included.
 */
public final class CellNames {
    private CellNames() {
    }

    /** "A1" for column 0, row 0. */
    public static String name(int column, int row) {
        return column(column) + (row + 1);
    }

    public static String column(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            int d = n % 52;
            s.insert(0, (char) (d < 26 ? 'A' + d : 'a' + d - 26));
            n = n / 52 - 1;
        } while (n >= 0);
        return s.toString();
    }

    /** "A1:C3". */
    public static String range(int column0, int row0, int column1, int row1) {
        return name(column0, row0) + ":" + name(column1, row1);
    }

    /**
     * {column, row} (0-based) of a simple name like "B12"; null for names of split cells ("A1.1.1") or
     * anything else.
     */
    public static int[] parse(String name) {
        int i = 0;
        int column = 0;
        while (i < name.length() && Character.isLetter(name.charAt(i))) {
            char c = name.charAt(i);
            int d;
            if (c >= 'A' && c <= 'Z') d = c - 'A';
            else if (c >= 'a' && c <= 'z') d = 26 + c - 'a';
            else return null;
            column = i == 0 ? d : (column + 1) * 52 + d;
            i++;
        }
        if (i == 0 || i == name.length()) return null;
        int row = 0;
        for (int k = i; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c < '0' || c > '9') return null;
            row = row * 10 + (c - '0');
            if (row > 1_000_000) return null;
        }
        return row == 0 ? null : new int[] {column, row - 1};
    }
}
