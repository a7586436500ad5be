package capaian.value;

/** What a cell holds once read: the distinctions the rules make (RULES section 3). */
public enum ValueKind {
    /** Nothing typed: "not filled", which is not zero. */
    BLANK,
    /** The nil marker ("-"): zero for money and counts. */
    NIL,
    /** A number, possibly with a unit or a percent sign. */
    NUMBER,
    /** An ordinal label such as BB, WTP or Sangat Baik. */
    PREDICATE,
    /** Text that is not a number where a number was expected. */
    TEXT,
    /** An Excel error value such as #DIV/0!. */
    ERROR
}
