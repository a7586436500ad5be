package capaian.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a file as an attachment with a name that survives non-ASCII characters. */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    static void send(HttpServerExchange ex, String contentType, String fileName, byte[] bytes) {
        headers(ex, contentType, fileName, bytes.length);
        ex.getResponseSender().send(java.nio.ByteBuffer.wrap(bytes));
    }

    /** Streams; the exchange must be blocking (it is, behind the server's BlockingHandler). */
    static void send(HttpServerExchange ex, String contentType, String fileName, InputStream in, long length) throws IOException {
        headers(ex, contentType, fileName, length);
        if (!ex.isBlocking()) ex.startBlocking();
        try (in; OutputStream out = ex.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void headers(HttpServerExchange ex, String contentType, String fileName, long length) {
        ex.setStatusCode(200);
        ex.getResponseHeaders().put(Headers.CONTENT_TYPE, contentType);
        ex.getResponseHeaders().put(Headers.CONTENT_LENGTH, length);
        ex.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        ex.getResponseHeaders().put(Headers.CONTENT_DISPOSITION, disposition(fileName));
    }

    static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** {@code laporan.xlsx} becomes {@code laporan-hasil.xlsx}. */
    static String resultName(String original) {
        String base = original == null ? "buku-kerja" : original.replaceFirst("(?i)\\.xls[xm]?$", "");
        return base + "-hasil.xlsx";
    }

    static String reportName(String original) {
        String base = original == null ? "buku-kerja" : original.replaceFirst("(?i)\\.xls[xm]?$", "");
        return base + "-laporan.json";
    }
}
