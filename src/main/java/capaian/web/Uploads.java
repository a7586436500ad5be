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
import java.util.HashMap;
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

    private final long maxBytes;
    private final Path tempDir;

    Uploads(long maxBytes, Path tempDir) {
        this.maxBytes = maxBytes;
        this.tempDir = tempDir;
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(413, "BERKAS_TERLALU_BESAR",
                "Berkas terlalu besar. Batas unggahan adalah " + (maxBytes / MB) + " MB per berkas.");
    }

    /** Must run on a worker thread (blocking). */
    Upload read(HttpServerExchange ex) {
        String type = ex.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
            throw new ApiException(415, "PERLU_MULTIPART",
                    "Kirim buku kerja sebagai multipart/form-data dengan nama field \"" + FIELD + "\".");
        }
        if (ex.getRequestContentLength() > maxBytes + ENVELOPE) throw tooLarge(maxBytes);
        ex.setMaxEntitySize(maxBytes + ENVELOPE);
        if (!ex.isBlocking()) ex.startBlocking();
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(tempDir);
        multipart.setMaxIndividualFileSize(maxBytes);
        multipart.setFileSizeThreshold(MB);
        FormParserFactory factory = FormParserFactory.builder(false).addParsers(multipart)
                .withDefaultCharset("UTF-8").build();
        try (FormDataParser parser = factory.createParser(ex)) {
            FormData data = parser.parseBlocking();
            return toUpload(data);
        } catch (RequestTooBigException | MultiPartParserDefinition.FileTooLargeException e) {
            throw tooLarge(maxBytes);
        } catch (IOException e) {
            if (e.getCause() instanceof RequestTooBigException) throw tooLarge(maxBytes);
            throw ApiException.badRequest("UNGGAHAN_RUSAK", "Unggahan terputus atau rusak. Coba kirim lagi.");
        }
    }

    private Upload toUpload(FormData data) throws IOException {
        FormData.FormValue file = data.getFirst(FIELD);
        if (file == null || !file.isFileItem()) {
            throw ApiException.badRequest("BERKAS_TIDAK_ADA",
                    "Tidak ada berkas pada field \"" + FIELD + "\". Pilih buku kerja (.xlsx) lalu kirim.");
        }
        byte[] bytes;
        try (InputStream in = file.getFileItem().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) throw tooLarge(maxBytes);
        if (bytes.length == 0) throw ApiException.unprocessable("BERKAS_KOSONG", "Berkas yang dikirim kosong.");
        Map<String, String> fields = new HashMap<>();
        for (String name : data) {
            FormData.FormValue v = data.getFirst(name);
            if (v != null && !v.isFileItem()) fields.put(name, v.getValue());
        }
        String name = file.getFileName() == null ? DEFAULT_NAME : baseName(file.getFileName());
        return new Upload(name, bytes, fields);
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
