'use strict';
Capaian.untukPeran('opd', () => {
  const { el, api, unggah, kartuBerkas, ringkasan, temuan, waktu, pemilihBerkas, lencanaStatus, isiTahun, namaFormulir } = Capaian;
  isiTahun(document.getElementById('tahun'), null);

  async function riwayat() {
    const tbody = document.getElementById('riwayat');
    try {
      const { submissions } = await api('/api/v1/submissions');
      if (!submissions.length) { tbody.replaceChildren(el('tr', {}, el('td', { colspan: '8' }, 'Belum ada kiriman.'))); return; }
      tbody.replaceChildren(...submissions.map((s) => el('tr', {},
        el('td', { 'data-label': 'Tahun' }, s.tahun), el('td', { 'data-label': 'Periode' }, s.periode),
        el('td', { 'data-label': 'Formulir' }, namaFormulir(s.form)), el('td', { 'data-label': 'Versi' }, s.version),
        el('td', {}, lencanaStatus(s.status), s.statusNote ? el('div', { class: 'catatan' }, s.statusNote) : null),
        el('td', { 'data-label': 'Temuan' }, s.errors + ' kesalahan, ' + s.warnings + ' peringatan'),
        el('td', { 'data-label': 'Dikirim' }, waktu(s.submittedAt)),
        el('td', { class: 'tautan' }, el('a', { href: s.links.original }, 'asli'),
          s.links.result ? el('a', { href: s.links.result }, 'hasil') : null, el('a', { href: s.links.report }, 'JSON'),
          el('a', { href: '/verifikasi?id=' + s.id }, 'rincian & catatan')))));
    } catch (e) { tbody.replaceChildren(el('tr', {}, el('td', { colspan: '8', class: 'pesan gagal' }, e.message))); }
  }

  async function kirim(file) {
    const k = kartuBerkas(file);
    document.getElementById('hasil').prepend(k.kartu);
    const fields = {};
    for (const id of ['form', 'tahun', 'periode']) fields[id] = document.getElementById(id).value;
    try {
      const r = await unggah('/api/v1/submissions', file, fields, k.kemajuan);
      k.selesai();
      const s = r.submission;
      if (r.sama) { k.hasil.append(el('p', { class: 'pesan gagal sama' }, r.message)); riwayat(); return; }
      const galat = s.errors > 0;
      k.hasil.append(el('p', { class: 'pesan ' + (galat ? 'gagal' : 'berhasil') },
        'Terkirim sebagai versi ' + s.version + ' untuk ' + namaFormulir(s.form) + ' tahun ' + s.tahun + ' periode ' + s.periode + ': ',
        lencanaStatus(s.status), galat ? ' Perbaiki kesalahannya lalu kirim ulang.' : ''),
        el('p', { class: 'tautan' }, s.links.result ? el('a', { href: s.links.result }, 'Unduh buku kerja hasil') : null,
          el('a', { href: s.links.report }, 'Unduh laporan JSON')));
      const report = await api(s.links.report);
      k.hasil.append(ringkasan(report), temuan(report.findings));
    } catch (e) { k.gagal(e.message); }
    riwayat();
  }

  pemilihBerkas(document.getElementById('zona'), document.getElementById('berkas'), async (files) => {
    for (const f of files) await kirim(f);
  });
  riwayat();
  jadwal();

  // What is due: Bappeda's calendar for this OPD, not yet sent first.
  async function jadwal() {
    const kotak = document.getElementById('jadwal');
    try {
      const { jadwal: j } = await api('/api/v1/kalender/berikutnya');
      const nama = (x) => x.formulir + ' ' + x.tahun + (x.periode === 'Tahunan' ? ' (tahunan)' : ' Triwulan ' + x.periode);
      kotak.replaceChildren(el('h2', {}, 'Jadwal kirim'), j.length ? el('ul', { id: 'daftar-jadwal-opd' }, j.map((x) => el('li', {},
        el('strong', {}, nama(x)), ': batas ' + x.batas + ' · ',
        x.versi ? el('span', {}, 'terkirim versi ' + x.versi + ' ', el('span', { class: 'lencana ' + x.ketepatan.replace(' ', '-') }, x.ketepatan), ' ', lencanaStatus(x.status))
          : el('span', {}, x.sisaHari >= 0 ? 'sisa ' + x.sisaHari + ' hari' : 'terlambat ' + (-x.sisaHari) + ' hari, segera kirim'),
        x.ditutup ? el('span', { class: 'catatan' }, ' · periode sudah ditutup Bappeda') : null)))
        : el('p', { class: 'catatan' }, 'Bappeda belum menetapkan jadwal kirim.'));
    } catch (e) { kotak.replaceChildren(el('p', { class: 'pesan gagal' }, e.message)); }
  }
});
