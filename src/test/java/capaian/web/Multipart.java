package capaian.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a multipart/form-data body, as a browser would send a file input. */
public final class Multipart {
    final String boundary = "----capaian" + System.nanoTime();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Map<String, String> fields = new LinkedHashMap<>();

    public static Multipart file(String fileName, byte[] content) {
        return new Multipart().addFile("file", fileName, content);
    }

    Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    Multipart addFile(String field, String fileName, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        out.writeBytes(content);
        write("\r\n");
        return this;
    }

    public HttpRequest.BodyPublisher body() {
        return HttpRequest.BodyPublishers.ofByteArray(bytes());
    }

    /** The whole body as bytes, for a client that writes the request itself. */
    public byte[] bytes() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.writeBytes(out.toByteArray());
        fields.forEach((k, v) -> all.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
