package capaian.web;

import capaian.store.Role;
import capaian.store.User;

import java.nio.file.Path;

/** The real server on a free port of the loopback interface, on a data directory the test owns. */
final class TestServer implements AutoCloseable {
    static final String PASSWORD = "kata-sandi-uji";
    static final String KODE_BKD = "5.03.0.00.0.00.01.0000";
    static final String KODE_DINKES = "1.02.0.00.0.00.01.0000";

    final CapaianServer server;
    final ServerConfig config;

    TestServer(ServerConfig config) {
        this.config = config;
        this.server = CapaianServer.start(config);
    }

    static ServerConfig config(Path data) {
        return ServerConfig.defaults(data).withHost("127.0.0.1").withPort(0);
    }

    static TestServer start(Path data) {
        return new TestServer(config(data));
    }

    Client client() {
        return new Client(server.uri());
    }

    User addUser(String name, Role role, String kode) {
        return server.store().addUser(name, role, kode, null, PASSWORD.toCharArray());
    }

    /** The usual cast: Bappeda, and two OPDs. */
    void addStandardUsers() {
        addUser("bappeda", Role.BAPPEDA, null);
        addUser("bkd", Role.OPD, KODE_BKD);
        addUser("dinkes", Role.OPD, KODE_DINKES);
    }

    @Override
    public void close() {
        server.close();
    }
}
