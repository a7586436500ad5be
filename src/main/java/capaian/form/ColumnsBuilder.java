package capaian.form;


import java.util.ArrayList;
import java.util.List;

/** Reads like the form it builds: one call per column, in template order. */
final class ColumnsBuilder {
    private final List<Column> columns = new ArrayList<>();

    ColumnsBuilder input(Role role, String title, ValueType type, int width, boolean required, String help,
                         String... aliases) {
        columns.add(new Column(role, title, null, List.of(aliases), type, List.of(), width, null, required, help));
        return this;
    }

    ColumnsBuilder choice(Role role, String title, List<String> choices, int width, String help, String... aliases) {
        columns.add(new Column(role, title, null, List.of(aliases), ValueType.CHOICE, choices, width, null, false, help));
        return this;
    }

    ColumnsBuilder computed(Role role, String title, ValueType type, int width, Derivation how, String help,
                            String... aliases) {
        columns.add(new Column(role, title, null, List.of(aliases), type, List.of(), width, how, false, help));
        return this;
    }

    /**
     * A kinerja (K) and rupiah (Rp) column under one group title, as in the Permendagri 86/2017 table; the
     * aliases are other wordings of the group title.
     */
    ColumnsBuilder pair(String group, Role k, Role rp, Derivation how, boolean required, String help,
                        String... groupAliases) {
        columns.add(new Column(k, "K", group, List.of(groupAliases), how == Derivation.RENJA_CAPAIAN || how == Derivation.RENSTRA_CAPAIAN
                ? ValueType.NUMBER : ValueType.KINERJA, List.of(), 11, how, required, help + " (kinerja)."));
        columns.add(new Column(rp, "Rp", group, List.of(groupAliases), how == Derivation.RENJA_CAPAIAN || how == Derivation.RENSTRA_CAPAIAN
                ? ValueType.NUMBER : ValueType.MONEY, List.of(), 16, how, false, help + " (rupiah)."));
        return this;
    }

    ColumnsBuilder code() {
        return input(Role.KODE, "Kode", ValueType.CODE, 16, false,
                "Kode rekening nomenklatur Kepmendagri 050-5889/2021, misalnya 5.03.02.1.01.09. Tingkat dibaca dari kode.",
                "Kode Rekening", "Kode Program/Kegiatan/Sub Kegiatan");
    }

    ColumnsBuilder tingkat() {
        return choice(Role.TINGKAT, "Tingkat", Forms.TINGKAT, 13,
                "Program, Kegiatan atau Sub Kegiatan. Wajib bila Kode kosong; bila Kode diisi, tingkat dibaca dari kode.",
                "Level");
    }

    ColumnsBuilder indikator() {
        return input(Role.INDIKATOR, "Indikator Kinerja", ValueType.TEXT, 36, false,
                "Indikator hasil (program) atau keluaran (kegiatan, sub kegiatan). Satu baris per indikator.",
                "Indikator", "Indikator Program/Kegiatan/Sub Kegiatan", "Indikator Kinerja Program/Kegiatan/Sub Kegiatan",
                "Indikator Kinerja Program/Kegiatan", "Indikator Kinerja Program (outcome)/Kegiatan (output)");
    }

    ColumnsBuilder satuan() {
        columns.add(new Column(Role.SATUAN, "Satuan", null, List.of("Satuan Indikator"), ValueType.TEXT, Forms.SATUAN, 11,
                null, false, "Satuan target dan realisasi, misalnya Dokumen, Orang, %. Boleh di luar daftar."));
        return this;
    }

    ColumnsBuilder polaritas() {
        return choice(Role.POLARITAS, "Polaritas", Forms.POLARITAS, 11,
                "Positif: makin tinggi makin baik. Negatif: makin rendah makin baik (misalnya angka pelanggaran). Kosong dianggap Positif.",
                "Arah Indikator", "Sifat Indikator");
    }

    ColumnsBuilder jenis() {
        return choice(Role.JENIS, "Jenis Indikator", Forms.JENIS, 12,
                "Kumulatif: realisasi tiap triwulan dijumlah (dokumen, orang). Akhir: dipakai nilai triwulan terakhir (persentase, indeks).",
                "Jenis", "Sifat Capaian");
    }

    List<Column> build() {
        return List.copyOf(columns);
    }
}
