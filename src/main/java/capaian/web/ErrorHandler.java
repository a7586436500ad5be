package capaian.web;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.HttpString;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The catch-all: whatever goes wrong below it, the client gets a JSON {@code {code, message}} with a 4xx or
 * 5xx status and never a stack trace; an unexpected exception is logged here with its trace instead.
 */
final class ErrorHandler implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(ErrorHandler.class.getName());

    private final HttpHandler next;
    private final long maxUploadBytes;

    ErrorHandler(HttpHandler next, long maxUploadBytes) {
        this.next = next;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void handleRequest(HttpServerExchange ex) {
        try {
            next.handleRequest(ex);
        } catch (ApiException e) {
            answer(ex, e);
        } catch (RequestTooBigException | MultiPartParserDefinition.FileTooLargeException e) {
            answer(ex, Uploads.tooLarge(maxUploadBytes));
        } catch (Throwable e) {
            LOG.log(Level.SEVERE, "request failed: " + ex.getRequestMethod() + " " + ex.getRequestPath(), e);
            answer(ex, new ApiException(500, "KESALAHAN_SERVER",
                    "Terjadi kesalahan di server. Coba lagi; bila berulang, hubungi admin Bappeda."));
        }
    }

    private static void answer(HttpServerExchange ex, ApiException e) {
        if (ex.isResponseStarted()) {
            // Too late for a clean answer: cut the connection so the client sees a failure, not a truncated file.
            LOG.warning("error after the response started: " + e.code() + " " + ex.getRequestPath());
            org.xnio.IoUtils.safeClose(ex.getConnection());
            return;
        }
        ex.getResponseHeaders().clear();
        e.headers().forEach((k, v) -> ex.getResponseHeaders().put(new HttpString(k), v));
        SecurityHeadersHandler.addTo(ex);
        Json.error(ex, e.status(), e.code(), e.getMessage());
    }
}
