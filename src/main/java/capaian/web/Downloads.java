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

    /**
     * The result workbook's name, in the forms' own pattern {@code hasil-<opd>-<form>-<tahun>-<periode>.xlsx},
     * built from what the workbook says (never from the uploaded name, whose extension a user chose: .exe, .html,
     * a right-to-left override). Parts the workbook does not state are left out.
     */
    static String resultName(String kodeOpd, String form, Integer tahun, String periode) {
        StringBuilder b = new StringBuilder("hasil");
        for (String part : new String[] {kodeOpd, form, tahun == null ? null : tahun.toString(), periodePart(periode)}) {
            String clean = part == null ? "" : part.replaceAll("[^A-Za-z0-9.]+|\\.{2,}", "-")
                    .replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
            if (!clean.isEmpty()) b.append('-').append(clean.length() > 60 ? clean.substring(0, 60) : clean);
        }
        return b + ".xlsx";
    }

    static String resultName(capaian.report.Report r) {
        capaian.report.Report.Header h = r.header();
        return h == null ? resultName(null, r.form(), null, null) : resultName(h.kodeOpd(), r.form(), h.tahun(), h.periode());
    }

    private static String periodePart(String periode) {
        if (periode == null || periode.isBlank()) return null;
        String p = capaian.model.Periode.normalize(periode); // "TW IV", "Triwulan 4" as written in a header
        if (p == null) return periode;
        return capaian.model.Periode.TAHUNAN.equals(p) ? "tahunan" : "tw" + p;
    }

    /**
     * A stored original offered back under its own name, but with an Excel extension only, and without the
     * invisible characters that disguise one (bidirectional overrides, zero-width marks).
     */
    static String originalName(String original) {
        String n = original == null ? "" : original.replaceAll("[\\p{Cf}\\p{Cntrl}]", "").strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\.(xlsx|xlsm|xls)$").matcher(n);
        String ext = m.find() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : "xlsx";
        String base = n.replaceFirst("(?i)\\.(xlsx|xlsm|xls)$", "").replace('.', '-');
        return (base.isBlank() ? "buku-kerja" : base) + "." + ext;
    }

    static String reportName(String original) {
        String base = original == null ? "buku-kerja" : original.replaceFirst("(?i)\\.xls[xm]?$", "");
        return base + "-laporan.json";
    }
}
