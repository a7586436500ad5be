package capaian.store;

/** A store operation that cannot be done; the message is plain Indonesian, fit to show a user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
