package capaian.web;

import capaian.store.FileStore;
import capaian.store.NewSubmission;
import capaian.store.Submission;
import capaian.store.SubmissionKey;
import capaian.store.SubmissionStatus;
import capaian.store.User;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Puts submissions straight into a running server's store, with real files, so that access control, the
 * matrix and persistence are tested without depending on the workbook processor.
 */
final class StoredSubmissions {
    private StoredSubmissions() {}

    static Submission add(TestServer s, Path data, User by, int tahun, String periode, String form, byte[] original,
                          boolean errors) {
        FileStore files = new FileStore(data);
        String originalHash = files.put(original);
        String resultHash = files.put(("hasil:" + new String(original, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
        return s.server.store().addSubmission(new NewSubmission(new SubmissionKey(by.kodeOpd(), tahun, periode, form),
                "OPD " + by.username(), errors ? SubmissionStatus.ADA_TEMUAN : SubmissionStatus.DITERIMA, errors ? 3 : 0, 1, 0,
                "laporan " + by.username() + ".xlsx", originalHash, original.length, resultHash,
                "{\"form\":\"" + form + "\",\"summary\":{\"errors\":" + (errors ? 3 : 0) + "}}", by.id()));
    }
}
