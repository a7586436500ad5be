package capaian.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The cells of one column in an explicit list of rows (K8:K10,K12 for rows 8, 9, 10 and 12): what a SUM or an
 * AVERAGE reads, so that it takes exactly these rows and never a span that could take in others.
 * Only valid as an argument of {@link Fn}'s aggregate functions.
 */
public record RowList(String sheet, int column, List<Integer> rows) implements Expr {
    public RowList {
        rows = List.copyOf(rows);
    }

    /** The runs of consecutive rows, rendered: "K8:K10", "K12". */
    List<String> parts() {
        String col = A1.column(column);
        String prefix = Ref.prefix(sheet);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            int start = rows.get(i);
            int end = start;
            while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) end = rows.get(++i);
            out.add(prefix + (start == end ? col + start : col + start + ":" + col + end));
            i++;
        }
        return out;
    }

    /** How many parts {@link #parts()} gives: the runs of consecutive rows. */
    int partCount() {
        int n = 0;
        for (int i = 0; i < rows.size(); i++) if (i == 0 || rows.get(i) != rows.get(i - 1) + 1) n++;
        return n;
    }

    /** Appends the parts, comma-separated, as {@link #render()}. */
    @Override
    public void render(StringBuilder out) {
        String prefix = Ref.prefix(sheet);
        int i = 0;
        boolean first = true;
        while (i < rows.size()) {
            int start = rows.get(i);
            int end = start;
            while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) end = rows.get(++i);
            if (!first) out.append(',');
            first = false;
            out.append(prefix);
            A1.appendColumn(out, column);
            out.append(start);
            if (start != end) {
                out.append(':');
                A1.appendColumn(out, column);
                out.append(end);
            }
            i++;
        }
    }

    @Override
    public String render() {
        return String.join(",", parts());
    }

    @Override
    public XValue evaluate(Cells cells) {
        throw new IllegalStateException("a row list is only read by an aggregate function");
    }

    @Override
    public void cells(Consumer<Ref> out) {
        for (int r : rows) out.accept(new Ref(sheet, column, r));
    }
}
