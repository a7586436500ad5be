package capaian.web;

import capaian.store.StoredFiles;
import capaian.store.Store;
import io.undertow.server.RoutingHandler;

/** Bappeda's desk (issue 15, items 2 and 3), registered in one line of the server. */
final class DeskRoutes {
    private DeskRoutes() {}

    static void register(RoutingHandler api, Store store, StoredFiles files, Workbooks workbooks, RekapRoute rekap) {
        new CalendarRoutes(store).register(api);
        new PeriodRoutes(store, files, rekap, workbooks).register(api);
        new VerificationRoutes(store, files, workbooks).register(api);
    }
}
