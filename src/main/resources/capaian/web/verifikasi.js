'use strict';
// One submission's rows with their figures, findings and Bappeda's notes. Bappeda decides (terima / kembalikan)
// and notes a row or a figure's cell; the OPD reads the same page without the buttons.
document.addEventListener('capaian:saya', (ev) => {
  const { el, api, fmt, waktu, lencanaStatus } = Capaian;
  const saya = ev.detail;
  if (!saya) { document.getElementById('perlu-masuk').classList.remove('tersembunyi'); return; }
  document.getElementById('isi').classList.remove('tersembunyi');
  const bappeda = saya.user.role === 'bappeda';
  const id = new URLSearchParams(location.search).get('id');
  const pesan = document.getElementById('pesan');
  const gagal = (e) => pesan.replaceChildren(el('div', { class: 'pesan gagal' }, e.message));
  const post = (url, body) => api(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const ANGKA = [['target', null], ['realisasi', null], ['capaian', '%'], ['pagu', 'rp'], ['realisasiAnggaran', 'rp'], ['serapan', '%']];
  let tempat = null; // {lembar, baris, sel}

  const tempatTeks = (n) => 'lembar ' + n.lembar + ', ' + (n.sel ? 'sel ' + n.sel : 'baris ' + n.baris);

  function bukaForm(t) {
    tempat = t;
    document.getElementById('catat-tempat').textContent = tempatTeks(t);
    document.getElementById('form-catatan').classList.remove('tersembunyi');
    document.getElementById('catat-isi').focus();
  }

  function ringkas(s) {
    document.getElementById('ringkas').replaceChildren(
      el('h2', {}, (s.opd || s.kodeOpd) + ' · ' + Capaian.namaFormulir(s.form) + ' · ' + s.tahun + (s.periode === 'Tahunan' ? ' (tahunan)' : ' Triwulan ' + s.periode)),
      el('p', {}, 'Versi ' + s.version + ', dikirim ' + waktu(s.submittedAt) + ' oleh ' + s.submittedBy + '. Status: ', lencanaStatus(s.status)),
      s.statusNote ? el('p', { class: 'catatan-bappeda', id: 'catatan-status' }, 'Catatan Bappeda: ' + s.statusNote) : null,
      el('p', {}, s.errors + ' kesalahan · ' + s.warnings + ' peringatan'),
      el('p', { class: 'tautan' }, s.links.result ? el('a', { id: 'unduh-hasil', href: s.links.result }, 'Unduh buku kerja hasil (dengan catatan Bappeda)') : null,
        el('a', { href: s.links.original }, 'Unduh berkas asli')));
    document.getElementById('vonis').classList.toggle('tersembunyi', !bappeda);
  }

  async function muat() {
    try {
      const d = await api('/api/v1/submissions/' + encodeURIComponent(id) + '/rows');
      ringkas(d.submission);
      document.getElementById('daftar-catatan').replaceChildren(...(d.notes.length ? d.notes.map((n) => el('li', { class: 'catatan-bappeda' },
        el('strong', {}, tempatTeks(n)), ': ' + n.catatan, el('div', { class: 'catatan' }, n.oleh + ', ' + waktu(n.waktu))))
        : [el('li', { class: 'catatan' }, 'Belum ada catatan.')]));
      document.getElementById('petunjuk-baris').textContent = bappeda
        ? 'Klik angka untuk memberi catatan pada selnya, atau "Catat" untuk seluruh baris. Catatan tampil bagi OPD dan ikut di buku kerja hasilnya.'
        : 'Baris yang diberi catatan Bappeda ditandai; catatannya juga ada sebagai komentar di buku kerja hasil Anda.';
      const catatanDi = (lembar, baris) => d.notes.filter((n) => n.lembar === lembar && n.baris === baris);
      const temuanDi = (lembar, baris) => d.findings.filter((f) => f.sheet === lembar && f.cell && Number(f.cell.replace(/^[A-Z]+/, '')) === baris
        && f.severity !== 'info');
      document.getElementById('baris').replaceChildren(...d.rows.map((r) => {
        const kolom = d.kolom[r.sheet] || {};
        const catatan = catatanDi(r.sheet, r.row);
        const angka = ANGKA.map(([k, cara]) => {
          const v = r[k];
          const sel = kolom[k] ? kolom[k] + r.row : null;
          const teks = v === null || v === undefined ? '–' : (typeof v === 'number' ? fmt(v, cara) : v);
          const dicatat = sel && catatan.some((n) => n.sel === sel);
          return el('td', { 'data-sel': sel, class: [bappeda && sel ? 'sel-catat' : '', dicatat ? 'ada-catatan' : ''].join(' ').trim() || null,
            title: sel ? 'sel ' + sel : null, onclick: bappeda && sel ? () => bukaForm({ lembar: r.sheet, baris: r.row, sel }) : null }, teks);
        });
        return el('tr', { 'data-baris': r.row, class: catatan.length ? 'ada-catatan' : null },
          el('td', {}, r.row, bappeda ? el('div', {}, el('button', { class: 'kedua kecil catat-baris', type: 'button',
            title: 'Catat seluruh baris ini', onclick: () => bukaForm({ lembar: r.sheet, baris: r.row, sel: null }) }, 'Catat')) : null),
          el('td', {}, r.kode || ''), el('td', {}, r.uraian || '', r.indikator ? el('div', { class: 'catatan' }, r.indikator) : null),
          angka, el('td', {}, temuanDi(r.sheet, r.row).map((f) => el('div', { class: 'catatan' }, f.message)),
            catatan.map((n) => el('div', { class: 'catatan-bappeda' }, (n.sel ? n.sel + ': ' : '') + n.catatan))));
      }));
    } catch (e) { gagal(e); }
  }

  async function vonis(status) {
    try {
      const catatan = document.getElementById('catatan-vonis').value.trim();
      await post('/api/v1/submissions/' + encodeURIComponent(id) + '/status', { status, catatan: catatan || null });
      pesan.replaceChildren(el('div', { class: 'pesan berhasil' }, status === 'diterima' ? 'Kiriman diterima.' : 'Kiriman dikembalikan ke OPD.'));
      muat();
    } catch (e) { gagal(e); }
  }

  document.getElementById('terima').addEventListener('click', () => vonis('diterima'));
  document.getElementById('kembalikan').addEventListener('click', () => vonis('dikembalikan'));
  document.getElementById('catat-batal').addEventListener('click', () => document.getElementById('form-catatan').classList.add('tersembunyi'));
  document.getElementById('catat-simpan').addEventListener('click', async () => {
    try {
      await post('/api/v1/submissions/' + encodeURIComponent(id) + '/notes', { lembar: tempat.lembar, baris: tempat.baris, sel: tempat.sel,
        catatan: document.getElementById('catat-isi').value });
      document.getElementById('catat-isi').value = '';
      document.getElementById('form-catatan').classList.add('tersembunyi');
      pesan.replaceChildren(el('div', { class: 'pesan berhasil' }, 'Catatan disimpan.'));
      muat();
    } catch (e) { gagal(e); }
  });
  muat();
});
