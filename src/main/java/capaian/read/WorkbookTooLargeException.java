package capaian.read;

/** The workbook passes one of the {@link Limits}: refused with a plain Indonesian reason (HTTP 413). */
public final class WorkbookTooLargeException extends UnreadableWorkbookException {
    public WorkbookTooLargeException(String message) {
        super(message);
    }
}
