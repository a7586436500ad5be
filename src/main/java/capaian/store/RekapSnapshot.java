package capaian.store;

import java.time.Instant;

/** The rekap of a form for a closed period as it stood at the close; its JSON is fetched separately. */
public record RekapSnapshot(long id, int tahun, String periode, String form, String workbookSha256, String createdBy,
                            Instant createdAt) {}
