package capaian.web;

import java.util.Map;

/** One uploaded workbook, read whole (it is at most the upload limit), with the other form fields. */
record Upload(String fileName, byte[] bytes, Map<String, String> fields) {

    String field(String name) {
        String v = fields.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
