package capaian.compute;

import capaian.model.SheetData;

import java.util.List;

/** A sheet's computation: its data, its hierarchy (null for the IKU sheet) and one result per data row. */
public record SheetResult(SheetData sheet, Hierarchy hierarchy, List<RowResult> rows) {}
