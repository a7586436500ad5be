package capaian.web;

import java.util.Map;

/**
 * One uploaded workbook, read whole (it is at most the upload limit), with the other form fields and any
 * further files (the Lampiran of a Monitoring), in the order sent.
 */
record Upload(String fileName, byte[] bytes, Map<String, String> fields, java.util.List<Part> parts) {

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
