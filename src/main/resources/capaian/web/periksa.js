'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const { el, unggah, kartuBerkas, ringkasan, temuan, unduhBlob, base64KeBlob, pemilihBerkas } = Capaian;
  const hasil = document.getElementById('hasil');

  async function periksa(file) {
    const k = kartuBerkas(file);
    hasil.prepend(k.kartu);
    try {
      const b = await unggah('/api/v1/process?include=workbook', file, {}, k.kemajuan);
      k.selesai();
      const dasar = file.name.replace(/\.xls[xm]?$/i, '');
      k.hasil.append(ringkasan(b.report),
        el('p', { class: 'tautan' },
          b.workbookBase64 ? unduhBlob(b.resultName, base64KeBlob(b.workbookBase64,
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'), 'Unduh buku kerja hasil') : null,
          unduhBlob(dasar + '-laporan.json', new Blob([JSON.stringify(b.report, null, 2)], { type: 'application/json' }),
            'Unduh laporan JSON')),
        temuan(b.report.findings));
    } catch (e) { k.gagal(e.message); }
  }

  // One after another: the server bounds parallel work anyway, and the order on screen stays clear.
  pemilihBerkas(document.getElementById('zona'), document.getElementById('berkas'), async (files) => {
    for (const f of files) await periksa(f);
  });
});
