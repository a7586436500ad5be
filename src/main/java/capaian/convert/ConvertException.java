package capaian.convert;

/** A conversion that cannot be done with what was given; the message says why, in Indonesian. */
public final class ConvertException extends Exception {
    public ConvertException(String message) {
        super(message);
    }
}
