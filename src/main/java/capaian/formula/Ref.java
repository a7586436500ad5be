package capaian.formula;

import java.util.function.Consumer;

/** One cell: same-sheet (sheet null) or on another sheet of the workbook; column 0-based, row 1-based. */
public record Ref(String sheet, int column, int row) implements Expr {
    public Ref {
        if (column < 0 || row < 1) throw new IllegalArgumentException("cell " + column + "," + row);
    }

    public static Ref of(int column, int row) {
        return new Ref(null, column, row);
    }

    @Override
    public String render() {
        return prefix(sheet) + A1.of(column, row);
    }

    @Override
    public void render(StringBuilder out) {
        if (sheet != null) out.append(prefix(sheet));
        A1.appendColumn(out, column);
        out.append(row);
    }

    @Override
    public XValue evaluate(Cells cells) {
        return cells.get(sheet, column, row);
    }

    @Override
    public void cells(Consumer<Ref> out) {
        out.accept(this);
    }

    /** 'Sheet name'! or nothing for the formula's own sheet. */
    static String prefix(String sheet) {
        return sheet == null ? "" : "'" + sheet.replace("'", "''") + "'!";
    }
}
