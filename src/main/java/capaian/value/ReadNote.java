package capaian.value;

/** Something the value reader noticed; the checker turns each into a finding with a cell. */
public enum ReadNote {
    /** One '.' followed by exactly three digits, read per the profile's ambiguous-dot rule. */
    AMBIGUOUS_DOT,
    /** A money value with a fraction other than ,00. */
    MONEY_FRACTION,
    /** Text that could not be read as a number in a number column. */
    NOT_A_NUMBER,
    /** An Excel error value (#DIV/0!, #REF!, ...). */
    EXCEL_ERROR
}
