package capaian.store;

import java.util.logging.Logger;

/**
 * Placeholder of the audit log until the accounts branch (issue 15, item 1) brings the stored one with the
 * same name and method; until then each action is only logged.
 */
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

    public void record(long actorUserId, String action, String target, String detail) {
        LOG.info("audit: user " + actorUserId + " " + action + " " + target + (detail == null ? "" : " (" + detail + ")"));
    }
}
