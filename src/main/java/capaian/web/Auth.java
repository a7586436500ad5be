package capaian.web;

import capaian.store.Session;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;

/**
 * Who is asking: nobody, a browser session (cookie; needs the CSRF token to change anything), or an API
 * client (bearer token; a cross-site page cannot attach it, so no CSRF token is needed).
 */
record Auth(User user, Session session, String cookieValue) {
    static final AttachmentKey<Auth> KEY = AttachmentKey.create(Auth.class);
    static final Auth ANONYMOUS = new Auth(null, null, null);

    static Auth of(HttpServerExchange ex) {
        Auth a = ex.getAttachment(KEY);
        return a == null ? ANONYMOUS : a;
    }

    boolean viaSession() {
        return session != null;
    }

    /** A bearer token: a script, which must not mint further tokens nor change the password. */
    boolean viaToken() {
        return user != null && session == null;
    }

    /** The user, or 401. */
    User require() {
        if (user == null) throw ApiException.unauthorized();
        return user;
    }

    User requireBappeda() {
        User u = require();
        if (!u.isBappeda()) throw ApiException.forbidden("Hanya akun Bappeda yang dapat melakukan ini.");
        return u;
    }

    /** A Bappeda account that manages accounts. */
    User requireAdmin() {
        User u = require();
        if (!u.isAdmin()) {
            throw ApiException.forbidden(u.isBappeda() ? "Hanya admin akun Bappeda yang dapat mengelola akun. Minta admin akun "
                    + "Bappeda melakukannya, atau memberi akun Anda hak admin." : "Hanya admin akun Bappeda yang dapat mengelola akun.");
        }
        return u;
    }

    User requireOpd() {
        User u = require();
        if (u.isBappeda()) throw ApiException.forbidden("Hanya akun OPD yang dapat mengirim formulir.");
        return u;
    }
}
