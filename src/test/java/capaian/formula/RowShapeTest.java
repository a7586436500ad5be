package capaian.formula;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A shape moved to a row renders and evaluates exactly as the expression built for that row. */
class RowShapeTest {
    private static final int G = A1.columnIndex("G");
    private static final int H = A1.columnIndex("H");
    private static final int P = A1.columnIndex("P");

    private final Map<String, XValue> sheet = new HashMap<>();
    private final Cells cells = (s, c, r) -> sheet.getOrDefault((s == null ? "" : s + "!") + A1.of(c, r), XValue.BLANK);

    /** A capaian with a polaritas test, as the rules build it, and its category. */
    private static final IntFunction<Expr> CAPAIAN = k -> {
        Expr t = Ref.of(G, k);
        Expr r = Ref.of(H, k);
        Expr neg = F.eq(F.lower(F.left(F.trim(Ref.of(P, k)), 3)), F.text("neg"));
        Expr body = F.iff(F.eq(t, F.num(0)), F.empty(),
                F.iff(neg, F.round(F.mul(F.div(t, r), F.num(100)), 2), F.round(F.mul(F.div(r, t), F.num(100)), 2)));
        // a constant that reads like an anchor row must stay a constant
        Expr capped = F.min(F.num(1_000_000), F.num(2_000_000), body);
        return F.ifError(F.iff(F.or(F.isEmpty(t), F.isEmpty(r)), F.empty(), capped), F.empty());
    };

    @Test
    void movedShapeRendersAndEvaluatesAsTheRowsOwnExpression() {
        sheet.put("G5", XValue.number(80));
        sheet.put("H5", XValue.number(68));
        sheet.put("G99", XValue.number(12));
        sheet.put("H99", XValue.number(15));
        sheet.put("P99", XValue.text(" Negatif"));
        sheet.put("G1048576", XValue.number(3));
        sheet.put("H1048576", XValue.text("tiga"));
        RowShape shape = RowShape.of(CAPAIAN);
        assertNotNull(shape);
        List<Object> expected = List.of(85.0, 80.0, XValue.EMPTY_TEXT, XValue.EMPTY_TEXT);
        int[] rows = {5, 99, 1_048_576, 7};
        for (int i = 0; i < rows.length; i++) {
            int n = rows[i];
            Expr own = CAPAIAN.apply(n);
            Expr moved = shape.at(n);
            assertEquals(own.render(), moved.render(), "row " + n);
            StringBuilder appended = new StringBuilder("=");
            moved.render(appended);
            assertEquals("=" + own.render(), appended.toString());
            XValue v = moved.evaluate(cells);
            assertEquals(own.evaluate(cells), v, "row " + n);
            assertEquals(expected.get(i), v.isNumber() ? (Object) v.number() : v, "row " + n);
            List<Ref> read = new ArrayList<>();
            moved.cells(read::add);
            List<Ref> ownRead = new ArrayList<>();
            own.cells(ownRead::add);
            assertEquals(ownRead, read);
        }
        assertEquals("IFERROR(IF(OR(G5=\"\",H5=\"\"),\"\",MIN(1000000,2000000,IF(G5=0,\"\","
                + "IF(LOWER(LEFT(TRIM(P5),3))=\"neg\",ROUND(G5/H5*100,2),ROUND(H5/G5*100,2))))),\"\")", shape.at(5).render());
    }

    @Test
    void noShapeWhereTheExpressionLooksBeyondItsRow() {
        assertNull(RowShape.of(k -> F.sub(Ref.of(G, k), Ref.of(G, k - 1))), "the row above");
        assertNull(RowShape.of(k -> F.div(Ref.of(G, k), Ref.of(G, 4))), "a fixed header row");
        assertNull(RowShape.of(k -> F.add(Ref.of(G, k), new Ref("Renja", G, k))), "another sheet");
        assertNull(RowShape.of(k -> F.add(Ref.of(G, k), F.num(k))), "a number made from the row");
        assertNull(RowShape.of(k -> k < 1_500_000 ? Ref.of(G, k) : null), "no expression");
        assertNull(RowShape.of(k -> k < 1_500_000 ? F.text("a") : F.text("bb")), "texts that do not align");
        assertNotNull(RowShape.of(k -> F.text("tetap")), "a constant is the same on every row");
        assertEquals("\"tetap\"", RowShape.of(k -> F.text("tetap")).at(12).render());
    }
}
