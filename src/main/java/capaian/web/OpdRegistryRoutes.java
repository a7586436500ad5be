package capaian.web;

import capaian.consolidate.OpdList;
import capaian.store.AuditLog;
import capaian.store.OpdRegistry;
import capaian.store.Store;
import capaian.store.StoreException;
import capaian.store.User;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.RoutingHandler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The OPD registry on the web, for Bappeda: list (with how many accounts each OPD has), import the OPD list
 * workbook or JSON (the same files the rekap took), add or change one OPD, delete one.
 */
final class OpdRegistryRoutes {
    private static final Logger LOG = Logger.getLogger(OpdRegistryRoutes.class.getName());

    record Row(String kode, String nama, String urusan, int akun) {}

    record Rows(List<Row> opd) {}

    record Imported(String message, int added, int updated, int unchanged, List<Row> opd) {}

    private final Store store;
    private final Uploads uploads;

    OpdRegistryRoutes(Store store, Uploads uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    void register(RoutingHandler r) {
        r.get("/api/v1/opd", this::list);
        r.post("/api/v1/opd", this::save);
        r.post("/api/v1/opd/import", this::importFile);
        r.delete("/api/v1/opd/{kode}", this::delete);
    }

    /**
     * The OPD list the rekap kept as a file before the registry existed is taken into an empty registry once,
     * so that an upgrade loses no names.
     */
    static void adoptListFile(Store store, Path file) {
        if (!Files.exists(file) || !store.opdRegistry().list().isEmpty()) return;
        try {
            List<OpdRegistry.Opd> opds = OpdList.read(Files.readAllBytes(file)).opds().stream()
                    .filter(o -> o.kode() != null && o.nama() != null).map(o -> new OpdRegistry.Opd(o.kode(), o.nama(), o.urusan())).toList();
            if (opds.isEmpty()) return;
            store.opdRegistry().importAll(opds);
            LOG.info(opds.size() + " OPD taken from " + file + " into the registry");
        } catch (IOException | OpdList.OpdListException | StoreException e) {
            LOG.warning("OPD list " + file + " not taken into the registry: " + e.getMessage());
        }
    }

    private void list(HttpServerExchange ex) {
        Auth.of(ex).requireBappeda();
        Json.ok(ex, new Rows(rows()));
    }

    private List<Row> rows() {
        Map<String, Integer> accounts = new HashMap<>();
        for (User u : store.listUsers()) if (u.kodeOpd() != null && !u.disabled()) accounts.merge(u.kodeOpd(), 1, Integer::sum);
        return store.opdRegistry().list().stream().map(o -> new Row(o.kode(), o.nama(), o.urusan(),
                accounts.getOrDefault(o.kode(), 0))).toList();
    }

    private void importFile(HttpServerExchange ex) throws IOException {
        User u = Auth.of(ex).requireBappeda();
        Upload up = uploads.read(ex);
        List<OpdRegistry.Opd> opds;
        try {
            opds = OpdList.read(up.bytes()).opds().stream().map(o -> new OpdRegistry.Opd(o.kode(), o.nama(), o.urusan())).toList();
        } catch (OpdList.OpdListException e) {
            throw ApiException.unprocessable("DAFTAR_OPD_TIDAK_SAH", e.getMessage());
        }
        if (opds.isEmpty()) throw ApiException.unprocessable("DAFTAR_OPD_KOSONG", "Daftar OPD tidak berisi satu OPD pun. Berkas "
                + "perlu baris judul \"Kode OPD\" dan \"Nama OPD\" dengan satu OPD per baris di bawahnya.");
        OpdRegistry.ImportResult r;
        try {
            r = store.opdRegistry().importAll(opds);
        } catch (StoreException e) {
            throw ApiException.unprocessable("DAFTAR_OPD_TIDAK_SAH", e.getMessage() + " Tidak ada yang disimpan dari berkas ini.");
        }
        store.audit().record(u.id(), AuditLog.OPD_IMPORTED, up.fileName(), r.added() + " OPD baru, " + r.updated()
                + " diperbarui, " + r.unchanged() + " tetap");
        LOG.info("OPD registry import by " + u.username() + ": " + r);
        Json.ok(ex, new Imported(opds.size() + " OPD dibaca: " + r.added() + " baru, " + r.updated() + " diperbarui, "
                + r.unchanged() + " tidak berubah.", r.added(), r.updated(), r.unchanged(), rows()));
    }

    private void save(HttpServerExchange ex) {
        User u = Auth.of(ex).requireBappeda();
        JsonBody body = JsonBody.read(ex, "kode", "nama", "urusan");
        boolean known;
        OpdRegistry.Opd o;
        try {
            known = store.opdRegistry().find(body.optionalText("kode", 200)).isPresent();
            o = store.opdRegistry().save(body.optionalText("kode", 200), body.optionalText("nama", 400), body.optionalText("urusan", 400));
        } catch (StoreException e) {
            throw ApiException.unprocessable("DATA_OPD_TIDAK_SAH", e.getMessage());
        }
        store.audit().record(u.id(), AuditLog.OPD_SAVED, o.kode(), (known ? "diubah: " : "ditambahkan: ") + o.nama()
                + (o.urusan() == null ? "" : " (urusan " + o.urusan() + ")"));
        Json.ok(ex, Map.of("message", "OPD " + o.kode() + " " + (known ? "diubah." : "ditambahkan."), "opd", o));
    }

    private void delete(HttpServerExchange ex) {
        User u = Auth.of(ex).requireBappeda();
        String kode = Requests.pathParam(ex, "kode");
        OpdRegistry.Opd o = store.opdRegistry().find(kode).orElseThrow(() -> ApiException.notFound("OPD dengan kode itu tidak ada "
                + "di daftar."));
        store.opdRegistry().delete(o.kode());
        store.audit().record(u.id(), AuditLog.OPD_DELETED, o.kode(), o.nama());
        Json.ok(ex, Map.of("message", "OPD " + o.kode() + " (" + o.nama() + ") dihapus dari daftar. Akun dan kirimannya tetap ada."));
    }
}
