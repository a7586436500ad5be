package capaian.web;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request from a chosen loopback source address (127.0.0.2, 127.0.0.3, ...), which Java's
 * HttpClient cannot choose: the login throttle counts per TCP peer address, so this is how a test plays a
 * client on another machine.
 */
final class FromAddress {
    record Answer(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) return line.substring(colon + 1).trim();
            }
            return null;
        }
    }

    private FromAddress() {}

    static Answer postJson(URI base, String source, String path, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket()) {
            s.setSoTimeout(60_000);
            s.bind(new InetSocketAddress(InetAddress.getByName(source), 0));
            s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = text.substring(0, end);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, text.substring(end + 4));
        }
    }

    static Answer login(URI base, String source, String user, String password) throws Exception {
        return postJson(base, source, "/api/v1/session", "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }
}
