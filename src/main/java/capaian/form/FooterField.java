package capaian.form;

/**
 * A line of the block below a table (the Permendagri 86/2017 footer): a label, and its value in the row's
 * Uraian column, either computed ({@code derivation}) or typed by the user (null).
 */
public record FooterField(String label, Derivation derivation, String help) {
    public boolean computed() { return derivation != null; }
}
