package capaian.form;

import java.util.List;
import java.util.Optional;

/**
 * One form: the single definition that generates the template and reads, checks and writes back an upload.
 *
 * @param id       the name used on the command line and in the API (renja, lampiran-realisasi, monitoring-capaian)
 * @param title    the form's Indonesian title
 * @param file     the template's file name in templates-xlsx/
 * @param sheets   the data sheets, main sheet first
 * @param name     what people call the form in a sentence ("Lampiran Realisasi"): in messages, the audit log
 */
public record FormDefinition(String id, String title, String file, List<SheetDefinition> sheets, String name) {

    public FormDefinition {
        sheets = List.copyOf(sheets);
    }

    public SheetDefinition mainSheet() {
        return sheets.get(0);
    }

    public Optional<SheetDefinition> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
