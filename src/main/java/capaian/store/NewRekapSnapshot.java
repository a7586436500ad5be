package capaian.store;

/** A rekap to freeze when a period is closed: its JSON and its workbook, already durable in the file store. */
public record NewRekapSnapshot(String form, String rekapJson, String workbookSha256) {}
