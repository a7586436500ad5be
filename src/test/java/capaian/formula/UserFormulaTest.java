package capaian.formula;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a user's formula reaches and reads, from its text alone. */
class UserFormulaTest {
    @Test
    void formulasThatCallOutAreNamed() {
        assertEquals("HYPERLINK", UserFormula.outsideReach("HYPERLINK(\"http://x.example/\",\"klik\")"));
        assertEquals("WEBSERVICE", UserFormula.outsideReach("_xlfn.WEBSERVICE(\"http://x.example/\")"));
        assertEquals("FILTERXML", UserFormula.outsideReach("FILTERXML(A1,\"//a\")"));
        assertEquals("IMPORTXML", UserFormula.outsideReach("importxml(\"http://x\",\"//a\")"));
        assertEquals("INDIRECT", UserFormula.outsideReach("SUM(INDIRECT(\"http://x/[a.xlsx]S!A1\"))"));
        assertEquals("CALL", UserFormula.outsideReach("CALL(\"Kernel32\",\"x\",\"J\")"));
        assertEquals("REGISTER.ID", UserFormula.outsideReach("REGISTER.ID(\"a\",\"b\")"));
        assertNotNull(UserFormula.outsideReach("cmd|'/C calc'!A0"));
        assertNotNull(UserFormula.outsideReach("=cmd|' /C calc'!A0+1"));
        assertNotNull(UserFormula.outsideReach("[1]Sheet1!A1"));
        assertNotNull(UserFormula.outsideReach("SUM([Budget.xlsx]Sheet1!A1:A3)"));
        assertNotNull(UserFormula.outsideReach("'C:\\data\\[a.xlsx]S'!A1"));
        assertNotNull(UserFormula.outsideReach("'https://x.example/[a.xlsx]S'!A1*2"));
    }

    @Test
    void ordinaryFormulasStay() {
        assertNull(UserFormula.outsideReach("SUM(N9:N20)"));
        assertNull(UserFormula.outsideReach("'Realisasi (2)'!K9/I9*100"));
        assertNull(UserFormula.outsideReach("IF(A1=\"HYPERLINK(\",1,2)"), "a text that names a function calls nothing");
        assertNull(UserFormula.outsideReach("SUM(Tabel1[Pagu])"), "a table's column is inside the workbook");
        assertNull(UserFormula.outsideReach("A1&\"|\"&B1"));
    }

    @Test
    void areasReadOnTheFormulasOwnSheet() {
        List<UserFormula.Area> a = UserFormula.areas("SUM(N9:N20)+$O$3+'Other'!N1+SUM(P:P)+\"N5\"");
        assertEquals(3, a.size(), a.toString());
        assertEquals(new UserFormula.Area(13, 9, 13, 20), a.get(0));
        assertEquals(new UserFormula.Area(14, 3, 14, 3), a.get(1));
        assertTrue(a.get(2).covers(15, 100_000));
        assertTrue(UserFormula.areas("SUM(N20:N9)").get(0).covers(13, 15));
        assertTrue(UserFormula.areas("LOG10(A1)").stream().noneMatch(x -> x.covers(11, 10)), "LOG10 is a function, not a cell");
    }
}
