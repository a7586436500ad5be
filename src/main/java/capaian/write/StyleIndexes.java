package capaian.write;

import capaian.form.ValueType;

/**
 * The cell styles the streaming write-back puts on cells, as indexes into the workbook's cell formats
 * ({@code cellXfs}): the same styles {@link Styles} makes for POI workbooks, under the same keys, each created
 * once and reused (also from an earlier run, so processing twice adds none).
 */
interface StyleIndexes {
    int title();

    int label();

    int header();

    /** An input cell of a column of this type: unlocked, white. */
    int input(ValueType type);

    /** A computed cell of a column of this type: grey, locked. */
    int computed(ValueType type);

    /** A copy of the style at {@code base} (the default style when there is none such) with a solid fill. */
    int withFill(int base, String rgbHex);

    /** How many cell formats the workbook has now. */
    int count();
}
