package capaian.web;

import java.util.Map;

/**
 * An answer other than success: the HTTP status, a stable machine-readable code and a plain Indonesian
 * message for the person. {@link ErrorHandler} turns it into the JSON object {@code {code, message}}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    public ApiException(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    public int status() { return status; }
    public String code() { return code; }
    public Map<String, String> headers() { return headers; }

    public static ApiException badRequest(String code, String message) {
        return new ApiException(400, code, message);
    }

    public static ApiException unauthorized() {
        return new ApiException(401, "PERLU_MASUK", "Silakan masuk (login) terlebih dahulu.");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "DILARANG", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "TIDAK_DITEMUKAN", message);
    }

    public static ApiException unprocessable(String code, String message) {
        return new ApiException(422, code, message);
    }

    public static ApiException busy(String code, String message, int retryAfterSeconds) {
        return new ApiException(503, code, message, Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }
}
