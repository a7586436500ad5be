package capaian.web;

import capaian.store.Deadline;
import capaian.store.Store;
import capaian.store.Submission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Bappeda's reporting calendar read for one (tahun, periode, form): the deadline in force (the form's own, else
 * the one for every form), whether a submission came on time, and how many days remain. Days are counted in the
 * region's time zone, since a due day ends at midnight where the OPDs work.
 */
final class ReportingCalendar {
    static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    static final String TEPAT_WAKTU = "tepat waktu";
    static final String TERLAMBAT = "terlambat";

    /** What the matrix and the OPD's page show for one form of one OPD. */
    record Timeliness(String ketepatan, String dibuka, String batas, Long sisaHari) {
        static final Timeliness NONE = new Timeliness(null, null, null, null);
    }

    private final Store store;
    private final Clock clock;

    ReportingCalendar(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    static Optional<Deadline> deadline(List<Deadline> calendar, int tahun, String periode, String form) {
        Deadline every = null;
        for (Deadline d : calendar) {
            if (d.tahun() != tahun || !d.periode().equals(periode)) continue;
            if (d.form().equals(form)) return Optional.of(d);
            if (d.form().equals(Deadline.EVERY_FORM)) every = d;
        }
        return Optional.ofNullable(every);
    }

    List<Deadline> of(int tahun) {
        return store.listDeadlines(tahun);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /**
     * On time when the first version arrived by the end of the due day; a later correction does not make a
     * report that came on time late. Days remaining only while nothing came.
     */
    Timeliness timeliness(List<Deadline> calendar, int tahun, String periode, String form, Submission firstVersion) {
        Deadline d = deadline(calendar, tahun, periode, form).orElse(null);
        if (d == null) return Timeliness.NONE;
        String opens = d.opensOn().toString(), due = d.dueOn().toString();
        if (firstVersion != null) {
            return new Timeliness(onTime(firstVersion.submittedAt(), d.dueOn()) ? TEPAT_WAKTU : TERLAMBAT, opens, due, null);
        }
        return new Timeliness(null, opens, due, ChronoUnit.DAYS.between(today(), d.dueOn()));
    }

    static boolean onTime(Instant sent, LocalDate dueOn) {
        return !LocalDate.ofInstant(sent, ZONE).isAfter(dueOn);
    }
}
