package capaian.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, sessions and submissions. SQLite serves one server ({@link SqliteStore}); the interface is
 * what a PostgreSQL implementation would provide so that several servers share one database.
 * Files live beside it in a {@link FileStore}: a submission row only names their content hashes.
 */
public interface Store extends AutoCloseable {

    // accounts

    /** Creates an account; throws {@link StoreException} when the username is taken. */
    User addUser(String username, Role role, String kodeOpd, String displayName, char[] password);

    Optional<User> findUser(String username);

    List<User> listUsers();

    void setPassword(String username, char[] password);

    /** Disables or enables an account; disabling also ends its sessions and revokes its tokens. */
    void setDisabled(String username, boolean disabled);

    boolean hasActiveBappeda();

    /** The enabled user whose password matches, or empty; takes the same time whether or not the user exists. */
    Optional<User> authenticate(String username, char[] password);

    // sessions and API tokens

    /** Starts a session and returns the secret cookie value; only its hash is stored. */
    String createSession(long userId, Duration lifetime, String csrfToken);

    Optional<Session> findSession(String cookieValue);

    void deleteSession(String cookieValue);

    /** Creates an API token for the user and returns it; only its hash is stored, so it is shown once. */
    String createApiToken(long userId, String label);

    Optional<User> findUserByApiToken(String token);

    // submissions

    /** Stores a new version (1 for a new key, else last + 1) in one transaction; its files must be durable. */
    Submission addSubmission(NewSubmission submission);

    Optional<Submission> findSubmission(long id);

    Optional<String> reportJson(long id);

    List<Submission> listSubmissions(SubmissionQuery query);

    /** Bappeda's verdict on one version. */
    Submission setStatus(long id, SubmissionStatus status, String note, long byUserId);

    /** Every OPD kode known from accounts or submissions, sorted. */
    List<String> knownOpds();

    @Override
    void close();
}
