package capaian.findings;

/** error: the row or file cannot be computed; warning: computed but suspicious; info: for the record. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The API's machine value (JSON {@code severity}): error, warning, info. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The word people read, the same on the pages, the sheets and in messages: the words civil servants use
     * for a check's outcome (kesalahan / peringatan / catatan), never "error", "warning" or "galat".
     */
    public String word() {
        return switch (this) {
            case ERROR -> "kesalahan";
            case WARNING -> "peringatan";
            case INFO -> "catatan";
        };
    }

    /** The word for a machine value ("error", "warning", "info"); the value itself when it is none of them. */
    public static String wordOf(String label) {
        for (Severity s : values()) if (s.label().equals(label)) return s.word();
        return label;
    }
}
