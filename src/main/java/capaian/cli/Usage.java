package capaian.cli;

final class Usage {
    static final String TEXT = """
            Capaian: memeriksa dan menghitung formulir Renja, Lampiran Realisasi dan Monitoring Capaian Kinerja.

            Penggunaan:
              capaian template <renja|lampiran-realisasi|monitoring-capaian> -o BERKAS.xlsx [--profile P.json]
              capaian templates [FOLDER] [--profile P.json]   semua templat ke FOLDER (bawaan: templates-xlsx)
              capaian check BERKAS.xlsx [--report R.json] [--profile P.json] [--form F] [--triwulan N]
              capaian process BERKAS.xlsx -o HASIL.xlsx [--report R.json] [--profile P.json] [--form F] [--triwulan N]
              capaian consolidate BERKAS-ATAU-FOLDER... -o REKAP.xlsx [--report R.json] [--opd-list OPD.xlsx]
                                    [--profile P.json] [--template T.xlsx] [--form F] [--tahun N] [--periode P]
              capaian evaluasi-rkpd BERKAS-ATAU-FOLDER... -o EVALUASI.xlsx [--tahun N] [--triwulan I-IV]
                                    [--profile P.json] [--template T.xlsx] [--tempat-tanggal T] [--kepala NAMA] [--nip NIP]
              capaian convert MASUK KELUAR [--form F] [--triwulan N] [--separator ;|,]
                                                    .xlsx/.xlsm/.xls/.json ke .json/.csv/.zip/.xlsx
              capaian next RENJA.xlsx -o LAMPIRAN.xlsx [--triwulan N]
              capaian next LAMPIRAN-TWn.xlsx -o LAMPIRAN-TWn+1.xlsx [--renja RENJA.xlsx]
              capaian monitoring RENJA.xlsx LAMPIRAN-TW1.xlsx ... -o MONITORING.xlsx
              capaian serve [--port N] [--data FOLDER] [--database postgresql://HOST/DB?user=NAMA]
              capaian user add|list|passwd|disable ...
              capaian store migrate --from FOLDER --to postgresql://HOST/DB?user=NAMA   pindah ke PostgreSQL
              capaian findings                      katalog kode temuan (Markdown)

            --verbose (perintah apa pun): tampilkan juga rincian kesalahan internal, yang biasanya hanya dicatat
            di berkas log (capaian.log di folder sementara, atau CAPAIAN_LOG).

            Kode keluar: 0 tanpa error (peringatan boleh), 1 ada error di formulir, 2 berkas tidak terbaca
            atau argumen salah.
            """;

    private Usage() {}
}
