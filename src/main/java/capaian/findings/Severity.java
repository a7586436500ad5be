package capaian.findings;

/** error: the row or file cannot be computed; warning: computed but suspicious; info: for the record. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
