package capaian.compute;

/** A cell filled from another: the source's sheet and A1 cell, and the value it holds. */
public record CellLink(String sheet, String cell, Object value) {}
