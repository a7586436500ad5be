package capaian.rules;

import java.math.BigDecimal;
import java.util.List;

/** A named category scale (RULES section 7): bands, best first. */
public record Scale(String name, List<Band> bands) {

    public Scale {
        bands = List.copyOf(bands);
    }

    /** The label of the band holding {@code value}, or null when no band does (a gap in a custom profile). */
    public String categorize(BigDecimal value) {
        if (value == null) return null;
        for (Band b : bands) {
            if (b.contains(value)) return b.label();
        }
        return null;
    }

    public Band band(String label) {
        for (Band b : bands) {
            if (b.label().equals(label)) return b;
        }
        return null;
    }
}
