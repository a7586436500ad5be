package capaian.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Accounts, sessions and submissions, over JDBC ({@link JdbcStore}): SQLite in the data directory serves one
 * server; PostgreSQL is shared by several ({@link PostgresDatabase}). Files are in its {@link #files()}: a
 * submission row only names their content hashes.
 */
public interface Store extends AutoCloseable {

    // accounts

    /** Creates an account; throws {@link StoreException} when the username is taken. */
    User addUser(String username, Role role, String kodeOpd, String displayName, char[] password);

    Optional<User> findUser(String username);

    List<User> listUsers();

    /**
     * Sets a new password (an admin or the command line): ends every session of the user and revokes every API
     * token, since whoever knew the old password may have opened them.
     */
    Revoked setPassword(String username, char[] password);

    /**
     * The user's own password change: as {@link #setPassword} but the session it was made from (its cookie
     * value, or null) stays open.
     */
    Revoked changePassword(long userId, char[] password, String keepSessionCookie);

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

    /** How long a token lives unless its maker says otherwise. */
    Duration DEFAULT_TOKEN_LIFETIME = Duration.ofDays(90);

    /** Mints an API token; only its hash is stored, so the secret is shown once. */
    NewApiToken createApiToken(long userId, String name, Duration lifetime);

    /** Mints a token of the default lifetime and returns its secret. */
    default String createApiToken(long userId, String name) {
        return createApiToken(userId, name, DEFAULT_TOKEN_LIFETIME).secret();
    }

    /** The enabled user owning this unexpired token, noting the use; empty for an unknown, expired or revoked one. */
    Optional<User> findUserByApiToken(String token);

    /** The user's tokens, expired ones included (until revoked), newest first. */
    List<ApiToken> listApiTokens(long userId);

    Optional<ApiToken> findApiToken(long id);

    /** Deletes the token; false when there was none with this id. */
    boolean revokeApiToken(long id);

    // failed logins (the web layer's LoginThrottle)

    Optional<LoginFailures> findLoginFailures(String username, String address);

    /** Stores the count, keeping at most {@code maxRows} entries (those failed longest ago go first). */
    void saveLoginFailures(LoginFailures failures, int maxRows);

    /** Forgets one entry (a success of that pair). */
    void deleteLoginFailures(String username, String address);

    /**
     * An admin's unlock: forgets the entries of this user name (every address), or of this address (every name
     * and its ceiling), or both when both are given; a null means any. Returns how many were forgotten.
     */
    int unlockLogins(String username, String address);

    /** Entries that failed at or after {@code sinceMillis}, or are still locked at it, newest first. */
    List<LoginFailures> listLoginFailures(long sinceMillis);

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

    // Bappeda's desk (issue 15, items 2 and 3): calendar, closed periods, rekap snapshots, notes

    /** Sets (or replaces) the opening and due day of a tahun, periode and form ({@link Deadline#EVERY_FORM} for all). */
    void setDeadline(int tahun, String periode, String form, java.time.LocalDate opensOn, java.time.LocalDate dueOn,
                     long byUserId);

    boolean deleteDeadline(int tahun, String periode, String form);

    /** The calendar of a tahun, or of every tahun when null. */
    List<Deadline> listDeadlines(Integer tahun);

    Optional<PeriodLock> findPeriodLock(int tahun, String periode);

    List<PeriodLock> listPeriodLocks(Integer tahun);

    /**
     * Closes the period (again): every reopening ends and the given rekaps are kept as snapshots, in one
     * transaction. Returns the new snapshots.
     */
    List<RekapSnapshot> closePeriod(int tahun, String periode, long byUserId, List<NewRekapSnapshot> snapshots);

    /** Lets one OPD send into a closed period until it is closed again; false when the period is not closed. */
    boolean reopenPeriodFor(int tahun, String periode, String kodeOpd, long byUserId);

    /** Snapshots, newest first; a null filter does not filter. */
    List<RekapSnapshot> listSnapshots(Integer tahun, String periode);

    Optional<RekapSnapshot> findSnapshot(long id);

    Optional<String> snapshotJson(long id);

    /** A note on a row (cell null) or a cell of a submission's workbook. */
    SubmissionNote addNote(long submissionId, String sheet, int row, String cell, String note, long byUserId);

    List<SubmissionNote> listNotes(long submissionId);

    @Override
    void close();

    // Bappeda's desk (issue 15): accounts made on the web, the OPD registry, the audit log

    /**
     * Creates the accounts, all or none, each with its first password and the duty to change it at first login.
     * The slow password hashing runs before the store is locked, so other requests go on meanwhile.
     */
    List<User> addAccounts(List<NewAccount> accounts);

    /** An admin's reset: a new password the owner must change at the next login; sessions end, tokens are revoked. */
    Revoked resetPassword(String username, char[] password);

    /** Gives or takes the power to manage accounts (Bappeda accounts only). */
    void setAdmin(String username, boolean admin);

    /** Whether an enabled Bappeda admin exists. */
    boolean hasActiveAdmin();

    /** Who did what, when; see {@link AuditLog#record}. */
    AuditLog audit();

    /** The region's OPDs. */
    OpdRegistry opdRegistry();

    // files in the shared store (issue 16)

    /** Where this store keeps uploaded originals and results: on disk beside SQLite, in PostgreSQL itself. */
    StoredFiles files();

    /**
     * Stores the files and the new version together: on PostgreSQL in one transaction, so that a crash never leaves
     * a row without its files or files without their row; on SQLite the files are durable before the row commits.
     */
    Submission addSubmission(NewSubmission submission, java.util.List<FileContent> files);

    /**
     * Changes one failed-login entry atomically, whichever server counts the failure: {@code change} gets the
     * entry (null when there is none) and returns the new one; two servers counting at once both count.
     */
    LoginFailures changeLoginFailures(String username, String address, java.util.function.UnaryOperator<LoginFailures> change,
                                      int maxRows);
}
