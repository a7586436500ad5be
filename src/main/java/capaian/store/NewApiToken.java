package capaian.store;

/** A token just minted: the secret (shown once, only its hash is stored) and what is stored about it. */
public record NewApiToken(String secret, ApiToken token) {}
