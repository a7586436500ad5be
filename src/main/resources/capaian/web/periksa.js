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
        berikutnya(file, b.report),
        temuan(b.report.findings));
    } catch (e) { k.gagal(e.message); }
  }

  const ROMAWI = ['I', 'II', 'III', 'IV'];
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  /**
   * "Buat formulir berikutnya": Renja → Lampiran Realisasi of a chosen triwulan; Lampiran TW n → TW n+1
   * (compared with the Renja when one is chosen); Lampiran TW IV → Monitoring Capaian Kinerja with the Renja
   * and the other quarters' Lampiran.
   */
  function berikutnya(file, report) {
    const tw = ROMAWI.indexOf(((report.header || {}).periode || '').replace('TW ', '')) + 1;
    if (report.form === 'monitoring-capaian') return el('div');
    const kotak = el('div', { class: 'berikutnya' });
    const keluaran = el('div');
    const berkas = (label, multiple) => {
      const input = el('input', { type: 'file', accept: '.xlsx,.xls,.xlsm' });
      if (multiple) input.multiple = true;
      return { input, baris: el('p', {}, el('label', {}, label + ' ', input)) };
    };
    let isian, kirim;
    if (report.form === 'renja') {
      const pilih = el('select', {}, ...ROMAWI.map((r) => el('option', { value: r }, 'Triwulan ' + r)));
      isian = [el('p', {}, el('label', {}, 'Lampiran Realisasi untuk ', pilih))];
      kirim = () => unggah('/api/v1/next?include=workbook', file, { triwulan: pilih.value }, () => {});
    } else if (tw > 0 && tw < 4) {
      const renja = berkas('Renja untuk dibandingkan (boleh kosong):', false);
      isian = [el('p', {}, 'Lampiran Realisasi triwulan ' + ROMAWI[tw] + ': struktur, target dan realisasi kumulatif '
        + 'dibawa; permasalahan dan solusi dikosongkan.'), renja.baris];
      kirim = () => unggah('/api/v1/next?include=workbook', file, { renja: renja.input.files[0] }, () => {});
    } else if (tw === 4) {
      const renja = berkas('Renja:', false);
      const lain = berkas('Lampiran Realisasi triwulan lain (boleh beberapa):', true);
      isian = [el('p', {}, 'Monitoring Capaian Kinerja dari Renja dan Lampiran Realisasi triwulan I-IV.'), renja.baris, lain.baris];
      kirim = () => {
        if (!renja.input.files[0]) return Promise.reject(new Error('Pilih berkas Renja terlebih dahulu.'));
        return unggah('/api/v1/monitoring?include=workbook', renja.input.files[0],
          { lampiran: [file, ...lain.input.files] }, () => {});
      };
    } else {
      return el('p', { class: 'catatan' }, 'Isi Triwulan di kepala formulir untuk membuat formulir berikutnya.');
    }
    const tombol = el('button', { type: 'button', class: 'tombol' }, 'Buat formulir berikutnya');
    tombol.addEventListener('click', async () => {
      tombol.disabled = true;
      keluaran.replaceChildren(el('p', { class: 'catatan' }, 'Sedang dibuat…'));
      try {
        const b = await kirim();
        keluaran.replaceChildren(
          el('p', { class: 'tautan' }, unduhBlob(b.resultName, base64KeBlob(b.workbookBase64, XLSX), 'Unduh ' + b.resultName)),
          b.findings.length ? el('div', {}, el('p', {}, 'Perbedaan dengan Renja:'), temuan(b.findings)) : el('div'));
      } catch (e) {
        keluaran.replaceChildren(el('div', { class: 'pesan gagal' }, e.message));
      } finally {
        tombol.disabled = false;
      }
    });
    kotak.append(el('h3', {}, 'Formulir berikutnya'), ...isian, tombol, keluaran);
    return kotak;
  }

  // One after another: the server bounds parallel work anyway, and the order on screen stays clear.
  pemilihBerkas(document.getElementById('zona'), document.getElementById('berkas'), async (files) => {
    for (const f of files) await periksa(f);
  });
});
