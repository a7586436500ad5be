'use strict';
Capaian.untukPeran('bappeda', () => {
  const { el, api, waktu, lencanaStatus, isiTahun } = Capaian;
  const tahun = document.getElementById('tahun');
  const periode = document.getElementById('periode');
  const kini = new Date();
  isiTahun(tahun, kini.getFullYear());
  periode.value = ['I', 'II', 'III', 'IV'][Math.floor(kini.getMonth() / 3)];
  const pesan = document.getElementById('pesan');
  const SINGKAT = { renja: 'Renja', 'lampiran-realisasi': 'Lampiran Realisasi', 'monitoring-capaian': 'Monitoring Capaian' };

  // Timeliness by Bappeda's calendar (meja.js sets it): on time, late, or the days left.
  const tepat = (w) => !w || !w.batas ? null : w.ketepatan ? el('div', {}, el('span', { class: 'lencana ' + w.ketepatan.replace(' ', '-') }, w.ketepatan))
    : el('div', { class: 'catatan' }, w.sisaHari >= 0 ? 'sisa ' + w.sisaHari + ' hari (batas ' + w.batas + ')' : 'lewat ' + (-w.sisaHari) + ' hari (batas ' + w.batas + ')');
  function sel(c) {
    if (!c.latest) return el('td', {}, lencanaStatus(c.status), tepat(c.waktu));
    const s = c.latest;
    return el('td', {}, lencanaStatus(c.status), tepat(c.waktu),
      el('div', { class: 'catatan' }, 'v' + s.version + ' · ' + waktu(s.submittedAt)),
      el('div', { class: 'catatan' }, s.errors + ' kesalahan · ' + s.warnings + ' peringatan · ' + s.infos + ' catatan'),
      s.statusNote ? el('div', { class: 'catatan' }, 'Catatan: ' + s.statusNote) : null,
      el('div', { class: 'tautan' }, el('a', { href: s.links.original }, 'asli'), s.links.result ? el('a', { href: s.links.result }, 'hasil') : null,
        el('a', { href: s.links.report }, 'JSON')),
      el('a', { class: 'tombol kedua', href: '/verifikasi?id=' + s.id }, 'Periksa'));
  }

  // Only the latest request draws: the first load's answer must not overwrite a later choice's.
  let giliran = 0;
  async function tampilkan() {
    const ini = ++giliran;
    pesan.replaceChildren();
    try {
      const m = await api('/api/v1/matrix?tahun=' + tahun.value + '&periode=' + periode.value);
      if (ini !== giliran) return;
      document.getElementById('kepala-matriks').replaceChildren(el('tr', {}, el('th', {}, 'OPD'),
        m.columns.map((c) => el('th', { title: c.title }, SINGKAT[c.form] || c.title, el('div', { class: 'catatan' }, c.periode === 'Tahunan' ? 'tahunan' : 'TW ' + c.periode)))));
      const tbody = document.getElementById('matriks');
      if (!m.rows.length) { tbody.replaceChildren(el('tr', {}, el('td', { colspan: '4' }, 'Belum ada akun OPD maupun kiriman.'))); return; }
      document.dispatchEvent(new CustomEvent('capaian:matriks', { detail: m }));
      tbody.replaceChildren(...m.rows.map((r) => el('tr', {},
        el('th', {}, r.opd || '', el('div', { class: 'catatan' }, r.kodeOpd)), r.cells.map(sel))));
    } catch (e) { pesan.replaceChildren(el('div', { class: 'pesan gagal' }, e.message)); }
  }

  // A workbook's tahun comes from its header and may be older than the years offered: offer each year sent.
  async function tahunKiriman() {
    try {
      const { submissions } = await api('/api/v1/submissions?latest=true');
      const ada = new Set([...tahun.options].map((o) => Number(o.value)));
      for (const t of submissions.map((s) => s.tahun)) {
        if (ada.has(t)) continue;
        const sesudah = [...tahun.options].find((o) => Number(o.value) < t);
        tahun.insertBefore(el('option', { value: String(t) }, String(t)), sesudah || null);
        ada.add(t);
      }
    } catch (e) { /* the usual years stay on offer */ }
  }

  document.getElementById('tampilkan').addEventListener('click', tampilkan);
  tampilkan();
  tahunKiriman();
});

