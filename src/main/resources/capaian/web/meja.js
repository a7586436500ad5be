'use strict';
// Bappeda's desk on the Bappeda page: the reporting calendar of the chosen tahun and triwulan, closing the period
// (its rekap is kept as a snapshot), reopening it for one OPD, and the snapshots kept.
Capaian.untukPeran('bappeda', () => {
  const { el, api, waktu } = Capaian;
  const tahun = document.getElementById('tahun');
  const periode = document.getElementById('periode');
  const meja = document.getElementById('meja');
  const post = (url, body) => api(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const pesan = el('div', { id: 'pesan-meja' });
  const berhasil = (t) => pesan.replaceChildren(el('div', { class: 'pesan berhasil' }, t));
  const gagal = (e) => pesan.replaceChildren(el('div', { class: 'pesan gagal' }, e.message));

  const formJadwal = el('select', { id: 'jadwal-formulir' }, el('option', { value: '' }, 'Semua formulir triwulan ini'),
    el('option', { value: 'lampiran-realisasi' }, 'Lampiran Realisasi'), el('option', { value: 'monitoring-capaian' }, 'Monitoring Capaian'),
    el('option', { value: 'renja' }, 'Renja (tahunan)'));
  const dibuka = el('input', { id: 'jadwal-dibuka', type: 'date' });
  const batas = el('input', { id: 'jadwal-batas', type: 'date' });
  const daftarJadwal = el('ul', { id: 'daftar-jadwal' });
  const status = el('p', { id: 'status-periode' });
  const kodeBuka = el('select', { id: 'buka-opd' });
  const daftarSnapshot = el('ul', { id: 'daftar-snapshot' });

  meja.replaceChildren(el('h2', {}, 'Jadwal, penutupan periode dan rekap beku'),
    el('p', { class: 'catatan' }, 'Tanggal dibuka dan batas kirim untuk tahun dan triwulan di atas. Kiriman yang pertama masuk sesudah batas '
      + 'ditandai terlambat. Menutup periode membekukan rekapnya; sesudah itu OPD tidak dapat mengirim versi baru kecuali periode dibuka kembali untuk OPD itu.'),
    el('div', { class: 'baris' }, el('div', {}, el('label', { for: 'jadwal-formulir' }, 'Formulir'), formJadwal),
      el('div', {}, el('label', { for: 'jadwal-dibuka' }, 'Dibuka'), dibuka), el('div', {}, el('label', { for: 'jadwal-batas' }, 'Batas kirim'), batas),
      el('div', {}, el('button', { id: 'simpan-jadwal', type: 'button', onclick: simpanJadwal }, 'Simpan jadwal'))),
    daftarJadwal, status,
    el('div', { class: 'baris' }, el('div', {}, el('button', { id: 'tutup-periode', type: 'button', onclick: tutup }, 'Tutup periode')),
      el('div', {}, el('label', { for: 'buka-opd' }, 'Buka kembali untuk OPD'), kodeBuka),
      el('div', {}, el('button', { id: 'buka-periode', class: 'kedua', type: 'button', onclick: buka }, 'Buka untuk OPD ini'))),
    pesan, el('h3', {}, 'Rekap beku (snapshot)'), daftarSnapshot);

  async function simpanJadwal() {
    try {
      await post('/api/v1/kalender', { tahun: Number(tahun.value), periode: periode.value, form: formJadwal.value || null,
        dibuka: dibuka.value, batas: batas.value });
      berhasil('Jadwal disimpan.');
      document.getElementById('tampilkan').click();
      muat();
    } catch (e) { gagal(e); }
  }

  async function tutup() {
    if (!confirm('Tutup periode Triwulan ' + periode.value + ' ' + tahun.value + '? Rekapnya dibekukan dan OPD tidak dapat mengirim lagi.')) return;
    try {
      const r = await post('/api/v1/periode/tutup', { tahun: Number(tahun.value), periode: periode.value });
      berhasil('Periode ditutup; ' + r.snapshots.length + ' rekap dibekukan.');
      document.getElementById('tampilkan').click();
      muat();
    } catch (e) { gagal(e); }
  }

  async function buka() {
    try {
      await post('/api/v1/periode/buka', { tahun: Number(tahun.value), periode: periode.value, kodeOpd: kodeBuka.value });
      berhasil('Periode dibuka kembali untuk ' + kodeBuka.selectedOptions[0].textContent + '.');
      muat();
    } catch (e) { gagal(e); }
  }

  async function muat() {
    try {
      const [{ kalender }, { ditutup }, { snapshots }] = await Promise.all([api('/api/v1/kalender?tahun=' + tahun.value),
        api('/api/v1/periode?tahun=' + tahun.value), api('/api/v1/snapshots?tahun=' + tahun.value + '&periode=' + periode.value)]);
      const ini = kalender.filter((k) => k.periode === periode.value || k.periode === 'Tahunan');
      daftarJadwal.replaceChildren(...(ini.length ? ini.map((k) => el('li', {}, k.formulir + ' · ' + (k.periode === 'Tahunan' ? 'tahunan' : 'Triwulan ' + k.periode)
        + ': dibuka ' + k.dibuka + ', batas ' + k.batas)) : [el('li', { class: 'catatan' }, 'Belum ada jadwal untuk periode ini.')]));
      const kunci = ditutup.find((d) => d.periode === periode.value);
      status.replaceChildren(kunci ? el('span', {}, el('span', { class: 'lencana dikembalikan' }, 'ditutup'), ' oleh ' + kunci.ditutupOleh + ', '
        + waktu(kunci.ditutupPada) + (kunci.dibukaUntuk.length ? '; dibuka kembali untuk ' + kunci.dibukaUntuk.join(', ') : ''))
        : el('span', { class: 'catatan' }, 'Periode ini masih terbuka.'));
      daftarSnapshot.replaceChildren(...(snapshots.length ? snapshots.map((s) => el('li', { class: 'tautan' }, s.formulir + ' · dibekukan '
        + waktu(s.dibuatPada) + ' oleh ' + s.dibuatOleh + ' ', el('a', { href: s.xlsx }, 'unduh (.xlsx)'), el('a', { href: s.json }, 'JSON')))
        : [el('li', { class: 'catatan' }, 'Belum ada rekap beku untuk periode ini.')]));
    } catch (e) { gagal(e); }
  }

  document.addEventListener('capaian:matriks', (ev) => {
    const pilih = kodeBuka.value;
    kodeBuka.replaceChildren(...ev.detail.rows.map((r) => el('option', { value: r.kodeOpd, selected: r.kodeOpd === pilih }, (r.opd || r.kodeOpd))));
    muat();
  });
});
