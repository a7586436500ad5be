package capaian.compute;

import capaian.model.SheetData;

import java.util.List;

/**
 * A sheet's computation: its data, its hierarchy (null for the IKU and Indeks sheets), one result per data
 * row, and for the Indeks sheet its blocks (else null).
 */
public record SheetResult(SheetData sheet, Hierarchy hierarchy, List<RowResult> rows, IndexSheet index) {
    public SheetResult(SheetData sheet, Hierarchy hierarchy, List<RowResult> rows) {
        this(sheet, hierarchy, rows, null);
    }
}
