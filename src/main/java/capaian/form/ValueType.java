package capaian.form;

/** How a column's cells are read. */
public enum ValueType {
    /** Free text: kept as typed. */
    TEXT,
    /** A kode rekening such as 5.03.02.1.01.09: kept as text, never read as a number. */
    CODE,
    /** Rupiah: numbers only, "-" is zero, fractions other than ,00 noticed. */
    MONEY,
    /** A performance value: a number with an optional unit or %, or a predicate (BB, WTP, Sangat Baik). */
    KINERJA,
    /** A percentage or other plain number. */
    NUMBER,
    /** One of a fixed list of values (polaritas, jenis, triwulan). */
    CHOICE,
    /** A whole number such as the year. */
    INTEGER
}
