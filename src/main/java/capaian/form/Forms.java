package capaian.form;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static capaian.form.Role.*;

/**
 * The three forms of RULES section 8. This is the only place that says which columns a form has, in
 * which order, with which titles: templates, reader, checks and write-back all follow it.
 */
public final class Forms {
    public static final List<String> POLARITAS = List.of("Positif", "Negatif");
    public static final List<String> JENIS = List.of("Kumulatif", "Akhir");
    public static final List<String> TINGKAT = List.of("Urusan", "Bidang Urusan", "Program", "Kegiatan", "Sub Kegiatan");
    public static final List<String> TRIWULAN = List.of("I", "II", "III", "IV");
    /** Suggestions only: any other unit may be typed. */
    public static final List<String> SATUAN = List.of("Dokumen", "Laporan", "Orang", "%", "Unit", "Paket",
            "Kegiatan", "Indeks", "Nilai", "Predikat", "Bulan", "Lembaga");

    /** The SAKIP evaluation guidelines a profile may define; the Indeks sheet's header chooses one. */
    public static final List<String> SAKIP_PEDOMAN = List.of("PermenPANRB 88/2021", "PermenPANRB 12/2015");

    public static final FormDefinition RENJA = renja();
    public static final FormDefinition LAMPIRAN_REALISASI = lampiranRealisasi();
    public static final FormDefinition MONITORING_CAPAIAN = monitoringCapaian();

    private Forms() {}

    public static List<FormDefinition> all() {
        return List.of(RENJA, LAMPIRAN_REALISASI, MONITORING_CAPAIAN);
    }

    public static Optional<FormDefinition> byId(String id) {
        return all().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    private static List<HeaderField> header(boolean triwulan) {
        List<HeaderField> h = new ArrayList<>();
        h.add(new HeaderField("opd", "Nama OPD", List.of("Perangkat Daerah", "Nama Perangkat Daerah", "OPD", "SKPD"),
                ValueType.TEXT, List.of(), true, "Nama lengkap Perangkat Daerah, misalnya Badan Kepegawaian Daerah."));
        h.add(new HeaderField("kodeOpd", "Kode OPD", List.of("Kode Perangkat Daerah", "Kode SKPD"), ValueType.CODE,
                List.of(), true, "Kode unit Perangkat Daerah sesuai SIPD, misalnya 5.03.0.00.0.00.01.0000."));
        h.add(new HeaderField("tahun", "Tahun", List.of("Tahun Anggaran", "TA"), ValueType.INTEGER, List.of(), true,
                "Tahun anggaran, empat angka, misalnya 2025."));
        if (triwulan) {
            h.add(new HeaderField("triwulan", "Triwulan", List.of("Periode", "s/d Triwulan"), ValueType.CHOICE, TRIWULAN,
                    true, "Triwulan laporan: I, II, III atau IV (realisasi dihitung kumulatif s/d triwulan ini)."));
        }
        return h;
    }

    private static FormDefinition renja() {
        List<Column> c = new ColumnsBuilder()
                .input(NO, "No", ValueType.TEXT, 6, false, "Nomor urut (boleh kosong).")
                .code()
                .tingkat()
                .input(URAIAN, "Urusan/Bidang Urusan/Program/Kegiatan/Sub Kegiatan", ValueType.TEXT, 45, true,
                        "Nama urusan, program, kegiatan atau sub kegiatan sesuai nomenklatur.",
                        "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", "Program/Kegiatan/Sub Kegiatan", "Uraian")
                .indikator()
                .satuan()
                .polaritas()
                .jenis()
                .input(TARGET, "Target Kinerja", ValueType.KINERJA, 14, true,
                        "Target tahun ini: angka (boleh dengan satuan, misalnya 2 Dokumen) atau predikat (misalnya BB).",
                        "Target", "Target Kinerja Tahun Rencana")
                .input(PAGU, "Pagu Indikatif (Rp)", ValueType.MONEY, 18, true,
                        "Pagu sub kegiatan dalam rupiah, tanpa desimal. Baris induk yang kosong diisi jumlah sub kegiatannya.",
                        "Pagu Indikatif", "Pagu", "Pagu Anggaran", "Alokasi", "Anggaran", "Pagu Indikatif Rp")
                .input(SUMBER_DANA, "Sumber Dana", ValueType.TEXT, 14, false, "Misalnya PAD, DAU, DAK.")
                .input(LOKASI, "Lokasi", ValueType.TEXT, 14, false, "Lokasi kegiatan.")
                .input(WAKTU, "Waktu Pelaksanaan", ValueType.TEXT, 14, false, "Misalnya Januari-Desember.")
                .input(TARGET_N1, "Target Tahun n+1", ValueType.KINERJA, 14, false, "Target tahun berikutnya.",
                        "Target n+1", "Prakiraan Maju Target")
                .input(PAGU_N1, "Kebutuhan Dana n+1 (Rp)", ValueType.MONEY, 18, false, "Kebutuhan dana tahun berikutnya.",
                        "Kebutuhan Dana n+1", "Prakiraan Maju Kebutuhan Dana", "Pagu n+1")
                .input(KETERANGAN, "Keterangan", ValueType.TEXT, 20, false, "Catatan bebas.")
                .build();
        return new FormDefinition("renja", "Tabel Renja (Rencana Kerja Perangkat Daerah)", "renja.xlsx",
                List.of(new SheetDefinition("Renja", List.of("Tabel Renja", "Rencana Kerja"),
                        "RENCANA KERJA PERANGKAT DAERAH", header(false), c, List.of())), "Tabel Renja");
    }

    private static FormDefinition lampiranRealisasi() {
        List<Column> c = new ColumnsBuilder()
                .input(NO, "No", ValueType.TEXT, 6, false, "Nomor urut (boleh kosong).")
                .code()
                .tingkat()
                .input(URAIAN, "Program/Kegiatan/Sub Kegiatan", ValueType.TEXT, 45, true,
                        "Nama program, kegiatan atau sub kegiatan. Baris indikator tambahan dari kegiatan yang sama: kosongkan kolom ini.",
                        "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", "Program / Kegiatan / Sub Kegiatan", "Uraian",
                        "Program Kegiatan Sub Kegiatan")
                .indikator()
                .satuan()
                .polaritas()
                .jenis()
                .input(TARGET, "Target Kinerja (Tahunan)", ValueType.KINERJA, 14, true,
                        "Target setahun: angka (boleh dengan satuan, misalnya 2 Dokumen) atau predikat (misalnya BB).",
                        "Target Kinerja", "Target", "Target Tahunan")
                .input(TARGET_TW, "Target s/d Triwulan", ValueType.KINERJA, 14, false,
                        "Target sampai dengan triwulan ini (boleh kosong).", "Target Triwulan")
                .input(REALISASI, "Realisasi Kinerja s/d Triwulan", ValueType.KINERJA, 14, true,
                        "Realisasi kinerja kumulatif sampai dengan triwulan ini, dalam satuan yang sama dengan target.",
                        "Realisasi Kinerja", "Realisasi", "Capaian Triwulan", "Realisasi Kinerja s/d Triwulan ini")
                .computed(Role.CAPAIAN, "Capaian Kinerja (%)", ValueType.NUMBER, 12, Derivation.CAPAIAN,
                        "Dihitung: realisasi dibanding target tahunan (positif R/T×100, negatif menurut profil).",
                        "Capaian Kinerja", "Capaian (%)", "Capaian", "Capaian Kinerja s/d Triwulan",
                        // a "Capaian (%)" group over the same Tahunan / s/d Triwulan split as the targets
                        "Capaian Tahunan", "Capaian Kinerja Tahunan", "Capaian thd Target Tahunan")
                .computed(Role.CAPAIAN_TW, "Capaian thd Target s/d Triwulan (%)", ValueType.NUMBER, 12, Derivation.CAPAIAN_TW,
                        "Dihitung: realisasi dibanding target s/d triwulan (kosong bila target triwulan kosong).",
                        "Capaian s/d Triwulan", "Capaian Kinerja thd Target s/d Triwulan")
                .input(PAGU, "Pagu Anggaran (Rp)", ValueType.MONEY, 18, true,
                        "Pagu sub kegiatan dalam rupiah. Baris induk yang kosong diisi jumlah sub kegiatannya.",
                        "Pagu Anggaran", "Pagu", "Alokasi", "Anggaran", "Alokasi Anggaran", "Pagu Anggaran Rp",
                        "Target Anggaran", "Pagu Anggaran Tahunan")
                .input(REALISASI_ANGGARAN, "Realisasi Anggaran s/d Triwulan (Rp)", ValueType.MONEY, 18, true,
                        "Belanja kumulatif sampai dengan triwulan ini, dalam rupiah.",
                        "Realisasi Anggaran", "Realisasi Keuangan", "Realisasi Anggaran Rp", "Realisasi Anggaran s/d Triwulan",
                        "Realisasi Keuangan s/d Triwulan")
                .computed(Role.SERAPAN, "Serapan Anggaran (%)", ValueType.NUMBER, 12, Derivation.SERAPAN,
                        "Dihitung: realisasi anggaran ÷ pagu × 100. Baris induk: rasio dari jumlah sub kegiatan.",
                        "Serapan Anggaran", "Serapan", "Persentase Serapan", "Serapan Anggaran s/d Triwulan",
                        "Capaian Anggaran", "Capaian Keuangan")
                .computed(Role.SISA, "Sisa Anggaran (Rp)", ValueType.MONEY, 18, Derivation.SISA,
                        "Dihitung: pagu − realisasi anggaran.", "Sisa Anggaran", "Sisa", "Sisa Anggaran s/d Triwulan")
                .computed(Role.EFISIENSI, "Efisiensi (%)", ValueType.NUMBER, 12, Derivation.EFISIENSI,
                        "Dihitung menurut profil (bawaan: capaian kinerja − serapan anggaran; positif berarti efisien).",
                        "Efisiensi")
                .computed(Role.KATEGORI, "Kategori", ValueType.TEXT, 16, Derivation.KATEGORI,
                        "Dihitung: kategori capaian kinerja menurut skala profil (bawaan Permendagri 86/2017).",
                        "Kategori Capaian", "Predikat")
                .input(PERMASALAHAN, "Permasalahan", ValueType.TEXT, 30, false, "Kendala yang dihadapi.")
                .input(SOLUSI, "Solusi", ValueType.TEXT, 30, false, "Langkah untuk mengatasinya.")
                .input(PENANGGUNG_JAWAB, "Penanggung Jawab", ValueType.TEXT, 20, false, "Bidang atau pejabat penanggung jawab.",
                        "Penganggung Jawab", "Unit Penanggung Jawab")
                .build();
        return new FormDefinition("lampiran-realisasi", "Lampiran Realisasi Program, Kegiatan dan Sub Kegiatan",
                "lampiran-realisasi.xlsx",
                List.of(new SheetDefinition("Realisasi", List.of("Lampiran Realisasi", "Lampiran"),
                        "REALISASI KINERJA DAN ANGGARAN PROGRAM, KEGIATAN DAN SUB KEGIATAN", header(true), c, List.of(),
                        SignOff.of(false))), "Lampiran Realisasi");
    }

    private static FormDefinition monitoringCapaian() {
        ColumnsBuilder b = new ColumnsBuilder()
                .input(NO, "No", ValueType.TEXT, 6, false, "Nomor urut (boleh kosong).")
                .input(SASARAN, "Sasaran", ValueType.TEXT, 24, false,
                        "Sasaran strategis Renstra yang didukung baris ini (cukup diisi pada baris pertama kelompoknya).")
                .code()
                .tingkat()
                .input(URAIAN, "Urusan/Program/Kegiatan/Sub Kegiatan", ValueType.TEXT, 40, true,
                        "Nama program, kegiatan atau sub kegiatan. Baris indikator tambahan: kosongkan kolom ini.",
                        "Program/Kegiatan/Sub Kegiatan", "Urusan/Bidang/Program/Kegiatan/Sub Kegiatan", "Uraian",
                        "Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan")
                .indikator()
                .satuan()
                .polaritas()
                .jenis();
        // Group aliases: the wordings of Permendagri 86/2017's own "Evaluasi terhadap Hasil Renja" table.
        b.pair("(6) Target Renstra Akhir Periode", RENSTRA_TARGET_K, RENSTRA_TARGET_RP, null, false,
                "Target Renstra pada akhir periode", "Target Renstra Perangkat Daerah pada Akhir Periode",
                "Target Kinerja dan Anggaran Renstra Perangkat Daerah pada Akhir Periode Renstra", "Target Renstra");
        b.pair("(7) Realisasi Renstra s/d Tahun Lalu", RENSTRA_LALU_K, RENSTRA_LALU_RP, null, false,
                "Realisasi kumulatif Renstra sampai tahun lalu",
                "Realisasi Capaian Kinerja Renstra Perangkat Daerah sampai dengan Renja Perangkat Daerah Tahun Lalu",
                "Realisasi Capaian Kinerja dan Anggaran Renstra s/d Tahun Lalu");
        b.pair("(8) Target Renja Tahun Berjalan", RENJA_TARGET_K, RENJA_TARGET_RP, null, true, "Target Renja tahun ini",
                "Target Kinerja dan Anggaran Renja Perangkat Daerah Tahun Berjalan yang Dievaluasi",
                "Target Kinerja dan Anggaran Renja Tahun Berjalan", "Target Renja");
        String[] roman = {"I", "II", "III", "IV"};
        for (int tw = 1; tw <= 4; tw++) {
            b.pair("(" + (8 + tw) + ") Realisasi Triwulan " + roman[tw - 1], Role.quarterK(tw), Role.quarterRp(tw), null,
                    false, "Realisasi pada triwulan " + roman[tw - 1] + " saja (bukan kumulatif)",
                    "Realisasi Kinerja pada Triwulan " + roman[tw - 1], "Realisasi Kinerja dan Anggaran Triwulan " + roman[tw - 1]);
        }
        b.pair("(13) Realisasi Renja Tahun Berjalan", RENJA_REALISASI_K, RENJA_REALISASI_RP, Derivation.YEAR_REALISASI, false,
                "Dihitung: kinerja kumulatif = jumlah TW I-IV, kinerja akhir = triwulan terakhir yang terisi; rupiah dijumlah",
                "Realisasi Capaian Kinerja dan Anggaran Renja Perangkat Daerah yang Dievaluasi",
                "Realisasi Capaian Kinerja dan Anggaran Renja Tahun Berjalan");
        b.pair("(14) Tingkat Capaian Renja (%)", RENJA_CAPAIAN_K, RENJA_CAPAIAN_RP, Derivation.RENJA_CAPAIAN, false,
                "Dihitung: (13) ÷ (8) × 100 (indikator negatif menurut profil)",
                "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Perangkat Daerah yang Dievaluasi",
                "Tingkat Capaian Kinerja dan Realisasi Anggaran Renja Tahun Berjalan");
        b.pair("(15) Realisasi Renstra s/d Tahun Berjalan", RENSTRA_REALISASI_K, RENSTRA_REALISASI_RP,
                Derivation.RENSTRA_REALISASI, false, "Dihitung: (7) + (13) untuk kumulatif, (13) untuk akhir",
                "Realisasi Kinerja dan Anggaran Renstra Perangkat Daerah s/d Tahun Berjalan",
                "Realisasi Kinerja dan Anggaran Renstra s/d Tahun Berjalan");
        b.pair("(16) Tingkat Capaian Renstra (%)", RENSTRA_CAPAIAN_K, RENSTRA_CAPAIAN_RP, Derivation.RENSTRA_CAPAIAN, false,
                "Dihitung: (15) ÷ (6) × 100",
                "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra Perangkat Daerah s/d Tahun Berjalan",
                "Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s/d Tahun Berjalan");
        List<Column> c = b
                .computed(Role.EFISIENSI, "Efisiensi (%)", ValueType.NUMBER, 12, Derivation.EFISIENSI,
                        "Dihitung menurut profil (bawaan: capaian Renja kinerja (14 K) − capaian Renja rupiah (14 Rp); "
                                + "positif berarti efisien).", "Efisiensi")
                .computed(Role.PREDIKAT, "Predikat", ValueType.TEXT, 16, Derivation.PREDIKAT,
                        "Dihitung: kategori capaian Renja kinerja (14 K) menurut skala profil.", "Kategori")
                .input(PENANGGUNG_JAWAB, "Unit Penanggung Jawab", ValueType.TEXT, 20, false, "Bidang penanggung jawab.",
                        "Penanggung Jawab", "Penganggung Jawab", "Unit Perangkat Daerah Penanggung Jawab")
                .input(KETERANGAN, "Keterangan", ValueType.TEXT, 20, false, "Catatan bebas.", "Ket")
                .build();
        List<FooterField> footer = List.of(
                new FooterField("Rata-rata capaian kinerja", Derivation.CONCLUSION,
                        "Dihitung: rata-rata capaian Renja (14 K) per sasaran, lalu rata-rata antarsasaran (menurut profil)."),
                new FooterField("Predikat kinerja", Derivation.PREDIKAT, "Dihitung: kategori rata-rata capaian kinerja."),
                new FooterField("Faktor pendorong", null, "Hal yang mendukung tercapainya target."),
                new FooterField("Faktor penghambat", null, "Hal yang menghambat tercapainya target."),
                new FooterField("Tindak lanjut triwulan berikutnya", null, "Langkah pada triwulan berikutnya."),
                new FooterField("Tindak lanjut Renja berikutnya", null, "Langkah pada Renja tahun berikutnya."));
        List<Column> iku = new ColumnsBuilder()
                .input(SASARAN, "Sasaran", ValueType.TEXT, 36, true,
                        "Sasaran strategis. Indikator berikutnya dari sasaran yang sama: kosongkan kolom ini.",
                        "Sasaran Strategis", "Tujuan/Sasaran")
                .input(INDIKATOR, "Indikator Kinerja Utama", ValueType.TEXT, 36, true, "Nama IKU.",
                        "Indikator Kinerja", "Indikator", "IKU")
                .satuan()
                .polaritas()
                .input(TARGET, "Target", ValueType.KINERJA, 12, true, "Target IKU tahun ini (angka atau predikat).",
                        "Target Kinerja")
                .input(REALISASI, "Realisasi", ValueType.KINERJA, 12, true,
                        "Realisasi IKU s/d triwulan ini (angka atau predikat).", "Realisasi Kinerja")
                .computed(Role.CAPAIAN, "Capaian (%)", ValueType.NUMBER, 12, Derivation.CAPAIAN,
                        "Dihitung: realisasi dibanding target.", "Capaian Kinerja", "Capaian", "Capaian Kinerja (%)")
                .computed(Role.KATEGORI, "Kategori", ValueType.TEXT, 16, Derivation.KATEGORI_IKU,
                        "Dihitung: kategori capaian menurut skala IKU profil.", "Predikat")
                .build();
        return new FormDefinition("monitoring-capaian", "Monitoring Capaian Kinerja (Evaluasi Hasil Renja, Permendagri 86/2017)",
                "monitoring-capaian.xlsx",
                List.of(new SheetDefinition("Monitoring", List.of("Monitoring Capaian", "Evaluasi Renja", "Evaluasi"),
                                "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", header(true), c, footer,
                                SignOff.of(true)),
                        new SheetDefinition("IKU", List.of("Indikator Kinerja Utama"),
                                "CAPAIAN INDIKATOR KINERJA UTAMA", header(true), iku, List.of()),
                        indeks()), "Monitoring Capaian Kinerja");
    }

    /**
     * The indices behind the IKU (RULES section 11) as one table: each row belongs to a block (Blok), a block's
     * rows are its components (IP ASN, SAKIP) or its indicators under their aspect (Sistem Merit), a row whose
     * Indikator is "Jumlah" totals an aspect, and a row whose Aspek/Komponen is "Jumlah" totals and closes the
     * block. docs/indices.md explains the choice.
     */
    private static SheetDefinition indeks() {
        List<Column> c = new ColumnsBuilder()
                .choice(BLOK, "Blok", IndexKind.labels(), 13,
                        "IP ASN, Sistem Merit atau SAKIP. Cukup diisi pada baris pertama bloknya; baris Jumlah menutup blok.",
                        "Indeks", "Jenis Indeks")
                .input(NO, "No", ValueType.TEXT, 5, false, "Nomor urut (boleh kosong).")
                .input(KOMPONEN, "Aspek/Komponen", ValueType.TEXT, 30, true,
                        "Dimensi IP ASN, aspek Sistem Merit atau komponen SAKIP, sesuai nama di profil. "
                                + "Tulis Jumlah pada baris total blok.",
                        "Komponen", "Aspek", "Dimensi", "Komponen Penilaian", "Kriteria", "Aspek/Dimensi/Komponen")
                .input(INDIKATOR, "Indikator", ValueType.TEXT, 40, false,
                        "Khusus Sistem Merit: indikator aspek di atasnya. Tulis Jumlah pada baris total aspek.",
                        "Indikator Sistem Merit", "Indikator Penilaian")
                .input(BOBOT, "Bobot", ValueType.NUMBER, 9, false,
                        "Sistem Merit: bobot indikator (misalnya 2,5); pada baris Jumlah aspek, bobot aspek dalam persen.",
                        "Bobot Indikator", "Bobot (%)")
                .input(NILAI, "Nilai", ValueType.NUMBER, 10, true,
                        "Nilai dimensi/komponen (paling tinggi maksimumnya) atau nilai indikator Sistem Merit (1-4). "
                                + "Pada baris Jumlah boleh diisi nilai resmi; Capaian membandingkannya dengan jumlah komponen.",
                        "Nilai Tim Verifikasi", "Nilai Verifikasi", "Skor Nilai")
                .computed(MAKSIMUM, "Maksimum", ValueType.NUMBER, 10, Derivation.INDEX_MAKSIMUM,
                        "Dihitung: maksimum dari profil (dimensi/komponen), bobot × 4 (indikator Sistem Merit), jumlahnya pada baris Jumlah.",
                        "Nilai Maksimum", "Nilai Maksimal", "Maks")
                .computed(SKOR, "Skor", ValueType.NUMBER, 10, Derivation.INDEX_SKOR,
                        "Dihitung: nilai (dimensi/komponen), bobot × nilai (indikator Sistem Merit), jumlahnya pada baris Jumlah.",
                        "Nilai Akhir", "Skor Akhir")
                .computed(PERSENTASE, "Persentase (%)", ValueType.NUMBER, 12, Derivation.INDEX_PERSENTASE,
                        "Dihitung: skor ÷ maksimum × 100.", "Persentase", "Capaian (%)", "Capaian")
                .computed(KATEGORI, "Kategori", ValueType.TEXT, 16, Derivation.INDEX_KATEGORI,
                        "Dihitung: pada baris Jumlah blok, kategori indeks menurut skala profil (ip-asn, sistem-merit, sakip).",
                        "Predikat")
                .input(KETERANGAN, "Keterangan", ValueType.TEXT, 24, false, "Catatan bebas, misalnya sumber nilai.")
                .build();
        List<HeaderField> h = new ArrayList<>(header(true));
        h.add(new HeaderField("pedomanSakip", "Pedoman SAKIP", List.of("Pedoman Evaluasi SAKIP", "Kerangka SAKIP"),
                ValueType.CHOICE, SAKIP_PEDOMAN, false,
                "Pedoman penilaian SAKIP yang dipakai blok SAKIP: PermenPANRB 88/2021 (bawaan profil) atau 12/2015."));
        return new SheetDefinition("Indeks", List.of("Indeks IKU", "Indeks Komponen"),
                "INDEKS PENDUKUNG IKU: IP ASN, INDEKS SISTEM MERIT DAN NILAI SAKIP", h, c, List.of());
    }
}
