package capaian.store;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;

/**
 * A PostgreSQL database named by a URL ({@code postgresql://host[:port]/db?user=...}, as {@code --database} or
 * {@code CAPAIAN_DATABASE_URL}); the password comes from {@code CAPAIAN_DATABASE_PASSWORD} or the file named by
 * {@code CAPAIAN_DATABASE_PASSWORD_FILE}, never from the URL, which shows in the process list and shell history.
 */
public final class PostgresDatabase {
    public static final String URL_ENV = "CAPAIAN_DATABASE_URL";
    public static final String PASSWORD_ENV = "CAPAIAN_DATABASE_PASSWORD";
    public static final String PASSWORD_FILE_ENV = "CAPAIAN_DATABASE_PASSWORD_FILE";
    public static final String POOL_ENV = "CAPAIAN_DATABASE_POOL";
    static final int DEFAULT_POOL = 8;

    private final String jdbcUrl;
    private final String shown;
    private final Properties props;
    private final int poolSize;

    private PostgresDatabase(String jdbcUrl, String shown, Properties props, int poolSize) {
        this.jdbcUrl = jdbcUrl;
        this.shown = shown;
        this.props = props;
        this.poolSize = poolSize;
    }

    /** True for the URLs this class opens (anything else is a data directory's SQLite). */
    public static boolean isUrl(String s) {
        return s != null && (s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql://"));
    }

    public static PostgresDatabase fromEnvironment(String url) {
        return parse(url, System.getenv());
    }

    static PostgresDatabase parse(String url, Map<String, String> env) {
        if (!isUrl(url)) {
            throw new StoreException("alamat basis data harus berbentuk postgresql://HOST[:PORT]/NAMA_DB?user=PENGGUNA, bukan \""
                    + url + "\"");
        }
        String plain = url.startsWith("jdbc:") ? url.substring(5) : url;
        URI u;
        try {
            u = new URI(plain.replaceFirst("^postgres(ql)?://", "postgresql://"));
        } catch (URISyntaxException e) {
            throw new StoreException("alamat basis data tidak sah: " + e.getMessage());
        }
        if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
            throw new StoreException("alamat basis data harus menyebut host dan nama basis data: postgresql://HOST/NAMA_DB?user=PENGGUNA");
        }
        Properties p = new Properties();
        String user = u.getUserInfo();
        if (user != null && user.contains(":")) {
            throw new StoreException("jangan tulis kata sandi di alamat basis data (terlihat di daftar proses); pakai "
                    + PASSWORD_ENV + " atau " + PASSWORD_FILE_ENV);
        }
        if (user != null) p.setProperty("user", user);
        StringBuilder query = new StringBuilder();
        if (u.getRawQuery() != null) {
            for (String kv : u.getRawQuery().split("&")) {
                if (kv.isEmpty()) continue;
                String key = kv.split("=", 2)[0];
                if (key.equalsIgnoreCase("password")) {
                    throw new StoreException("jangan tulis kata sandi di alamat basis data (terlihat di daftar proses); pakai "
                            + PASSWORD_ENV + " atau " + PASSWORD_FILE_ENV);
                }
                query.append(query.length() == 0 ? "?" : "&").append(kv);
            }
        }
        String password = password(env);
        if (password != null) p.setProperty("password", password);
        p.setProperty("ApplicationName", "capaian");
        p.setProperty("tcpKeepAlive", "true");
        String hostPort = u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
        String jdbc = "jdbc:postgresql://" + hostPort + u.getRawPath() + query;
        int pool = DEFAULT_POOL;
        String poolText = env.get(POOL_ENV);
        if (poolText != null && !poolText.isBlank()) {
            try {
                pool = Integer.parseInt(poolText.trim());
            } catch (NumberFormatException e) {
                throw new StoreException(POOL_ENV + " harus bilangan bulat, bukan \"" + poolText + "\"");
            }
            if (pool < 1 || pool > 200) throw new StoreException(POOL_ENV + " harus antara 1 dan 200");
        }
        return new PostgresDatabase(jdbc, "postgresql://" + hostPort + u.getRawPath(), p, pool);
    }

    private static String password(Map<String, String> env) {
        String direct = env.get(PASSWORD_ENV);
        if (direct != null && !direct.isEmpty()) return direct;
        String file = env.get(PASSWORD_FILE_ENV);
        if (file == null || file.isBlank()) return null;
        try {
            return Files.readString(Path.of(file.trim()), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new StoreException("berkas kata sandi basis data " + file + " tidak terbaca: " + e.getMessage());
        }
    }

    /** The JDBC URL without secrets, for tests and tools. */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /** Where it is, without secrets: fit for a log line. */
    public String shown() {
        return shown;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, props);
    }

    /** Opens the store, migrating the schema first (one server at a time). */
    public JdbcStore open(PasswordHasher hasher) {
        try {
            try (Connection c = connect()) {
                Migrations.apply(c, Dialect.POSTGRESQL);
            }
            return new JdbcStore(Dialect.POSTGRESQL, new Connections.Pool(this::connect, poolSize), DatabaseFiles::new, hasher);
        } catch (SQLException e) {
            throw new StoreException("basis data " + shown + " tidak dapat dibuka: " + e.getMessage(), e);
        }
    }

    public JdbcStore open() {
        return open(new PasswordHasher());
    }
}
