package capaian.consolidate;

import org.jxls.builder.JxlsOutput;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes the rekap workbook: jxls fills the template (layout, labels and styles all come from it), then
 * {@link RekapDecorator} adds with POI what jxls cannot: the Excel table with autofilter on Detail and the
 * native chart of capaian and serapan per OPD.
 *
 * <p>Detail and Temuan hold one row per indicator and per finding of every OPD (18,000 and more for 60 OPDs,
 * 300,000 for 1,000). jxls evaluates every cell's expression through JEXL into an in-memory XSSF sheet, which
 * took most of the time and heap of a rekap; so when the template's row for such a listing is plain
 * ({@code ${d.field}} cells only, nothing below), jxls renders its first row only (with the template's styles)
 * and {@link ListingRows} writes the rest into the sheet XML in the styles jxls gave that first row. A template whose row
 * holds anything else is filled by jxls entirely, as before.
 */
public final class RekapWriter {
    private final byte[] template;
    private final RekapLayout layout;

    public RekapWriter(byte[] template) {
        this.template = template;
        try {
            this.layout = RekapLayout.of(template);
        } catch (IOException e) {
            throw new UncheckedIOException("the rekap template cannot be read", e);
        }
    }

    /** The committed template, shipped in the jar (templates-xlsx/ is on the classpath as templates/). */
    public static RekapWriter standard() {
        try (InputStream in = RekapWriter.class.getResourceAsStream("/templates/" + RekapTemplate.FILE)) {
            if (in == null) throw new IllegalStateException("templates/" + RekapTemplate.FILE + " missing from the jar");
            return new RekapWriter(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] write(Rekap rekap) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(rekap, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the rekap workbook to {@code out} (not closed). */
    public void write(Rekap rekap, OutputStream out) throws IOException {
        Map<String, Object> data = new HashMap<>();
        data.put("info", RowMaps.of(rekap.info()));
        data.put("opds", RowMaps.of(rekap.opds()));
        data.put("total", RowMaps.of(rekap.total()));
        data.put("programs", RowMaps.of(rekap.programs()));
        data.put("peringkatCapaian", RowMaps.of(rekap.peringkatCapaian()));
        data.put("peringkatSerapan", RowMaps.of(rekap.peringkatSerapan()));
        List<RekapDecorator.Streamed> streamed = new ArrayList<>();
        data.put("details", firstOnly(layout.details(), RowMaps.details(rekap.entries()), streamed));
        data.put("temuan", firstOnly(layout.temuan(), RowMaps.temuan(rekap), streamed));
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        JxlsOutput jxlsOut = () -> filled;
        ListingRows[] rest = new ListingRows[1];
        // Decorated in the workbook jxls filled, before jxls saves it: saving it and opening it again to decorate
        // it cost about a fifth of a rekap's writing.
        JxlsPoiTemplateFillerBuilder.newInstance()
                .withTemplate(new ByteArrayInputStream(template))
                .withPreWriteAction((transformer, context) -> rest[0] = new RekapDecorator(layout).decorate(
                        ((PoiTransformer) transformer).getXSSFWorkbook(), rekap.opds().size(), detailRows(rekap), streamed))
                .build()
                .fill(data, jxlsOut);
        if (rest[0] == null) filled.writeTo(out);
        else rest[0].write(filled.toByteArray(), out);
    }

    /** For a plain listing: jxls gets the first row, the rest is left to the decorator to stream. */
    private static Iterable<Map<String, Object>> firstOnly(RekapLayout.Listing listing, Iterable<Map<String, Object>> rows,
                                                          List<RekapDecorator.Streamed> streamed) {
        if (listing == null || !listing.plain()) return rows;
        Iterator<Map<String, Object>> it = rows.iterator();
        if (!it.hasNext()) return List.of();
        Map<String, Object> first = it.next();
        streamed.add(new RekapDecorator.Streamed(listing, it));
        return List.of(first);
    }

    private static int detailRows(Rekap rekap) {
        int n = 0;
        for (OpdEntry e : rekap.entries()) if (e.readable()) n += e.report().rows().size();
        return n;
    }
}
