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
      el('div', { class: 'catatan' }, s.errors + ' galat · ' + s.warnings + ' peringatan · ' + s.infos + ' info'),
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

// Rekap: the Rekap OPD table and a chart drawn as inline SVG from the same JSON as the workbook's numbers.
Capaian.untukPeran('bappeda', () => {
  const { el, api, fmt, lencanaStatus, unduhBlob, base64KeBlob } = Capaian;
  const tahun = document.getElementById('tahun');
  const periode = document.getElementById('periode');
  const formulir = document.getElementById('formulir');
  const pesan = document.getElementById('pesan-rekap');
  const hasil = document.getElementById('hasil-rekap');
  const unduh = document.getElementById('unduh-rekap');
  const SVG = 'http://www.w3.org/2000/svg';

  const query = () => 'tahun=' + tahun.value + '&periode=' + periode.value + '&form=' + formulir.value;
  const perbaruiUnduh = () => {
    unduh.href = '/api/v1/rekap/xlsx?' + query();
    document.getElementById('unduh-rkpd').href = '/api/v1/evaluasi-rkpd/xlsx?tahun=' + tahun.value + '&periode=' + periode.value;
  };
  [tahun, periode, formulir].forEach((s) => s.addEventListener('change', perbaruiUnduh));
  perbaruiUnduh();

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) e.append(c.nodeType ? c : String(c));
    return e;
  }

  /** Clustered bars: serapan and capaian per OPD, a 100 % line, names under the bars. */
  function grafik(opds) {
    const data = opds.filter((o) => o.serapan !== null || o.capaian !== null);
    if (!data.length) return el('p', { class: 'catatan' }, 'Belum ada angka untuk digrafikkan.');
    const maks = Math.max(100, ...data.map((o) => Math.max(o.serapan || 0, o.capaian || 0)));
    const lebarKel = 44, tinggi = 220, kiri = 40, bawah = 110;
    const w = kiri + data.length * lebarKel + 10, h = tinggi + bawah + 20;
    const y = (v) => 10 + tinggi - (v / maks) * tinggi;
    const g = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, role: 'img',
      'aria-label': 'Grafik serapan anggaran dan capaian kinerja per OPD' });
    for (const v of [0, 50, 100, Math.round(maks)]) {
      g.append(svg('line', { x1: kiri, x2: w - 5, y1: y(v), y2: y(v), stroke: v === 100 ? '#b42318' : '#d6dce4', 'stroke-dasharray': v === 100 ? '4 3' : '' }));
      g.append(svg('text', { x: kiri - 4, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 10 }, v));
    }
    data.forEach((o, i) => {
      const x0 = kiri + i * lebarKel + 4;
      [['serapan', '#1d4f91', 0], ['capaian', '#1e7b34', 18]].forEach(([k, warna, dx]) => {
        if (o[k] === null) return;
        const v = Math.max(0, o[k]);
        g.append(svg('rect', { x: x0 + dx, y: y(v), width: 16, height: 10 + tinggi - y(v), fill: warna },
          svg('title', {}, (o.nama || o.kodeOpd) + ': ' + (k === 'serapan' ? 'serapan ' : 'capaian ') + fmt(o[k], '%'))));
      });
      const nama = (o.nama || o.kodeOpd || '').slice(0, 22);
      g.append(svg('text', { x: x0 + 17, y: tinggi + 16, 'font-size': 10, 'text-anchor': 'end',
        transform: 'rotate(-60 ' + (x0 + 17) + ' ' + (tinggi + 16) + ')' }, nama));
    });
    // Classes, not style attributes: the Content-Security-Policy allows no inline style.
    const legenda = el('div', { class: 'catatan' }, el('span', { class: 'seri-serapan' }, '■ Serapan anggaran (%)'), '  ',
      el('span', { class: 'seri-capaian' }, '■ Rata-rata capaian kinerja (%)'), '  ', el('span', { class: 'seri-batas' }, '- - 100 %'));
    return el('div', {}, legenda, el('div', { class: 'tabel' }, g));
  }

  function tabel(r) {
    const kolom = ['No', 'Kode OPD', 'Nama OPD', 'Status', 'Sub Kegiatan', 'Pagu', 'Realisasi', 'Serapan', 'Capaian', 'Kategori',
      'Efisiensi', 'Galat', 'Catatan'];
    const baris = (o, total) => el('tr', { class: total ? 'jumlah' : null },
      el('td', {}, o.no || ''), el('td', {}, o.kodeOpd || ''), el('td', {}, total ? el('strong', {}, o.nama) : (o.nama || o.berkas || '')),
      el('td', {}, total ? o.status : lencanaStatus(o.status)), el('td', {}, o.subKegiatan ?? '–'),
      el('td', {}, fmt(o.pagu, 'rp')), el('td', {}, fmt(o.realisasi, 'rp')), el('td', {}, fmt(o.serapan, '%')),
      el('td', {}, fmt(o.capaian, '%')), el('td', {}, o.kategori || '–'), el('td', {}, fmt(o.efisiensi)),
      el('td', {}, o.errors ?? '–'), el('td', { class: 'catatan' }, o.catatan || ''));
    return el('div', { class: 'tabel' }, el('table', {}, el('thead', {}, el('tr', {}, kolom.map((k) => el('th', {}, k)))),
      el('tbody', {}, r.opds.map((o) => baris(o, false)), baris(r.total, true))));
  }

  function tampilkanRekap(r, unduhan) {
    const i = r.info;
    hasil.replaceChildren(el('section', { class: 'kartu' },
      el('h2', {}, i.judul), el('p', { class: 'catatan' }, i.keterangan),
      unduhan || null,
      grafik(r.opds), tabel(r),
      r.skipped.length ? el('div', { class: 'catatan' }, el('h3', {}, 'Dilewati'), el('ul', {}, r.skipped.map((s) => el('li', {}, s.berkas + ': ' + s.reason)))) : null));
  }

  let giliranRekap = 0;
  async function rekap() {
    const ini = ++giliranRekap;
    pesan.replaceChildren(el('p', { class: 'catatan' }, 'Menyusun rekap…'));
    try {
      const r = await api('/api/v1/rekap?' + query());
      if (ini !== giliranRekap) return;
      tampilkanRekap(r);
      pesan.replaceChildren();
    } catch (e) { pesan.replaceChildren(el('div', { class: 'pesan gagal' }, e.message)); }
  }

  async function rekapBerkas(files) {
    if (!files.length) return;
    const data = new FormData();
    for (const f of files) data.append('file', f, f.name);
    pesan.replaceChildren(el('p', { class: 'catatan' }, 'Mengunggah dan merekap ' + files.length + ' berkas…'));
    try {
      const a = await api('/api/v1/rekap', { method: 'POST', body: data });
      const blob = base64KeBlob(a.workbookBase64, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      tampilkanRekap(a.rekap, el('p', {}, unduhBlob(a.resultName, blob, 'Unduh rekap berkas ini (.xlsx)')));
      pesan.replaceChildren();
    } catch (e) { pesan.replaceChildren(el('div', { class: 'pesan gagal' }, e.message)); }
  }

  const infoDaftar = document.getElementById('info-daftar');
  async function muatDaftar() {
    try {
      const d = await api('/api/v1/daftar-opd');
      infoDaftar.textContent = (d.tersimpan ? 'Daftar tersimpan: ' : 'Belum ada daftar; dipakai akun OPD: ') + d.opd.length + ' OPD.';
    } catch (e) { infoDaftar.textContent = e.message; }
  }
  document.getElementById('berkas-daftar').addEventListener('change', async (ev) => {
    const f = ev.target.files[0];
    if (!f) return;
    const data = new FormData();
    data.append('file', f, f.name);
    try { await api('/api/v1/daftar-opd', { method: 'POST', body: data }); await muatDaftar(); }
    catch (e) { infoDaftar.textContent = e.message; }
    ev.target.value = '';
  });

  Capaian.pemilihBerkas(document.getElementById('zona-rekap'), document.getElementById('berkas-rekap'), rekapBerkas);
  document.getElementById('rekap').addEventListener('click', rekap);
  muatDaftar();
});
