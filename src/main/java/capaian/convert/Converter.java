package capaian.convert;

import capaian.evaluate.Evaluation;
import capaian.process.ProcessResult;
import capaian.process.Processor;
import capaian.read.UnreadableWorkbookException;
import capaian.report.Report;
import capaian.report.ReportBuilder;
import capaian.report.ReportJson;
import capaian.rules.Profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * One conversion, by format: a workbook (.xlsx, .xlsm, .xls) to JSON, CSV or a result .xlsx; a JSON report to
 * a filled workbook (or on to CSV). Shared by the {@code convert} command and the API.
 */
public final class Converter {
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        JSON("application/json; charset=utf-8"),
        CSV("text/csv; charset=utf-8"),
        ZIP("application/zip");

        public final String contentType;

        Format(String contentType) {
            this.contentType = contentType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format a file name's extension names; .xls and .xlsm are read as workbooks, written as .xlsx. */
        public static Format of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".json")) return JSON;
            if (n.endsWith(".csv")) return CSV;
            if (n.endsWith(".zip")) return ZIP;
            if (n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls")) return XLSX;
            return null;
        }

        public static Format parse(String name) {
            if (name == null) return null;
            try {
                return valueOf(name.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    /** What a conversion gives: the bytes, their format (a CSV of several sheets is a zip) and a file name. */
    public record Output(byte[] bytes, Format format, String fileName) {}

    private final Profile profile;
    private final Processor processor;

    public Converter(Profile profile) {
        this.profile = profile;
        this.processor = new Processor(profile);
    }

    /**
     * @param formId    the form to read a workbook as, or null to recognise it
     * @param separator {@code ;} or {@code ,} for CSV
     * @param triwulan  for JSON to workbook: the triwulan (1-4) to put in the header, or null to keep the report's
     */
    public Output convert(byte[] input, String inputName, Format to, String formId, char separator, Integer triwulan)
            throws ConvertException, UnreadableWorkbookException, IOException {
        String base = baseName(inputName);
        if (isJson(input, inputName)) {
            byte[] workbook = fromJson(input, triwulan);
            if (to == Format.XLSX) return new Output(workbook, Format.XLSX, base + ".xlsx");
            if (to == Format.JSON) throw new ConvertException("Masukan dan keluaran sama-sama JSON; pilih xlsx atau csv.");
            return convert(workbook, base + ".xlsx", to, formId, separator, null);
        }
        return switch (to) {
            case XLSX -> {
                ProcessResult r = processor.process(new ByteArrayInputStream(input), inputName, formId);
                if (!r.readable()) throw new UnreadableWorkbookException(r.unreadableReason());
                yield new Output(r.workbook(), Format.XLSX, base + "-hasil.xlsx");
            }
            case JSON -> {
                Report report = ReportBuilder.build(evaluate(input, formId));
                yield new Output(ReportJson.toJson(report).getBytes(StandardCharsets.UTF_8), Format.JSON, base + ".json");
            }
            case CSV, ZIP -> {
                Map<String, byte[]> sheets = CsvExport.sheets(evaluate(input, formId), separator);
                if (to == Format.CSV && sheets.size() == 1) {
                    yield new Output(sheets.values().iterator().next(), Format.CSV, base + ".csv");
                }
                yield new Output(CsvExport.zip(sheets), Format.ZIP, base + "-csv.zip");
            }
        };
    }

    public Evaluation evaluate(byte[] workbook, String formId) throws UnreadableWorkbookException, IOException {
        return processor.evaluate(new ByteArrayInputStream(workbook), formId);
    }

    private byte[] fromJson(byte[] input, Integer triwulan) throws ConvertException {
        Report report;
        try {
            report = ReportJson.fromJson(new String(input, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new ConvertException("JSON tidak sah: " + e.getMessage());
        }
        if (triwulan != null) {
            if (triwulan < 1 || triwulan > 4) throw new ConvertException("Triwulan harus 1-4 (I-IV).");
            Report.Header h = report.header() == null ? new Report.Header(null, null, null, null) : report.header();
            report = new Report(report.form(), report.profile(), new Report.Header(h.opd(), h.kodeOpd(), h.tahun(),
                    "TW " + FormChain.ROMAN[triwulan - 1], h.fields()), report.summary(), report.rows(), report.findings(), report.footer());
        }
        return ReportToWorkbook.build(profile, report);
    }

    private static boolean isJson(byte[] input, String name) {
        if (name != null && name.toLowerCase(Locale.ROOT).endsWith(".json")) return true;
        for (byte b : input) {
            if (b == ' ' || b == '\n' || b == '\r' || b == '\t') continue;
            return b == '{';
        }
        return false;
    }

    static String baseName(String name) {
        if (name == null || name.isBlank()) return "formulir";
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
