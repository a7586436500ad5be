package capaian.bench;

import capaian.web.Multipart;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One benchmark client: a single kept-alive HTTP/1.1 connection that sends the same prebuilt multipart upload
 * again and again. The JDK's HttpClient spent about 6 ms of CPU per upload on the client side (building the
 * body, its executor), which on 2 shared cores is CPU taken from the server being measured; this client spends
 * well under 2 ms.
 */
final class UploadClient implements AutoCloseable {
    private final String host;
    private final int port;
    private final byte[] request;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    UploadClient(String host, int port, String path, String fileName, byte[] upload) {
        this.host = host;
        this.port = port;
        Multipart m = Multipart.file(fileName, upload);
        byte[] body = m.bytes();
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nContent-Type: "
                + m.contentType() + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        request = new byte[head.length + body.length];
        System.arraycopy(head, 0, request, 0, head.length);
        System.arraycopy(body, 0, request, head.length, body.length);
    }

    /** Sends the upload once and reads the whole answer: its status, or -1 for an empty 2xx body. */
    int send() throws IOException {
        if (socket == null) connect();
        try {
            out.write(request);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        socket = new Socket(host, port);
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private int readResponse() throws IOException {
        String status = line();
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) throw new IOException("not HTTP: " + status);
        int code = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) length = Long.parseLong(h.substring(15).trim());
            else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
            else if (lower.startsWith("connection:") && lower.contains("close")) closes = true;
        }
        long bodyBytes = chunked ? skipChunks() : skip(Math.max(length, 0));
        if (closes) close();
        return code / 100 == 2 && bodyBytes == 0 ? -1 : code;
    }

    private long skipChunks() throws IOException {
        long total = 0;
        while (true) {
            String size = line();
            int semi = size.indexOf(';');
            long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
            if (n == 0) {
                while (!line().isEmpty()) { } // trailers
                return total;
            }
            total += skip(n);
            line();
        }
    }

    private long skip(long n) throws IOException {
        long left = n;
        while (left > 0) {
            long s = in.skip(left);
            if (s <= 0) {
                if (in.read() < 0) throw new IOException("connection closed in the body");
                s = 1;
            }
            left -= s;
        }
        return n;
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new IOException("connection closed");
            if (c != '\r') b.write(c);
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket == null) return;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a broken connection
        }
        socket = null;
    }
}
