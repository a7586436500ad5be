package capaian.consolidate;

import org.jxls.builder.JxlsOutput;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes the rekap workbook: jxls fills the template (layout, labels and styles all come from it), then
 * {@link RekapDecorator} adds with POI what jxls cannot: the Excel table with autofilter on Detail and the
 * native chart of capaian and serapan per OPD.
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
        Map<String, Object> data = new HashMap<>();
        data.put("info", RowMaps.of(rekap.info()));
        data.put("opds", RowMaps.of(rekap.opds()));
        data.put("total", RowMaps.of(rekap.total()));
        data.put("programs", RowMaps.of(rekap.programs()));
        data.put("peringkatCapaian", RowMaps.of(rekap.peringkatCapaian()));
        data.put("peringkatSerapan", RowMaps.of(rekap.peringkatSerapan()));
        data.put("details", RowMaps.details(rekap.entries()));
        data.put("temuan", RowMaps.temuan(rekap));
        ByteArrayOutputStream filled = new ByteArrayOutputStream();
        JxlsOutput out = () -> filled;
        JxlsPoiTemplateFillerBuilder.newInstance()
                .withTemplate(new ByteArrayInputStream(template))
                .build()
                .fill(data, out);
        try {
            return new RekapDecorator(layout).decorate(filled.toByteArray(), rekap.opds().size(), detailRows(rekap));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int detailRows(Rekap rekap) {
        int n = 0;
        for (OpdEntry e : rekap.entries()) if (e.readable()) n += e.report().rows().size();
        return n;
    }
}
