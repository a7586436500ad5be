package capaian.read;

/** The file cannot be read as a workbook at all; the message says why in Indonesian. */
public class UnreadableWorkbookException extends Exception {
    public UnreadableWorkbookException(String message) {
        super(message);
    }

    public UnreadableWorkbookException(String message, Throwable cause) {
        super(message, cause);
    }
}
