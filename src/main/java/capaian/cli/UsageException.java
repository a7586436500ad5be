package capaian.cli;

/** Wrong arguments: the message says what to type instead. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
