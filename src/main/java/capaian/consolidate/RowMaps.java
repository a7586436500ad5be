package capaian.consolidate;

import capaian.report.Report;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The rekap's lines as the maps jxls reads (${o.pagu} is map.get("pagu")): plain maps, so the template's
 * expressions do not depend on how JEXL introspects records. Detail and Temuan are produced lazily, one
 * OPD at a time, while jxls writes them.
 */
final class RowMaps {
    private RowMaps() {}

    /**
     * Each record class's components, looked up once: {@code getRecordComponents()} builds them afresh on every
     * call, and called for each of a 300,000-row Detail it was most of writing the rekap.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected RecordComponent[] computeValue(Class<?> type) {
            return type.getRecordComponents();
        }
    };

    static Map<String, Object> of(Record r) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (r == null) return m;
        try {
            for (RecordComponent c : COMPONENTS.get(r.getClass())) m.put(c.getName(), c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static List<Map<String, Object>> of(List<? extends Record> rs) {
        List<Map<String, Object>> out = new ArrayList<>(rs.size());
        for (Record r : rs) out.add(of(r));
        return out;
    }

    /** Every indicator row of every readable OPD, with the OPD's kode and name in front. */
    static Iterable<Map<String, Object>> details(List<OpdEntry> entries) {
        return () -> flat(entries, e -> {
            if (!e.readable()) return List.of();
            List<Map<String, Object>> out = new ArrayList<>(e.report().rows().size());
            for (Report.Row row : e.report().rows()) out.add(new DetailRow(e, row));
            return out;
        });
    }

    /** Every finding of every OPD, the consolidation's own notes first, then the skipped files. */
    static Iterable<Map<String, Object>> temuan(Rekap rekap) {
        Iterable<Map<String, Object>> perOpd = () -> flat(rekap.entries(), e -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (RekapNote n : e.notes()) out.add(finding(e, n.severity(), n.code(), null, null, null, n.message()));
            if (e.readable()) {
                for (Report.FindingEntry f : e.report().findings()) {
                    out.add(finding(e, f.severity(), f.code(), f.sheet(), f.cell(), f.value(), f.message()));
                }
            }
            return out;
        });
        return () -> {
            List<Map<String, Object>> skipped = new ArrayList<>();
            for (Rekap.SkippedFile s : rekap.skipped()) {
                Map<String, Object> m = finding(null, "info", "REKAP_DILEWATI", null, null, null, s.reason());
                m.put("berkas", s.berkas());
                skipped.add(m);
            }
            Iterator<Map<String, Object>> a = perOpd.iterator();
            Iterator<Map<String, Object>> b = skipped.iterator();
            return new Iterator<>() {
                public boolean hasNext() { return a.hasNext() || b.hasNext(); }
                public Map<String, Object> next() { return a.hasNext() ? a.next() : b.next(); }
            };
        };
    }

    static Map<String, Object> opd(OpdEntry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kodeOpd", e.kodeOpd());
        m.put("nama", e.nama());
        m.put("berkas", e.source());
        return m;
    }

    private static Map<String, Object> finding(OpdEntry e, String severity, String code, String sheet, String cell,
                                               String value, String message) {
        Map<String, Object> m = e == null ? new LinkedHashMap<>() : opd(e);
        m.put("severity", capaian.findings.Severity.wordOf(severity));
        m.put("code", code);
        m.put("sheet", sheet);
        m.put("cell", cell);
        m.put("value", value);
        m.put("message", message);
        return m;
    }

    /** Concatenates each entry's rows, producing one entry's rows at a time. */
    private static Iterator<Map<String, Object>> flat(List<OpdEntry> entries,
                                                     Function<OpdEntry, List<Map<String, Object>>> rows) {
        Iterator<OpdEntry> outer = entries.iterator();
        return new Iterator<>() {
            Iterator<Map<String, Object>> inner = java.util.Collections.emptyIterator();

            public boolean hasNext() {
                while (!inner.hasNext() && outer.hasNext()) inner = rows.apply(outer.next()).iterator();
                return inner.hasNext();
            }

            public Map<String, Object> next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return inner.next();
            }
        };
    }
}
