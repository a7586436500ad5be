package capaian.messy;

import capaian.form.Column;
import capaian.form.Role;
import capaian.model.Document;
import capaian.model.SheetData;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.read.UnreadableWorkbookException;
import capaian.read.WorkbookReader;
import capaian.report.Report;
import capaian.form.ValueType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A clean example as Capaian reads it (the seeds' figures are checked on these by the example tests): its bytes,
 * where its main sheet's columns are, and the clean report that tells each data row's level and money. The
 * clean report's totals are the truth its messy variants must still give.
 */
final class BaseExample {
    private static final Set<String> PARENT_LEVELS = Set.of("urusan", "bidang", "program", "kegiatan");

    final String name;
    final byte[] bytes;
    final Report report;
    final SheetData main;
    /** The main sheet's report rows by 1-based row number. */
    final Map<Integer, Report.Row> rows = new LinkedHashMap<>();

    private BaseExample(String name, byte[] bytes, Report report, SheetData main) {
        this.name = name;
        this.bytes = bytes;
        this.report = report;
        this.main = main;
        for (Report.Row r : report.rows()) if (r.sheet().equals(main.name())) rows.put(r.row(), r);
    }

    static BaseExample load(Path file, Processor processor) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String fileName = file.getFileName().toString();
        ProcessResult r = processor.process(new ByteArrayInputStream(bytes), fileName, null);
        if (!r.readable()) throw new IllegalStateException(fileName + ": " + r.unreadableReason());
        Document doc;
        try {
            doc = new WorkbookReader(processor.profile()).read(file, null);
        } catch (UnreadableWorkbookException e) {
            throw new IllegalStateException(fileName + ": " + e.getMessage(), e);
        }
        SheetData main = doc.sheets().stream().filter(s -> s.definition() == doc.form().mainSheet()).findFirst()
                .orElseThrow(() -> new IllegalStateException(fileName + ": no main sheet"));
        return new BaseExample(fileName.replaceFirst("\\.xlsx$", ""), bytes, r.report(), main);
    }

    private FormEdit reader;

    /** The example opened once for reading its cells (never for editing: edits open their own copy). */
    FormEdit reader() {
        if (reader == null) reader = new FormEdit(this);
        return reader;
    }

    String form() {
        return report.form();
    }

    boolean lampiran() {
        return form().equals("lampiran-realisasi");
    }

    boolean monitoring() {
        return form().equals("monitoring-capaian");
    }

    Integer column(Role role) {
        return main.column(role);
    }

    /** The input money columns of the main sheet (pagu, realisasi anggaran; Monitoring's Rp columns). */
    List<Role> moneyRoles() {
        return main.definition().columns().stream()
                .filter(c -> c.type() == ValueType.MONEY && !c.computed() && main.has(c.role()))
                .map(Column::role).toList();
    }

    /** The input columns of kinerja figures (target and realisasi; Monitoring's K columns). */
    List<Role> kinerjaRoles() {
        return main.definition().columns().stream()
                .filter(c -> !c.computed() && main.has(c.role()) && isKinerja(c.role()))
                .map(Column::role).toList();
    }

    private static boolean isKinerja(Role role) {
        return switch (role) {
            case TARGET, TARGET_TW, REALISASI, RENJA_TARGET_K, TW1_K, TW2_K, TW3_K, TW4_K -> true;
            default -> false;
        };
    }

    static boolean isRealisasi(Role role) {
        return switch (role) {
            case REALISASI, TW1_K, TW2_K, TW3_K, TW4_K -> true;
            default -> false;
        };
    }

    /** 1-based rows of the sub kegiatan (the leaves, whose money is summed). */
    List<Integer> leafRows() {
        return rows.values().stream().filter(r -> "subkegiatan".equals(r.level()) && r.pagu() != null)
                .map(Report.Row::row).toList();
    }

    /** 1-based rows where an entity above the sub kegiatan starts. */
    List<Integer> parentRows() {
        return rows.values().stream().filter(r -> PARENT_LEVELS.contains(r.level()) && r.pagu() != null)
                .map(Report.Row::row).toList();
    }

    int firstDataRow() {
        return rows.keySet().stream().mapToInt(Integer::intValue).min().orElse(main.headerRow() + 1);
    }

    int lastDataRow() {
        return rows.keySet().stream().mapToInt(Integer::intValue).max().orElse(main.headerRow() + 1);
    }

    String level(int row) {
        Report.Row r = rows.get(row);
        return r == null ? null : r.level();
    }
}
