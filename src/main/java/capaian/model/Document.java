package capaian.model;

import capaian.findings.Finding;
import capaian.form.FormDefinition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A workbook read as one form: its sheets' data and what reading it found. */
public final class Document {
    private final FormDefinition form;
    private final List<SheetData> sheets = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    public Document(FormDefinition form) {
        this.form = form;
    }

    public FormDefinition form() { return form; }
    public List<SheetData> sheets() { return sheets; }
    public List<Finding> findings() { return findings; }

    public Optional<SheetData> sheet(String definitionName) {
        return sheets.stream().filter(s -> s.definition().name().equals(definitionName)).findFirst();
    }

    /** The main sheet's header value, or the first sheet that has it. */
    public String headerText(String key) {
        for (SheetData s : sheets) {
            String t = s.headerText(key);
            if (t != null && !t.isBlank()) return t;
        }
        return null;
    }
}
