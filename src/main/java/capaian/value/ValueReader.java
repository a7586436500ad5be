package capaian.value;

import capaian.rules.Profile;

import java.math.BigDecimal;

/**
 * Reads a cell's content as the rules say (RULES section 3): numeric cells as they are, text through the
 * Indonesian number conventions, units, predicates and the nil marker. Pure: no POI.
 */
public final class ValueReader {
    private final Profile profile;

    public ValueReader(Profile profile) {
        this.profile = profile;
    }

    /** A numeric cell (or a formula's cached number): taken as it is. */
    public CellValue readNumber(double value, ValueType type) {
        throw new UnsupportedOperationException("TODO");
    }

    /** A text cell (or a formula's cached text) in a column of the given type. */
    public CellValue readText(String text, ValueType type) {
        throw new UnsupportedOperationException("TODO");
    }

    /** An Excel error value such as #DIV/0!. */
    public CellValue readError(String errorText) {
        throw new UnsupportedOperationException("TODO");
    }
}
