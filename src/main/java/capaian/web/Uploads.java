package capaian.web;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the multipart/form-data upload with the workbook in field {@value #FIELD}. The size limit is enforced
 * twice: at once from Content-Length when the client sends one, and while reading for chunked uploads.
 */
final class Uploads {
    static final String FIELD = "file";
    static final String DEFAULT_NAME = "buku-kerja.xlsx";
    /** Room for the multipart boundaries and the small text fields around the file. */
    private static final long ENVELOPE = 64 * 1024;
    private static final long MB = 1024 * 1024;
    /**
     * An over-limit body up to this many times the limit is read and thrown away after the 413, so that the
     * client, still sending, gets the answer instead of a reset connection; a larger one is cut off (and its client
     * may see the connection reset). Four times covers the user who picked the wrong, larger file without letting
     * anyone make us read without end; the reading is bounded in rate as any body is ({@link MinRateConduit}).
     */
    private static final long DRAIN_FACTOR = 4;

    /**
     * How much of a body limited to {@code maxEntity} is read in all, counting what is thrown away after a 413.
     * Undertow's own entity limit must be above this for the largest route (chunked bodies are counted against
     * the server's limit, fixed when the request arrives), so that ours, which speaks Indonesian, is the one met.
     */
    static long drainLimit(long maxEntity) {
        return DRAIN_FACTOR * (maxEntity + ENVELOPE);
    }

    private final long maxBytes;
    private final Path tempDir;

    Uploads(long maxBytes, Path tempDir) {
        this.maxBytes = maxBytes;
        this.tempDir = tempDir;
    }

    static ApiException tooLarge(long maxBytes) {
        return ApiError.BERKAS_TERLALU_BESAR.withMessage(
                "Berkas terlalu besar. Batas unggahan adalah " + (maxBytes / MB) + " MB per berkas.");
    }

    /** A body that could not be read: too slow (408, connection closed), else cut off or malformed (400). */
    static ApiException readFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MinRateConduit.TooSlow) {
                ApiException slow = ApiError.UNGGAHAN_TERLALU_LAMBAT.error();
                return new ApiException(slow.status(), slow.code(), slow.getMessage(), java.util.Map.of("Connection", "close"));
            }
        }
        return ApiError.UNGGAHAN_RUSAK.error();
    }

    /** Must run on a worker thread (blocking). */
    Upload read(HttpServerExchange ex) {
        return parse(ex, maxBytes, maxBytes, data -> toUpload(data, RequestLanes.client(ex)));
    }

    /**
     * Several files in field {@value #FIELD} (the Bappeda rekap: workbooks and zip archives), each copied into
     * {@code dir} under a numbered name keeping its extension; returns the original names in that order. The
     * whole request may be {@code maxTotal} bytes.
     */
    java.util.List<String> readAll(HttpServerExchange ex, long maxTotal, Path dir) {
        return parse(ex, maxTotal, maxTotal, data -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (FormData.FormValue v : data.get(FIELD) == null ? new java.util.ArrayDeque<FormData.FormValue>() : data.get(FIELD)) {
                if (!v.isFileItem()) continue;
                String name = fileName(v);
                try (InputStream in = v.getFileItem().getInputStream()) {
                    java.nio.file.Files.copy(in, dir.resolve(names.size() + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_")));
                }
                names.add(name);
            }
            if (names.isEmpty()) {
                throw ApiException.badRequest("BERKAS_TIDAK_ADA",
                        "Tidak ada berkas pada field \"" + FIELD + "\". Pilih buku kerja (.xlsx) atau arsip .zip lalu kirim.");
            }
            return names;
        });
    }

    private interface Use<T> {
        T apply(FormData data) throws IOException;
    }

    private <T> T parse(HttpServerExchange ex, long maxEntity, long maxFile, Use<T> use) {
        String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
            throw new ApiException(415, "PERLU_MULTIPART",
                    "Kirim buku kerja sebagai multipart/form-data dengan nama field \"" + FIELD + "\".");
        }
        long limit = maxEntity + ENVELOPE;
        long drained = drainLimit(maxEntity);
        ex.setMaxEntitySize(drained);
        BodyLimit body = BodyLimit.of(ex);
        if (body == null) {
            BodyLimit own = body = new BodyLimit(limit, drained);
            ex.addRequestWrapper((factory, e) -> new BodyLimitConduit(factory.create(), own));
        } else {
            body.set(limit, drained);
        }
        long declared = ex.getRequestContentLength();
        if (declared > limit) {
            // Undertow drains the body after our answer; past what we drain, it closes with bytes unread.
            throw declared <= drained ? tooLarge(body, maxFile) : closing(tooLarge(body, maxFile));
        }
        if (!ex.isBlocking()) ex.startBlocking();
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(tempDir);
        multipart.setMaxIndividualFileSize(maxFile);
        multipart.setFileSizeThreshold(MB);
        FormParserFactory factory = FormParserFactory.builder(false).addParsers(multipart)
                .withDefaultCharset("UTF-8").build();
        try (FormDataParser parser = factory.createParser(ex)) {
            FormData data = parser.parseBlocking();
            return use.apply(data);
        } catch (RequestTooBigException | MultiPartParserDefinition.FileTooLargeException e) {
            throw tooLarge(body, maxFile);
        } catch (IOException e) {
            if (e.getCause() instanceof RequestTooBigException) throw tooLarge(body, maxFile);
            throw readFailure(e);
        }
    }

    /** The answer is 413 whatever else arrives: the rest of the body is read only to be thrown away. */
    private static ApiException tooLarge(BodyLimit body, long maxFile) {
        body.lift();
        return tooLarge(maxFile);
    }

    private static ApiException closing(ApiException e) {
        Map<String, String> headers = new HashMap<>(e.headers());
        headers.put("Connection", "close");
        return new ApiException(e.status(), e.code(), e.getMessage(), headers);
    }

    private Upload toUpload(FormData data, String client) throws IOException {
        FormData.FormValue file = data.getFirst(FIELD);
        if (file == null || !file.isFileItem()) {
            throw ApiException.badRequest("BERKAS_TIDAK_ADA",
                    "Tidak ada berkas pada field \"" + FIELD + "\". Pilih buku kerja (.xlsx) lalu kirim.");
        }
        byte[] bytes = bytes(file);
        Map<String, String> fields = new HashMap<>();
        List<Upload.Part> parts = new ArrayList<>();
        for (String name : data) {
            for (FormData.FormValue v : data.get(name)) {
                if (!v.isFileItem()) fields.putIfAbsent(name, v.getValue());
                else if (v != file) parts.add(new Upload.Part(name, fileName(v), bytes(v)));
            }
        }
        return new Upload(fileName(file), bytes, fields, List.copyOf(parts), client);
    }

    private byte[] bytes(FormData.FormValue file) throws IOException {
        byte[] bytes;
        try (InputStream in = file.getFileItem().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) throw tooLarge(maxBytes);
        if (bytes.length == 0) throw ApiException.unprocessable("BERKAS_KOSONG", "Berkas yang dikirim kosong.");
        return bytes;
    }

    private static String fileName(FormData.FormValue file) {
        return file.getFileName() == null ? DEFAULT_NAME : baseName(file.getFileName());
    }

    /**
     * Browsers on Windows used to send the full client path; keep the last segment only, without control
     * characters. The name is only ever shown and offered back on download; files are stored by hash.
     */
    static String baseName(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (n.length() > 200) n = n.substring(n.length() - 200);
        return n.isEmpty() || n.equals(".") || n.equals("..") ? DEFAULT_NAME : n;
    }
}
