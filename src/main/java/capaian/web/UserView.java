package capaian.web;

import capaian.store.User;

/**
 * A user as the API shows it: never the password hash.
 *
 * @param admin              a Bappeda account that manages accounts
 * @param mustChangePassword the password was given out by an admin and must be changed before anything else
 */
record UserView(String username, String role, String kodeOpd, String displayName, boolean admin, boolean mustChangePassword) {
    static UserView of(User u) {
        return new UserView(u.username(), u.role().id(), u.kodeOpd(), u.displayName(), u.isAdmin(), u.mustChangePassword());
    }
}
