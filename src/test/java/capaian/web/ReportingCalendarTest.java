package capaian.web;

import capaian.store.Deadline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The due day ends at midnight in Jakarta (UTC+7), and a form's own deadline wins over the one for every form. */
class ReportingCalendarTest {
    static final LocalDate DUE = LocalDate.of(2023, 1, 10);

    @Test
    void theDueDayEndsAtMidnightWib() {
        // 23:59:59 WIB on the due day is 16:59:59 UTC; one second later is the next day in Jakarta
        assertTrue(ReportingCalendar.onTime(Instant.parse("2023-01-10T16:59:59Z"), DUE));
        assertFalse(ReportingCalendar.onTime(Instant.parse("2023-01-10T17:00:00Z"), DUE));
        // 06:00 WIB on 11 January is still 10 January in UTC: late all the same
        assertFalse(ReportingCalendar.onTime(Instant.parse("2023-01-10T23:00:00Z"), DUE));
        assertTrue(ReportingCalendar.onTime(Instant.parse("2023-01-09T20:00:00Z"), DUE));
    }

    @Test
    void aFormsOwnDeadlineWinsOverTheOneForEveryForm() {
        Deadline every = new Deadline(2026, "I", Deadline.EVERY_FORM, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), "a", Instant.EPOCH);
        Deadline lampiran = new Deadline(2026, "I", "lampiran-realisasi", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 15), "a", Instant.EPOCH);
        Deadline other = new Deadline(2026, "II", Deadline.EVERY_FORM, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10), "a", Instant.EPOCH);
        List<Deadline> cal = List.of(every, lampiran, other);
        assertSame(lampiran, ReportingCalendar.deadline(cal, 2026, "I", "lampiran-realisasi").orElseThrow());
        assertSame(every, ReportingCalendar.deadline(cal, 2026, "I", "monitoring-capaian").orElseThrow());
        assertSame(other, ReportingCalendar.deadline(cal, 2026, "II", "lampiran-realisasi").orElseThrow());
        assertTrue(ReportingCalendar.deadline(cal, 2026, "III", "lampiran-realisasi").isEmpty());
        assertTrue(ReportingCalendar.deadline(cal, 2025, "I", "lampiran-realisasi").isEmpty());
    }
}
