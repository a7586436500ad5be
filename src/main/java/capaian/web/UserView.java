package capaian.web;

import capaian.store.User;

/** A user as the API shows it: never the password hash. */
record UserView(String username, String role, String kodeOpd, String displayName) {
    static UserView of(User u) {
        return new UserView(u.username(), u.role().id(), u.kodeOpd(), u.displayName());
    }
}
