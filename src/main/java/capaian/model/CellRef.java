package capaian.model;

/** A1 references without POI: column letters from a 0-based index. */
public final class CellRef {
    private CellRef() {}

    public static String column(int index) {
        return capaian.formula.A1.column(index);
    }

    /** "K12" for column index 10 and 1-based row 12. */
    public static String a1(int column, int row) {
        return capaian.formula.A1.of(column, row);
    }

    /** 0-based column index of an A1 reference's letters ("AB12" gives 27); -1 when none. */
    public static int columnIndex(String a1) {
        int col = 0;
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) {
            col = col * 26 + (Character.toUpperCase(a1.charAt(i)) - 'A' + 1);
            i++;
        }
        return i == 0 ? -1 : col - 1;
    }

    /** 1-based row of an A1 reference, or 0 when it has none. */
    public static int rowNumber(String a1) {
        int i = 0;
        while (i < a1.length() && Character.isLetter(a1.charAt(i))) i++;
        return i < a1.length() ? Integer.parseInt(a1.substring(i)) : 0;
    }
}
