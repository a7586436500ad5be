package capaian.store;

import java.time.Instant;
import java.util.List;

/** A closed period, and the OPDs Bappeda has let send again since it was closed. */
public record PeriodLock(int tahun, String periode, String closedBy, Instant closedAt, List<String> reopenedFor) {

    public boolean refuses(String kodeOpd) {
        return !reopenedFor.contains(kodeOpd);
    }
}
