package capaian.store;

import java.util.Locale;

/** What an account may do: an OPD submits and sees its own forms; Bappeda sees everything. */
public enum Role {
    OPD, BAPPEDA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String s) {
        return switch (s == null ? "" : s.trim().toLowerCase(Locale.ROOT)) {
            case "opd" -> OPD;
            case "bappeda" -> BAPPEDA;
            default -> throw new IllegalArgumentException("peran harus opd atau bappeda, bukan \"" + s + "\"");
        };
    }
}
