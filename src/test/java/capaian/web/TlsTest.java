package capaian.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** HTTPS from a PKCS12 keystore: what the add-in platform needs when no reverse proxy terminates TLS. */
class TlsTest {
    private static final String PASSWORD = "rahasia-uji";

    @TempDir
    Path dir;

    @Test
    void servesHttpsWithTheConfiguredCertificate() throws Exception {
        Path keystore = dir.resolve("capaian.p12");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "capaian", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", PASSWORD).redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));

        try (TestServer s = new TestServer(TestServer.config(dir.resolve("data")).withTls(keystore, PASSWORD))) {
            assertEquals("https", s.server.uri().getScheme());
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trust.load(in, PASSWORD.toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(ctx).build();
            HttpResponse<String> r = https.send(HttpRequest.newBuilder(s.server.uri().resolve("/addin/manifest.xml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().contains("DefaultValue=\"https://127.0.0.1:" + s.server.port() + "/addin/taskpane.html\""), r.body());
        }
    }

    @Test
    void aWrongPasswordIsAPlainStartError() throws Exception {
        Path keystore = dir.resolve("kosong.p12");
        Files.write(keystore, new byte[] {1, 2, 3});
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new TestServer(TestServer.config(dir.resolve("data")).withTls(keystore, "salah")));
        assertTrue(e.getMessage().contains("tidak dapat dibuka"), e.getMessage());
    }
}
