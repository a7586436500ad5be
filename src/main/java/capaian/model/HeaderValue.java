package capaian.model;

/** A header-block field as found: its text and the A1 cell it came from (null when absent). */
public record HeaderValue(String key, String text, String cell) {}
