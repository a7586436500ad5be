package capaian.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Bappeda's calendar for one tahun and periode: the day sending opens and the last day it is on time. An empty
 * form means every form of the periode; a form's own entry wins over it.
 */
public record Deadline(int tahun, String periode, String form, LocalDate opensOn, LocalDate dueOn, String setBy,
                       Instant setAt) {
    public static final String EVERY_FORM = "";
}
