'use strict';
// Rekap seluruh OPD on the Bappeda page: the Rekap OPD table (fits a laptop screen), the Rekap Program table,
// a chart of every OPD drawn as inline SVG, and one OPD's submission and findings in a dialog. Same JSON as the
// workbook's numbers. The page opens on the latest period that has submissions.
Capaian.untukPeran('bappeda', () => {
  const { el, api, fmt, uangRingkas, lencanaStatus, unduhBlob, base64KeBlob, namaFormulir, temuan, waktu } = Capaian;
  const tahun = document.getElementById('tahun');
  const periode = document.getElementById('periode');
  const formulir = document.getElementById('formulir');
  const pesan = document.getElementById('pesan-rekap');
  const hasil = document.getElementById('hasil-rekap');
  const unduh = document.getElementById('unduh-rekap');
  const dialog = document.getElementById('rincian-opd');
  const SVG = 'http://www.w3.org/2000/svg';
  const ROMAWI = ['I', 'II', 'III', 'IV'];

  const query = () => 'tahun=' + tahun.value + '&periode=' + periode.value + '&form=' + formulir.value;
  const perbaruiUnduh = () => {
    unduh.href = '/api/v1/rekap/xlsx?' + query();
    document.getElementById('unduh-rkpd').href = '/api/v1/evaluasi-rkpd/xlsx?tahun=' + tahun.value + '&periode=' + periode.value;
  };
  [tahun, periode, formulir].forEach((s) => s.addEventListener('change', perbaruiUnduh));
  perbaruiUnduh();

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
    for (const c of children) if (c !== null && c !== undefined) e.append(c.nodeType ? c : String(c));
    return e;
  }

  /** Money: compact in the cell, the full rupiah on hover. */
  const uang = (v, attrs) => el('td', Object.assign({ class: 'angka', title: v === null || v === undefined ? null : fmt(v, 'rp') }, attrs || {}),
    uangRingkas(v));
  const persen = (v, attrs) => el('td', Object.assign({ class: 'angka' }, attrs || {}), fmt(v, '%'));

  // Names are measured in the chart's own font (app.css .grafik .nama-opd), so a wrapped line never runs out.
  const ukur = document.createElement('canvas').getContext('2d');
  ukur.font = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const lebarTeks = (t) => ukur.measureText(t).width;
  const potong = (t, muat) => { while (t.length > 1 && lebarTeks(t + '…') > muat) t = t.slice(0, -1); return t + '…'; };

  /** Words of a name in lines at most `muat` px wide; at most `maks` lines, the last one cut with "…". */
  function bungkus(teks, muat, maks) {
    const baris = [];
    let kini = '';
    for (const kata of teks.split(/\s+/)) {
      if (kini && lebarTeks(kini + ' ' + kata) > muat) { baris.push(kini); kini = kata; } else kini = kini ? kini + ' ' + kata : kata;
    }
    if (kini) baris.push(kini);
    if (baris.length > maks) {
      const sisa = baris.slice(maks - 1).join(' ');
      baris.length = maks - 1;
      baris.push(sisa);
    }
    return baris.map((b) => (lebarTeks(b) > muat ? potong(b, muat) : b));
  }

  let urutGrafik = 'capaian';
  const nilaiUrut = (o) => (o[urutGrafik] === null || o[urutGrafik] === undefined ? -Infinity : o[urutGrafik]);

  /**
   * Horizontal bars, one row per OPD (sorted), its full name on the left (wrapped; whole name on hover):
   * serapan and capaian, over the profile's category bands, with the 100 % line.
   */
  function grafik(r, lebar) {
    const opds = r.opds.slice().sort((a, b) => nilaiUrut(b) - nilaiUrut(a) || (a.nama || '').localeCompare(b.nama || ''));
    if (!opds.length) return el('p', { class: 'catatan' }, 'Belum ada OPD untuk digrafikkan.');
    const w = Math.max(300, Math.floor(lebar));
    // On a phone the names take a larger share and more lines, so that each is still written out in full.
    const sempit = w < 600;
    const kiri = Math.round(sempit ? w * 0.42 : Math.min(300, Math.max(110, w * 0.3)));
    const kanan = w - 14;
    const muat = kiri - 12;
    const nilai = opds.flatMap((o) => [o.serapan, o.capaian]).filter((v) => v !== null && v !== undefined);
    const langkah = Math.max(...nilai, 100) > 200 ? 50 : 25;
    const maks = Math.ceil(Math.max(110, ...nilai) / langkah) * langkah;
    const x = (v) => kiri + (Math.max(0, Math.min(v, maks)) / maks) * (kanan - kiri);
    const atas = 22;
    const tata = opds.map((o) => {
      const baris = bungkus(o.nama || o.kodeOpd || o.berkas || '', muat, sempit ? 7 : 3);
      return { o, baris, tinggi: Math.max(30, baris.length * 13 + 8) };
    });
    const h = atas + tata.reduce((s, t) => s + t.tinggi, 0) + 22;
    const g = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, width: w, height: h, class: 'grafik-opd', role: 'img',
      'aria-label': 'Grafik serapan anggaran dan rata-rata capaian kinerja per OPD, diurutkan menurut ' + urutGrafik });
    // Category bands behind everything, then the grid, the 100 % line and the scale (top and bottom).
    for (const p of r.kategoriCapaian || []) {
      const a = x(p.min == null ? 0 : p.min), b = x(p.max == null ? maks : p.max);
      if (b <= a) continue;
      g.append(svg('rect', { x: a, y: atas, width: b - a, height: h - atas - 22, fill: p.warna || '#f2f4f7', 'fill-opacity': 0.55 },
        svg('title', {}, 'Kategori ' + p.label + ': ' + (p.min == null ? 'di bawah ' + fmt(p.max, '%') : p.max == null ? fmt(p.min, '%') + ' ke atas'
          : fmt(p.min, '%') + ' sampai di bawah ' + fmt(p.max, '%')))));
    }
    for (let v = 0; v <= maks; v += langkah) {
      g.append(svg('line', { x1: x(v), x2: x(v), y1: atas, y2: h - 22, stroke: v === 100 ? '#b42318' : '#c3cad4',
        'stroke-width': v === 100 ? 2 : 1, 'stroke-dasharray': v === 100 ? '5 3' : null }));
      for (const yy of [atas - 6, h - 6]) g.append(svg('text', { x: x(v), y: yy, 'text-anchor': 'middle', class: 'skala' }, v + ' %'));
    }
    let y = atas;
    for (const { o, baris, tinggi } of tata) {
      const nama = o.nama || o.kodeOpd || o.berkas || '';
      const grup = svg('g', { class: 'opd' }, svg('title', {}, nama + (o.kodeOpd ? ' (' + o.kodeOpd + ')' : '') + '\nSerapan: '
        + fmt(o.serapan, '%') + '\nCapaian: ' + fmt(o.capaian, '%') + (o.kategori ? ' (' + o.kategori + ')' : '')));
      const t = svg('text', { x: kiri - 6, y: y + (tinggi - baris.length * 13) / 2 + 10, 'text-anchor': 'end', class: 'nama-opd' });
      baris.forEach((b, i) => t.append(svg('tspan', { x: kiri - 6, dy: i === 0 ? 0 : 13 }, b)));
      grup.append(t);
      const tengah = y + tinggi / 2;
      if (o.serapan == null && o.capaian == null) {
        grup.append(svg('text', { x: kiri + 6, y: tengah + 4, class: 'tanpa-angka' }, o.status || 'belum ada angka'));
      }
      [['serapan', '#1d4f91', tengah - 10], ['capaian', '#1e7b34', tengah + 1]].forEach(([k, warna, yb]) => {
        if (o[k] === null || o[k] === undefined) return;
        const ujung = x(o[k]);
        grup.append(svg('rect', { x: kiri, y: yb, width: Math.max(1, ujung - kiri), height: 9, fill: warna }));
        const dalam = ujung > kanan - 40;
        grup.append(svg('text', { x: dalam ? ujung - 3 : ujung + 3, y: yb + 8, 'text-anchor': dalam ? 'end' : 'start',
          class: 'nilai-batang' + (dalam ? ' di-dalam' : '') }, fmt(o[k])));
      });
      grup.append(svg('line', { x1: kiri, x2: kanan, y1: y + tinggi, y2: y + tinggi, stroke: '#e4e8ee' }));
      g.append(grup);
      y += tinggi;
    }
    const pilih = el('select', { id: 'urut-grafik', 'aria-label': 'Urutkan grafik menurut', onchange: (e) => { urutGrafik = e.target.value; gambarUlang(); } },
      el('option', { value: 'capaian', selected: urutGrafik === 'capaian' }, 'Urut menurut capaian'),
      el('option', { value: 'serapan', selected: urutGrafik === 'serapan' }, 'Urut menurut serapan'));
    const legenda = el('p', { class: 'legenda' }, el('span', { class: 'seri-serapan' }, '■ Serapan anggaran (%)'),
      el('span', { class: 'seri-capaian' }, '■ Rata-rata capaian kinerja (%)'), el('span', { class: 'seri-batas' }, '┆ 100 %'),
      (r.kategoriCapaian || []).length ? el('span', { class: 'catatan' }, 'Latar: kategori capaian (' + r.kategoriCapaian.map((p) => p.label).join(', ') + ')') : null);
    return el('div', { class: 'grafik' }, el('div', { class: 'baris' }, pilih), legenda, g);
  }

  const ringkasTemuan = (o) => {
    if (o.errors === null || o.errors === undefined) return '–';
    const bagian = [];
    if (o.errors) bagian.push(el('div', { class: 'kesalahan' }, o.errors + ' kesalahan'));
    if (o.warnings) bagian.push(el('div', {}, o.warnings + ' peringatan'));
    return bagian.length ? bagian : el('span', { class: 'catatan' }, 'tidak ada');
  };

  /** Rekap OPD: the columns Bappeda reads at a glance; Efisiensi and the notes are one click away (the OPD's dialog). */
  function tabelOpd(r) {
    const kolom = [['No', 'no'], ['OPD', 'opd'], ['Status', 'status'], ['Sub keg.', 'angka'], ['Pagu (Rp)', 'angka'],
      ['Realisasi (Rp)', 'angka'], ['Serapan', 'angka'], ['Capaian', 'angka'], ['Kategori', ''], ['Efisiensi', 'angka'], ['Temuan', '']];
    const baris = (o) => el('tr', { 'data-kode': o.kodeOpd || '' },
      el('td', { class: 'no', 'data-label': 'No' }, o.no || ''),
      el('td', { class: 'opd' }, el('button', { type: 'button', class: 'nama-opd', title: 'Lihat kiriman dan temuan OPD ini',
        onclick: () => rincian(o) }, o.nama || o.berkas || o.kodeOpd || ''), o.kodeOpd ? el('div', { class: 'catatan' }, o.kodeOpd) : null),
      el('td', { class: 'status', 'data-label': 'Status', title: o.catatan || null }, lencanaStatus(o.status)),
      el('td', { class: 'angka', 'data-label': 'Sub kegiatan' }, o.subKegiatan ?? '–'),
      uang(o.pagu, { 'data-label': 'Pagu' }), uang(o.realisasi, { 'data-label': 'Realisasi' }),
      persen(o.serapan, { 'data-label': 'Serapan' }), persen(o.capaian, { 'data-label': 'Capaian' }),
      el('td', { 'data-label': 'Kategori' }, o.kategori || '–'),
      persen(o.efisiensi, { 'data-label': 'Efisiensi', title: o.kategoriEfisiensi || null }),
      el('td', { 'data-label': 'Temuan', title: o.catatan || null }, ringkasTemuan(o)));
    const t = r.total;
    const jumlah = el('tr', { class: 'jumlah' }, el('td', { class: 'no' }), el('td', { class: 'opd' }, t.label || 'JUMLAH',
      el('div', { class: 'catatan' }, r.info.terkirim + ' dari ' + r.info.jumlahOpd + ' OPD terbaca')), el('td', { class: 'status' }),
      el('td', { class: 'angka', 'data-label': 'Sub kegiatan' }, t.subKegiatan ?? '–'),
      uang(t.pagu, { 'data-label': 'Pagu' }), uang(t.realisasi, { 'data-label': 'Realisasi' }),
      persen(t.serapan, { 'data-label': 'Serapan' }), persen(t.capaian, { 'data-label': 'Capaian' }),
      el('td', { 'data-label': 'Kategori' }, t.kategori || '–'), persen(t.efisiensi, { 'data-label': 'Efisiensi' }),
      el('td', { 'data-label': 'Temuan' }, ringkasTemuan(t)));
    return el('div', { id: 'tabel-opd', class: 'tabel gulung' }, el('table', { class: 'rekap susun' },
      el('thead', {}, el('tr', {}, kolom.map(([k, c]) => el('th', { class: c || null, scope: 'col' }, k)))),
      el('tbody', {}, r.opds.map(baris), jumlah)),
      t.catatan ? el('p', { class: 'catatan' }, t.catatan) : null);
  }

  /** Rekap Program: each urusan, bidang urusan and program summed across the OPDs that carry it. */
  function tabelProgram(r) {
    if (!r.programs.length) return el('p', { id: 'tabel-program', class: 'catatan tersembunyi' }, 'Belum ada program untuk direkap.');
    const kolom = [['Kode', ''], ['Urusan / bidang urusan / program', ''], ['OPD', 'angka'], ['Pagu (Rp)', 'angka'],
      ['Realisasi (Rp)', 'angka'], ['Serapan', 'angka'], ['Capaian', 'angka'], ['Kategori', '']];
    const tingkat = (p) => 'tingkat-' + String(p.tingkat || '').toLowerCase().replace(/[^a-z]+/g, '-');
    return el('div', { id: 'tabel-program', class: 'tabel gulung tersembunyi' }, el('table', { class: 'rekap susun' },
      el('thead', {}, el('tr', {}, kolom.map(([k, c]) => el('th', { class: c || null, scope: 'col' }, k)))),
      el('tbody', {}, r.programs.map((p) => el('tr', { class: tingkat(p) },
        el('td', { 'data-label': p.tingkat || 'Kode' }, p.kode || ''),
        el('td', { class: 'uraian' }, p.uraian || '', p.opd ? el('div', { class: 'catatan daftar-opd', title: p.opd }, p.opd) : null),
        el('td', { class: 'angka', 'data-label': 'Jumlah OPD', title: p.opd || null }, p.jumlahOpd),
        uang(p.pagu, { 'data-label': 'Pagu' }), uang(p.realisasi, { 'data-label': 'Realisasi' }),
        persen(p.serapan, { 'data-label': 'Serapan' }), persen(p.capaian, { 'data-label': 'Capaian' }),
        el('td', { 'data-label': 'Kategori' }, p.kategori || '–'))))));
  }

  let kiriman = []; // the latest stored submission of each OPD for the rekap shown (empty for uploaded files)
  let rekapKini = null;

  /** One OPD: its figures, Bappeda's notes on it, its stored submission's files and its findings. */
  async function rincian(o) {
    const s = kiriman.find((k) => k.kodeOpd === o.kodeOpd);
    const item = (t, v, judul) => el('div', {}, el('dt', {}, t), el('dd', { title: judul || null }, v));
    const isi = el('div', { class: 'isi-rincian' });
    dialog.replaceChildren(el('div', { class: 'kepala-rincian' }, el('h2', {}, o.nama || o.berkas || o.kodeOpd || 'OPD'),
      el('button', { type: 'button', class: 'kedua', onclick: () => dialog.close() }, 'Tutup')),
      el('p', { class: 'catatan' }, (o.kodeOpd || '') + (o.urusan ? ' · ' + o.urusan : '')),
      el('dl', { class: 'ringkasan' }, item('Status', lencanaStatus(o.status)), item('Pagu', fmt(o.pagu, 'rp')),
        item('Realisasi', fmt(o.realisasi, 'rp')), item('Serapan', fmt(o.serapan, '%')),
        item('Rata-rata capaian', fmt(o.capaian, '%') + (o.kategori ? ' · ' + o.kategori : '')),
        item('Efisiensi', fmt(o.efisiensi, '%') + (o.kategoriEfisiensi ? ' · ' + o.kategoriEfisiensi : '')),
        item('Temuan', (o.errors ?? 0) + ' kesalahan · ' + (o.warnings ?? 0) + ' peringatan · ' + (o.infos ?? 0) + ' catatan')),
      o.catatan ? el('p', { class: 'pesan' }, o.catatan) : null, isi);
    if (!dialog.open) dialog.showModal();
    if (!s) { isi.append(el('p', { class: 'catatan' }, o.status === 'belum kirim' ? 'OPD ini belum mengirim untuk periode ini.' : 'Tidak ada kiriman tersimpan untuk OPD ini.')); return; }
    isi.append(el('p', {}, namaFormulir(s.form) + ' versi ' + s.version + ', dikirim ' + waktu(s.submittedAt) + ' oleh ' + (s.submittedBy || '–') + '. ',
      s.statusNote ? el('span', { class: 'catatan' }, 'Catatan Bappeda: ' + s.statusNote) : null),
      el('p', { class: 'tautan' }, el('a', { href: s.links.original }, 'Unduh buku kerja asli'),
        s.links.result ? el('a', { href: s.links.result }, 'Unduh buku kerja hasil') : null));
    const tempat = el('div', {}, el('p', { class: 'catatan' }, 'Memuat temuan…'));
    isi.append(tempat);
    try {
      const laporan = await api(s.links.report);
      tempat.replaceChildren(temuan(laporan.findings));
    } catch (e) { tempat.replaceChildren(el('div', { class: 'pesan gagal' }, e.message)); }
  }

  function gambarUlang() {
    const tempat = document.getElementById('tempat-grafik');
    if (!rekapKini || !tempat) return;
    tempat.replaceChildren(grafik(rekapKini, tempat.clientWidth));
  }

  function tampilkanRekap(r, unduhan) {
    rekapKini = r;
    const i = r.info;
    const tabOpd = el('button', { type: 'button', id: 'lihat-opd', 'aria-pressed': 'true' }, 'Per OPD');
    const tabProgram = el('button', { type: 'button', id: 'lihat-program', class: 'kedua', 'aria-pressed': 'false' }, 'Per program');
    const opd = tabelOpd(r), program = tabelProgram(r);
    const pilih = (keOpd) => {
      opd.classList.toggle('tersembunyi', !keOpd); program.classList.toggle('tersembunyi', keOpd);
      tabOpd.className = keOpd ? '' : 'kedua'; tabProgram.className = keOpd ? 'kedua' : '';
      tabOpd.setAttribute('aria-pressed', String(keOpd)); tabProgram.setAttribute('aria-pressed', String(!keOpd));
    };
    tabOpd.addEventListener('click', () => pilih(true));
    tabProgram.addEventListener('click', () => pilih(false));
    hasil.replaceChildren(el('section', { class: 'kartu' },
      el('h2', {}, i.judul), el('p', { class: 'catatan' }, i.keterangan),
      unduhan || null,
      el('div', { class: 'baris tab' }, tabOpd, tabProgram), opd, program,
      r.skipped.length ? el('div', { class: 'catatan' }, el('h3', {}, 'Dilewati'), el('ul', {}, r.skipped.map((s) => el('li', {}, s.berkas + ': ' + s.reason)))) : null),
    el('section', { class: 'kartu' }, el('h2', {}, 'Grafik serapan dan capaian per OPD'), el('div', { id: 'tempat-grafik' })));
    gambarUlang();
  }

  let lebarTerakhir = window.innerWidth, tunda = null;
  window.addEventListener('resize', () => {
    if (window.innerWidth === lebarTerakhir) return;
    lebarTerakhir = window.innerWidth;
    clearTimeout(tunda);
    tunda = setTimeout(gambarUlang, 120);
  });

  const dariPeriode = (s) => s.tahun === Number(tahun.value) && s.form === formulir.value
    && (s.periode === 'Tahunan' || s.periode === periode.value);

  let giliranRekap = 0;
  async function rekap() {
    const ini = ++giliranRekap;
    pesan.replaceChildren(el('p', { class: 'catatan' }, 'Menyusun rekap…'));
    try {
      const [r, daftar] = await Promise.all([api('/api/v1/rekap?' + query()), api('/api/v1/submissions?latest=true')]);
      if (ini !== giliranRekap) return;
      kiriman = daftar.submissions.filter(dariPeriode);
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
      kiriman = [];
      tampilkanRekap(a.rekap, el('p', {}, unduhBlob(a.resultName, blob, 'Unduh rekap berkas ini (.xlsx)')));
      pesan.replaceChildren();
    } catch (e) { pesan.replaceChildren(el('div', { class: 'pesan gagal' }, e.message)); }
  }

  /**
   * The latest period that has submissions: the latest tahun, then its latest triwulan of a quarterly form
   * (a year with only Renja opens on that Renja). Chosen once, when the page opens; the matrix and the rekap
   * are then drawn for it.
   */
  async function bukaPeriodeTerakhir() {
    let submissions = [];
    try { ({ submissions } = await api('/api/v1/submissions?latest=true')); } catch (e) { /* stays on today's period */ }
    const urut = (s) => s.tahun * 10 + (s.periode === 'Tahunan' ? 0 : ROMAWI.indexOf(s.periode) + 1);
    const terakhir = submissions.slice().sort((a, b) => urut(b) - urut(a))[0];
    if (terakhir) {
      if (![...tahun.options].some((o) => o.value === String(terakhir.tahun))) {
        tahun.append(el('option', { value: String(terakhir.tahun) }, String(terakhir.tahun)));
      }
      tahun.value = String(terakhir.tahun);
      if (terakhir.periode !== 'Tahunan') periode.value = terakhir.periode;
      if ([...formulir.options].some((o) => o.value === terakhir.form)) formulir.value = terakhir.form;
      perbaruiUnduh();
      document.getElementById('tampilkan').click();
    } else {
      rekap();
    }
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
  // "Tampilkan" redraws the matrix (bappeda.js) and, with it, the rekap of the same period.
  document.getElementById('tampilkan').addEventListener('click', rekap);
  muatDaftar();
  bukaPeriodeTerakhir();
});
