package capaian.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The report as JSON: BigDecimal written as plain JSON numbers, nulls kept so the schema is stable. */
public final class ReportJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls()
            .setObjectToNumberStrategy(com.google.gson.ToNumberPolicy.BIG_DECIMAL).setPrettyPrinting().disableHtmlEscaping().create();

    private ReportJson() {}

    public static String toJson(Report report) {
        return GSON.toJson(report);
    }

    /** Streams the report: a 100,000-row report never exists as one string. */
    public static void write(Report report, java.io.Writer out) throws java.io.IOException {
        GSON.toJson(report, Report.class, out);
        out.flush();
    }

    public static Report fromJson(String json) {
        return GSON.fromJson(json, Report.class);
    }
}
