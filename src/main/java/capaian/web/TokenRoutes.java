package capaian.web;

import capaian.store.ApiToken;
import capaian.store.NewApiToken;
import capaian.store.Store;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * API tokens: minted on a session whose password was typed recently (or is typed again), each with a name and an
 * expiry; listed and revoked one by one by their owner, and by Bappeda for any user.
 */
final class TokenRoutes {
    private static final Logger LOG = Logger.getLogger(TokenRoutes.class.getName());
    static final int MAX_NAME = 100;

    record Minted(String token, long id, String name, String createdAt, String expiresAt, String message) {}

    record Tokens(List<TokenView> tokens) {}

    private final Store store;
    private final LoginThrottle throttle;
    private final CredentialPolicy policy;

    TokenRoutes(Store store, LoginThrottle throttle, CredentialPolicy policy) {
        this.store = store;
        this.throttle = throttle;
        this.policy = policy;
    }

    void register(RoutingHandler r) {
        r.post("/api/v1/tokens", this::mint);
        r.get("/api/v1/tokens", this::listOwn);
        r.delete("/api/v1/tokens/{id}", this::revoke);
        r.get("/api/v1/users/{username}/tokens", this::listOfUser);
        r.delete("/api/v1/users/{username}/tokens", this::revokeAllOfUser);
    }

    private void mint(HttpServerExchange ex) {
        Auth a = Auth.of(ex);
        User u = a.require();
        if (!a.viaSession()) {
            // A token minting tokens would let a stolen one outlive its own expiry and revocation.
            throw ApiException.forbidden("Token API baru dibuat setelah masuk dengan kata sandi (sesi browser) atau "
                    + "dengan perintah scripts/capaian user token, bukan dengan token API lain.");
        }
        int maxDays = (int) Math.min(Integer.MAX_VALUE, policy.maxTokenLifetime().toDays());
        JsonBody body = JsonBody.readOptional(ex, "name", "days", "password");
        String name = body.optionalText("name", MAX_NAME);
        Integer days = body.optionalWholeNumber("days", 1, maxDays);
        String password = body.optionalText("password", SessionRoutes.MAX_PASSWORD);
        boolean fresh = Duration.between(a.session().createdAt(), Instant.now()).compareTo(policy.reauthWindow()) <= 0;
        if (password != null) {
            SessionRoutes.verifyPassword(store, throttle, ex, u, password);
        } else if (!fresh) {
            throw new ApiException(403, "PERLU_KATA_SANDI", "Anda masuk lebih dari " + policy.reauthWindow().toMinutes()
                    + " menit yang lalu. Ketik ulang kata sandi Anda (kolom \"password\") untuk membuat token API.");
        }
        Duration lifetime = days == null ? policy.tokenLifetime() : Duration.ofDays(days);
        NewApiToken t = store.createApiToken(u.id(), name == null || name.isBlank() ? "dibuat lewat API" : name.strip(), lifetime);
        LOG.info("API token " + t.token().id() + " minted by " + u.username() + ", expires " + t.token().expiresAt());
        store.audit().record(u.id(), capaian.store.AuditLog.TOKEN_MINTED, u.username(), "token " + t.token().id() + " \""
                + t.token().name() + "\", berlaku sampai " + t.token().expiresAt());
        Json.send(ex, 201, new Minted(t.secret(), t.token().id(), t.token().name(), t.token().createdAt().toString(),
                t.token().expiresAt().toString(), "Simpan token ini sekarang; token tidak dapat ditampilkan lagi. "
                + "Berlaku sampai " + t.token().expiresAt() + " (UTC)."));
    }

    private void listOwn(HttpServerExchange ex) {
        User u = Auth.of(ex).require();
        Json.ok(ex, tokensOf(u));
    }

    /** The owner's or Bappeda's; anyone else gets the same 404 as for a token that does not exist. */
    private void revoke(HttpServerExchange ex) {
        User u = Auth.of(ex).require();
        ApiToken t = tokenId(ex).flatMap(store::findApiToken)
                .filter(x -> u.isBappeda() || x.username().equalsIgnoreCase(u.username()))
                .orElseThrow(() -> ApiException.notFound("Token API tidak ditemukan (mungkin sudah dicabut)."));
        store.revokeApiToken(t.id());
        LOG.info("API token " + t.id() + " of " + t.username() + " revoked by " + u.username());
        store.audit().record(u.id(), capaian.store.AuditLog.TOKEN_REVOKED, t.username(), "token " + t.id());
        Json.ok(ex, Map.of("message", "Token \"" + (t.name() == null ? t.id() : t.name()) + "\" milik " + t.username()
                + " dicabut."));
    }

    private void listOfUser(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        Json.ok(ex, tokensOf(namedUser(ex)));
    }

    private void revokeAllOfUser(HttpServerExchange ex) {
        User admin = Auth.of(ex).requireBappeda();
        User u = namedUser(ex);
        int n = 0;
        for (ApiToken t : store.listApiTokens(u.id())) {
            if (store.revokeApiToken(t.id())) n++;
        }
        LOG.info(n + " API tokens of " + u.username() + " revoked by " + admin.username());
        store.audit().record(admin.id(), capaian.store.AuditLog.TOKEN_REVOKED, u.username(), "semua token: " + n);
        Json.ok(ex, Map.of("revoked", n, "message", n + " token API milik " + u.username() + " dicabut."));
    }

    private Tokens tokensOf(User u) {
        Instant now = Instant.now();
        return new Tokens(store.listApiTokens(u.id()).stream().map(t -> TokenView.of(t, now)).toList());
    }

    private User namedUser(HttpServerExchange ex) {
        String name = Requests.pathParam(ex, "username");
        return (name == null ? java.util.Optional.<User>empty() : store.findUser(name))
                .orElseThrow(() -> ApiException.notFound("Pengguna \"" + LoginThrottle.printable(name) + "\" tidak ada."));
    }

    private static java.util.Optional<Long> tokenId(HttpServerExchange ex) {
        try {
            return java.util.Optional.of(Long.parseLong(Requests.pathParam(ex, "id")));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
