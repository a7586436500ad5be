package capaian.web;

import java.util.Map;

/**
 * One uploaded workbook, read whole (it is at most the upload limit), with the other form fields and any
 * further files (the Lampiran of a Monitoring), in the order sent.
 */
record Upload(String fileName, byte[] bytes, Map<String, String> fields, java.util.List<Part> parts, String client) {

    Upload(String fileName, byte[] bytes, Map<String, String> fields, java.util.List<Part> parts) {
        this(fileName, bytes, fields, parts, "");
    }

    /** What processing it is expected to cost (the main file and any further files). */
    JobCost cost() {
        JobCost c = JobCost.of(fileName, bytes);
        long more = parts.stream().mapToLong(p -> JobCost.of(p.fileName(), p.bytes()).megabytes()).sum();
        return more == 0 ? c : new JobCost(c.megabytes() + more, c.heavy() || c.megabytes() + more > JobCost.HEAVY_MB);
    }

    /** A further file of the upload: its field, its name and its bytes. */
    record Part(String field, String fileName, byte[] bytes) {}

    /** The further files of one field. */
    java.util.List<Part> parts(String field) {
        return parts.stream().filter(p -> p.field().equals(field)).toList();
    }

    String field(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
