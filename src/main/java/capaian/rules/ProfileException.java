package capaian.rules;

/** A rules profile that cannot be used; the message says what to fix, in Indonesian. */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }
}
