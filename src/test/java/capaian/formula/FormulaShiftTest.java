package capaian.formula;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shared formulas written out when the write-back replaces their master cell. */
class FormulaShiftTest {
    @Test
    void movesRelativeReferencesOnly() {
        assertEquals("IFERROR(ROUND(K12/I12*100,2),\"\")", FormulaShift.shift("IFERROR(ROUND(K10/I10*100,2),\"\")", 2, 0));
        assertEquals("SUM($N$9:O12)+'Sheet 1'!B5+Lain!D8", FormulaShift.shift("SUM($N$9:N10)+'Sheet 1'!A3+Lain!C6", 2, 1));
        assertEquals("LOG10(A2)&\"A1\"", FormulaShift.shift("LOG10(A1)&\"A1\"", 1, 0));
        assertEquals("IF(TRUE,Tabel1[Kolom],#REF!)", FormulaShift.shift("IF(TRUE,Tabel1[Kolom],A1)", 0, -1));
    }
}
