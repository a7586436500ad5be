package capaian.web;

import capaian.process.Processor;
import capaian.rules.ProfileLoader;
import capaian.write.ComputedCells;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The Excel add-in's server side: manifest, task pane page, its headers, the cells API and the pane's login. */
class AddinTest {
    private static final Path SEED000 = Path.of("examples/seed000-tw1-lampiran.xlsx");
    private static final String PUBLIC = "https://capaian.contoh.go.id";

    @TempDir
    static Path data;
    static TestServer server;
    static Client client;

    @BeforeAll
    static void start() {
        server = new TestServer(TestServer.config(data).withPublicUrl(PUBLIC + "/"));
        server.addStandardUsers();
        client = server.client();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void manifestCarriesThePublicUrlAndValidates() throws Exception {
        HttpResponse<String> r = client.get("/addin/manifest.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        String xml = r.body();
        validate(xml);
        Document d = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("TaskPaneApp", d.getDocumentElement().getAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type"));
        assertEquals(PUBLIC + "/addin/taskpane.html", attribute(d, "SourceLocation"));
        assertEquals(PUBLIC + "/addin/icon-32.png", attribute(d, "IconUrl"));
        assertEquals(PUBLIC, d.getElementsByTagName("AppDomain").item(0).getTextContent());
        assertEquals("Workbook", d.getElementsByTagName("Host").item(0).getAttributes().getNamedItem("Name").getNodeValue());
        assertEquals("ReadWriteDocument", d.getElementsByTagName("Permissions").item(0).getTextContent());
        // Every URL in it is served by this server.
        for (String u : List.of(attribute(d, "IconUrl"), attribute(d, "HighResolutionIconUrl"), attribute(d, "SourceLocation"))) {
            assertEquals(200, client.get(u.substring(PUBLIC.length())).statusCode(), u);
        }
    }

    @Test
    void withoutAPublicUrlTheManifestNamesTheServerItself() throws Exception {
        Path other = Files.createTempDirectory(data, "zonder");
        try (TestServer s = new TestServer(TestServer.config(other))) {
            String xml = s.client().get("/addin/manifest.xml").body();
            validate(xml);
            assertTrue(xml.contains("<SourceLocation DefaultValue=\"" + s.server.uri() + "/addin/taskpane.html\"/>"), xml);
        }
    }

    @Test
    void theSchemaCatchesABrokenManifest() {
        String broken = new Addin(() -> PUBLIC, ServerConfig.OFFICE_JS, ex -> { }).manifest(PUBLIC)
                .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>Everything</Permissions>");
        assertThrows(SAXException.class, () -> validate(broken));
        String noSource = new Addin(() -> PUBLIC, ServerConfig.OFFICE_JS, ex -> { }).manifest("not a url");
        assertThrows(SAXException.class, () -> validate(noSource));
    }

    @Test
    void taskPaneLoadsOfficeJsFromMicrosoftAndMayBeFramedByOffice() throws Exception {
        HttpResponse<String> r = client.get("/addin/taskpane.html");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<script src=\"" + ServerConfig.OFFICE_JS + "\"></script>"), r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self' https://appsforoffice.microsoft.com/lib/1/hosted/;"), csp);
        assertTrue(csp.contains("frame-ancestors 'self' https://*.officeapps.live.com"), csp);
        assertTrue(r.headers().firstValue("X-Frame-Options").isEmpty());
        for (String asset : List.of("/addin/taskpane.js", "/addin/taskpane.css", "/addin/icon-16.png", "/addin/icon-80.png")) {
            assertEquals(200, client.get(asset).statusCode(), asset);
        }
        // The rest of the site keeps its strict policy: no script from anywhere else, never framed.
        HttpResponse<String> page = client.get("/periksa");
        assertFalse(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("microsoft"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
        assertEquals(404, client.get("/addin/tidak-ada.js").statusCode());
    }

    @Test
    void processWithCellsGivesTheReportAndTheComputedCells() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/process?include=cells",
                Multipart.file("laporan.xlsx", Files.readAllBytes(SEED000)));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject body = Client.json(r);
        assertEquals(20.44, body.getAsJsonObject("report").getAsJsonObject("summary").get("serapan").getAsDouble());
        JsonArray cells = body.getAsJsonArray("cells");
        var expected = ComputedCells.of(new Processor(ProfileLoader.defaultProfile()).evaluate(SEED000, null));
        assertEquals(expected.size(), cells.size());
        assertFalse(body.has("workbookBase64"));
        JsonObject first = null;
        for (JsonElement e : cells) {
            JsonObject c = e.getAsJsonObject();
            assertTrue(c.get("address").getAsString().matches("[A-Z]{1,3}[1-9][0-9]*"), c.toString());
            if (c.has("formula")) {
                assertTrue(c.get("formula").getAsString().startsWith("="), c.toString());
                if (first == null) first = c;
            }
        }
        assertNotNull(first, "some cells carry formulas");
        assertEquals("Realisasi", first.get("sheet").getAsString());
    }

    @Test
    void notAWorkbookIsAClearErrorForThePane() throws Exception {
        HttpResponse<String> r = client.upload("/api/v1/process?include=cells", Multipart.file("x.xlsx", "bukan".getBytes()));
        assertEquals(415, r.statusCode());
        assertEquals("BUKAN_BUKU_KERJA", Client.json(r).get("code").getAsString());
    }

    @Test
    void thePaneLogsInWithTheSessionInAHeaderAndStillNeedsTheCsrfToken() throws Exception {
        Client pane = server.client();
        HttpResponse<String> login = pane.postJson("/api/v1/session",
                "{\"username\":\"bkd\",\"password\":\"" + TestServer.PASSWORD + "\",\"sessionInBody\":true}");
        assertEquals(200, login.statusCode());
        String secret = Client.json(login).get("sessionToken").getAsString();
        String csrf = Client.json(login).get("csrfToken").getAsString();
        // A plain login does not hand the secret to scripts.
        assertFalse(Client.json(server.client().login("bkd", TestServer.PASSWORD)).has("sessionToken"));

        Client fresh = server.client(); // no cookie: the header alone
        HttpResponse<String> me = fresh.http.send(fresh.request("/api/v1/session").header(AuthHandler.SESSION_HEADER, secret)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode());
        assertEquals("bkd", Client.json(me).getAsJsonObject("user").get("username").getAsString());

        Multipart m = Multipart.file("laporan.xlsx", Files.readAllBytes(SEED000));
        HttpResponse<String> noCsrf = fresh.http.send(fresh.request("/api/v1/submissions")
                .header(AuthHandler.SESSION_HEADER, secret).header("Content-Type", m.contentType()).POST(m.body()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, noCsrf.statusCode());
        HttpResponse<String> logout = fresh.http.send(fresh.request("/api/v1/session").header(AuthHandler.SESSION_HEADER, secret)
                .header(CsrfHandler.HEADER, csrf).method("DELETE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, logout.statusCode());
        HttpResponse<String> after = fresh.http.send(fresh.request("/api/v1/session").header(AuthHandler.SESSION_HEADER, secret)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, after.statusCode());
    }

    static void validate(String xml) throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        var schema = f.newSchema(AddinTest.class.getResource("/capaian/web/addin-manifest.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static String attribute(Document d, String element) {
        return d.getElementsByTagName(element).item(0).getAttributes().getNamedItem("DefaultValue").getNodeValue();
    }
}
