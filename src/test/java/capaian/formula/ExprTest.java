package capaian.formula;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Expressions evaluate as Excel does and render as Excel reads them. */
class ExprTest {
    private final Map<String, XValue> sheet = new HashMap<>();
    private final Cells cells = (s, c, r) -> sheet.getOrDefault((s == null ? "" : s + "!") + A1.of(c, r), XValue.BLANK);

    private void put(String a1, XValue v) {
        sheet.put(a1, v);
    }

    private static Ref ref(String a1) {
        return Ref.of(A1.columnIndex(a1.replaceAll("[0-9]", "")), Integer.parseInt(a1.replaceAll("[A-Z]", "")));
    }

    @Test
    void arithmeticOnTextIsValueErrorAndBlankIsZero() {
        put("A1", XValue.text("Rp 18.241.400"));
        put("A2", XValue.number(4));
        assertEquals(XValue.VALUE_ERROR, F.add(ref("A1"), ref("A2")).evaluate(cells));
        assertEquals(4.0, F.add(ref("A3"), ref("A2")).evaluate(cells).number());
        assertEquals(XValue.DIV0, F.div(ref("A2"), ref("A3")).evaluate(cells));
        // a formula holding only a blank cell shows 0
        assertEquals(XValue.number(0), ref("A3").result(cells));
    }

    @Test
    void aggregatesSkipTextAndBlanksInReferences() {
        put("N9", XValue.number(1_000_000));
        put("N10", XValue.text("1.500.000"));
        put("N12", XValue.number(2_500_000));
        RowList n = F.rows(null, A1.columnIndex("N"), List.of(9, 10, 11, 12));
        assertEquals(3_500_000.0, F.sum(n).evaluate(cells).number());
        assertEquals(2.0, F.count(n).evaluate(cells).number());
        assertEquals(1_750_000.0, F.average(n).evaluate(cells).number());
        assertEquals(XValue.DIV0, F.average(F.rows(null, 0, List.of(1, 2))).evaluate(cells));
        assertEquals("SUM(N9:N12)", F.sum(n).render());
        put("N11", XValue.error("#N/A"));
        assertEquals(XValue.error("#N/A"), F.sum(n).evaluate(cells));
        assertEquals(2.0, F.count(n).evaluate(cells).number(), "COUNT skips an error instead of giving it");
    }

    @Test
    void emptyStringComparesEqualToBlankButNotToZero() {
        put("A1", XValue.number(0));
        put("A2", XValue.EMPTY_TEXT);
        assertEquals(XValue.TRUE, F.isEmpty(ref("B1")).evaluate(cells));
        assertEquals(XValue.FALSE, F.isEmpty(ref("A1")).evaluate(cells));
        assertEquals(XValue.TRUE, F.isEmpty(ref("A2")).evaluate(cells));
        assertEquals(XValue.TRUE, F.eq(ref("B1"), F.num(0)).evaluate(cells), "a blank is 0 beside a number");
        // numbers sort before texts: "5" > 100
        put("A3", XValue.text("5"));
        assertEquals(XValue.TRUE, F.gt(ref("A3"), F.num(100)).evaluate(cells));
        assertEquals(XValue.TRUE, F.eq(F.text("NEG"), F.text("neg")).evaluate(cells), "texts compare without case");
    }

    @Test
    void roundIsHalfAwayFromZeroOnTheShownNumber() {
        assertEquals(1.01, F.round(F.num(1.005), 2).evaluate(cells).number());
        assertEquals(-2.5, F.round(F.num(-2.45), 1).evaluate(cells).number());
        assertEquals(3.0, F.round(F.num(2.5), 0).evaluate(cells).number());
        // 85.5 / 100 * 100 is 85.49999999999999 in doubles; Excel shows and rounds 85.5
        put("A1", XValue.number(85.5));
        put("A2", XValue.number(100));
        Expr capaian = F.round(F.mul(F.div(ref("A1"), ref("A2")), F.num(100)), 2);
        assertEquals(85.5, capaian.evaluate(cells).number());
        assertEquals("ROUND(A1/A2*100,2)", capaian.render());
    }

    @Test
    void ifErrorAndLogicalFunctions() {
        put("A1", XValue.text("x"));
        assertEquals(XValue.EMPTY_TEXT, F.ifError(F.mul(ref("A1"), F.num(2)), F.empty()).evaluate(cells));
        // AND over a referenced text skips it; over no logical value at all it is #VALUE!
        assertEquals(XValue.VALUE_ERROR, F.and(ref("A1")).evaluate(cells));
        assertEquals(XValue.TRUE, F.and(ref("A1"), F.num(1)).evaluate(cells));
        assertEquals(XValue.FALSE, F.or(F.num(0), F.eq(F.num(1), F.num(2))).evaluate(cells));
        assertEquals(XValue.VALUE_ERROR, F.iff(ref("A1"), F.num(1), F.num(2)).evaluate(cells));
    }

    @Test
    void polarityTextFunctions() {
        put("G9", XValue.text("  Negatif "));
        Expr neg = F.eq(F.lower(F.left(F.trim(ref("G9")), 3)), F.text("neg"));
        assertEquals(XValue.TRUE, neg.evaluate(cells));
        assertEquals("LOWER(LEFT(TRIM(G9),3))=\"neg\"", neg.render());
        assertEquals(XValue.text("a b"), F.trim(F.text("  a   b ")).evaluate(cells));
        assertEquals(XValue.text("12"), F.left(F.num(123), 2).evaluate(cells));
    }

    @Test
    void rendersWithTheFewestParenthesesExcelNeeds() {
        Expr t = ref("I9");
        Expr r = ref("K9");
        Expr e = F.mul(F.div(F.sub(F.mul(F.num(2), t), r), t), F.num(100));
        assertEquals("(2*I9-K9)/I9*100", e.render());
        assertEquals("A1-(B1-C1)", F.sub(ref("A1"), F.sub(ref("B1"), ref("C1"))).render());
        assertEquals("A1/(B1*C1)", F.div(ref("A1"), F.mul(ref("B1"), ref("C1"))).render());
        assertEquals("\"say \"\"hi\"\"\"", F.text("say \"hi\"").render());
        assertEquals("'O''Brien sheet'!B2", new Ref("O'Brien sheet", 1, 2).render());
    }

    @Test
    void longRowListsAreNestedOrRefused() {
        List<Integer> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) rows.add(10 + 2 * i); // 600 single-cell parts
        RowList list = F.rows(null, 0, rows);
        String sum = F.sum(list).render();
        assertTrue(sum.startsWith("SUM(SUM(A10,A12"), sum);
        assertThrows(Fn.Unrenderable.class, () -> F.average(list).render());
        assertNull(F.formula(F.average(list)), "too many arguments for Excel: no formula");
        for (int i = 0; i < 600; i++) put(A1.of(0, 10 + 2 * i), XValue.number(1));
        assertEquals(600.0, F.sum(list).evaluate(cells).number());
    }

    @Test
    void showsComparesWithCapaianValues() {
        assertTrue(XValue.number(10_458_951_941.0).shows(new java.math.BigDecimal("10458951941")));
        assertTrue(XValue.EMPTY_TEXT.shows(null));
        assertTrue(XValue.text("Tinggi").shows("Tinggi"));
        assertEquals(false, XValue.number(0.86).shows(new java.math.BigDecimal("85.50")));
        assertEquals(false, XValue.EMPTY_TEXT.shows(new java.math.BigDecimal("0")));
    }

    @Test
    void rendersTellsWithoutRenderingWhetherExcelTakesTheFormula() {
        // every other row from 2: no runs, so each row is its own part ("'Tabel 1'!K2")
        java.util.function.IntFunction<List<Integer>> spaced = n -> {
            List<Integer> rows = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) rows.add(2 + 2 * i);
            return rows;
        };
        Expr small = F.iff(F.isEmpty(ref("N9")), F.empty(), F.round(F.div(ref("O9"), ref("N9")), 2));
        assertTrue(F.renders(small));
        // 300 parts: SUM nests into chunks of 250 and fits (300 x "K1234" is about 2,100 characters)
        Expr sum300 = F.sum(F.rows(null, 10, spaced.apply(300)));
        assertTrue(F.renders(sum300));
        assertTrue(F.formula(sum300).startsWith("SUM(SUM(K2,"));
        // AVERAGE cannot nest: 300 parts is no formula
        Expr avg300 = F.average(F.rows(null, 10, spaced.apply(300)));
        assertEquals(false, F.renders(avg300));
        assertNull(F.formula(avg300));
        // 1,200 parts on another sheet are over 8,000 characters: no formula
        Expr long1200 = F.sum(F.rows("Tabel 1", 10, spaced.apply(1_200)));
        assertEquals(false, F.renders(long1200));
        assertNull(F.formula(long1200));
        // 2,000 consecutive rows are one range: a short formula, though the bound alone would not say so
        Expr run = F.sum(F.rows(null, 10, java.util.stream.IntStream.rangeClosed(2, 2_001).boxed().toList()));
        assertTrue(F.renders(run));
        assertEquals("SUM(K2:K2001)", F.formula(run));
    }
}
