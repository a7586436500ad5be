package capaian.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The report as JSON: BigDecimal written as plain JSON numbers, nulls kept so the schema is stable. */
public final class ReportJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create();

    private ReportJson() {}

    public static String toJson(Report report) {
        return GSON.toJson(report);
    }

    public static Report fromJson(String json) {
        return GSON.fromJson(json, Report.class);
    }
}
