// Capaian: shared helpers for every page. No framework; everything served by the Capaian server itself.
'use strict';

const Capaian = (() => {
  let saya = null; // {user, csrfToken} once known

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c.nodeType ? c : String(c));
    return e;
  }

  const angka = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
  const rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
  const fmt = (v, cara) => (v === null || v === undefined || v === '') ? '–'
    : cara === 'rp' ? 'Rp ' + rupiah.format(v) : cara === '%' ? angka.format(v) + ' %' : angka.format(v);
  const waktu = (iso) => iso ? new Date(iso).toLocaleString('id-ID', { dateStyle: 'medium', timeStyle: 'short' }) : '–';

  async function api(path, opts = {}) {
    const headers = Object.assign({ Accept: 'application/json' }, opts.headers || {});
    if (saya && saya.csrfToken && opts.method && opts.method !== 'GET') headers['X-CSRF-Token'] = saya.csrfToken;
    const r = await fetch(path, Object.assign({}, opts, { headers, credentials: 'same-origin' }));
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) throw new Error((body && body.message) || ('Permintaan gagal (' + r.status + ').'));
    return body;
  }

  async function kenali() {
    try { saya = await api('/api/v1/session'); } catch (e) { saya = null; }
    return saya;
  }

  async function keluar() {
    try { await api('/api/v1/session', { method: 'DELETE' }); } finally { location.href = '/'; }
  }

  function kepala() {
    const here = location.pathname;
    const nav = [['/', 'Beranda'], ['/periksa', 'Periksa & Hitung'], ['/kirim', 'Kirim ke Bappeda'], ['/bappeda', 'Bappeda']];
    const akun = el('span', { id: 'akun' });
    const navigasi = el('nav', {}, nav.map(([h, t]) => el('a', { href: h, 'aria-current': here === h ? 'page' : null }, t)));
    const header = el('header', {}, el('div', { class: 'isi' },
      el('a', { class: 'merek', href: '/' }, 'Capaian'),
      navigasi,
      akun));
    document.body.prepend(header);
    kenali().then((s) => {
      akun.replaceChildren();
      if (s) {
        const u = s.user;
        // A password given out by an admin is changed before anything else (the API refuses all else meanwhile).
        if (u.mustChangePassword && here !== '/masuk') { location.href = '/masuk?ganti=1&lanjut=' + encodeURIComponent(here); return; }
        if (u.role === 'bappeda') navigasi.append(el('a', { href: '/pengguna', 'aria-current': here === '/pengguna' ? 'page' : null }, 'Pengguna'));
        akun.append(u.username + (u.kodeOpd ? ' (' + u.kodeOpd + ')' : ' (Bappeda)'),
          el('button', { class: 'kedua', type: 'button', onclick: keluar }, 'Keluar'));
      } else {
        akun.append(el('a', { href: '/masuk?lanjut=' + encodeURIComponent(here) }, 'Masuk'));
      }
      document.dispatchEvent(new CustomEvent('capaian:saya', { detail: s }));
    });
  }

  /** Uploads one file with XHR so that the page can show upload progress; resolves with the JSON answer. */
  function unggah(url, file, fields, onProgress) {
    return new Promise((resolve, reject) => {
      const data = new FormData();
      data.append('file', file, file.name);
      for (const [k, v] of Object.entries(fields || {})) {
        // A field may carry further files (the Renja to compare with, the Lampiran of a Monitoring).
        if (Array.isArray(v)) v.forEach((f) => data.append(k, f, f.name));
        else if (v instanceof File) data.append(k, v, v.name);
        else if (v) data.append(k, v);
      }
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('Accept', 'application/json');
      if (saya && saya.csrfToken) xhr.setRequestHeader('X-CSRF-Token', saya.csrfToken);
      xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress('unggah', e.loaded / e.total); };
      xhr.upload.onload = () => onProgress('proses', null);
      xhr.onload = () => {
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (xhr.status >= 200 && xhr.status < 300) resolve(body);
        else reject(new Error((body && body.message) || ('Gagal (' + xhr.status + ').')));
      };
      xhr.onerror = () => reject(new Error('Sambungan ke server terputus. Periksa jaringan lalu coba lagi.'));
      xhr.send(data);
    });
  }

  /** A card per file: name, a progress bar while it uploads and is processed, then whatever the page shows. */
  function kartuBerkas(file) {
    const bar = el('progress', { max: '1', value: '0' });
    const status = el('div', { class: 'catatan' }, 'Menunggu…');
    const hasil = el('div');
    const kartu = el('section', { class: 'kartu' }, el('h2', {}, file.name), bar, status, hasil);
    const kemajuan = (tahap, nilai) => {
      if (tahap === 'unggah') { bar.value = nilai; status.textContent = 'Mengunggah… ' + Math.round(nilai * 100) + ' %'; }
      else { bar.removeAttribute('value'); status.textContent = 'Sedang diperiksa dan dihitung…'; }
    };
    const selesai = () => { bar.remove(); status.textContent = ''; };
    const gagal = (msg) => { bar.remove(); status.replaceChildren(el('div', { class: 'pesan gagal' }, msg)); };
    return { kartu, hasil, kemajuan, selesai, gagal };
  }

  /** Summary of one report: OPD, year, period, money, serapan, capaian and efisiensi. */
  function ringkasan(report) {
    const h = report.header || {}, s = report.summary || {};
    const item = (t, v) => el('div', {}, el('dt', {}, t), el('dd', {}, v));
    return el('dl', { class: 'ringkasan' },
      item('OPD', (h.opd || '–') + (h.kodeOpd ? ' (' + h.kodeOpd + ')' : '')),
      item('Tahun', h.tahun || '–'),
      item('Periode', h.periode || '–'),
      item('Formulir', namaFormulir(report.form)),
      item('Pagu', fmt(s.pagu, 'rp')),
      item('Realisasi', fmt(s.realisasi, 'rp')),
      item('Serapan', fmt(s.serapan, '%')),
      item('Rata-rata capaian', fmt(s.capaian, '%') + (s.kategori ? ' · ' + s.kategori : '')),
      item('Efisiensi', fmt(s.efisiensi, '%') + (s.kategoriEfisiensi ? ' · ' + s.kategoriEfisiensi : '')),
      item('Temuan', (s.errors || 0) + ' kesalahan · ' + (s.warnings || 0) + ' peringatan · ' + (s.infos || 0) + ' catatan'));
  }

  /** The severity words people read, the same as on the sheets (findings.Severity.word). */
  const LABEL = { error: 'kesalahan', warning: 'peringatan', info: 'catatan' };

  /** The findings table, filterable by severity; errors and warnings first, infos one choice away. */
  function temuan(findings) {
    findings = findings || [];
    if (!findings.length) return el('p', { class: 'pesan berhasil' }, 'Tidak ada temuan.');
    const cocok = (f, pilihan) => !pilihan || (pilihan === 'penting' ? f.severity !== 'info' : f.severity === pilihan);
    const tbody = el('tbody');
    const jumlah = (pilihan) => findings.filter((f) => cocok(f, pilihan)).length;
    // Infos are for the record: a workbook with only infos starts with a one-line note, not a long table.
    const isi = (pilihan) => {
      const baris = findings.filter((f) => cocok(f, pilihan)).map((f) =>
        el('tr', {}, el('td', {}, el('span', { class: 'lencana ' + f.severity }, LABEL[f.severity] || f.severity)),
          el('td', { 'data-label': 'Lembar' }, f.sheet || ''), el('td', { 'data-label': 'Sel' }, f.cell || ''),
          // The message is what a person reads; the code follows it, small, for whoever looks it up.
          el('td', {}, f.message, f.value ? el('div', { class: 'catatan' }, 'Nilai: ' + f.value) : null,
            el('small', { class: 'kode' }, f.code))));
      tbody.replaceChildren(...(baris.length ? baris : [el('tr', {}, el('td', { colspan: 4 },
        'Tidak ada kesalahan atau peringatan. Pilih "catatan" untuk melihat ' + jumlah('info') + ' catatan.'))]));
    };
    const awal = 'penting';
    const pilih = el('select', { 'aria-label': 'Saring menurut tingkat', onchange: (e) => isi(e.target.value) },
      el('option', { value: '' }, 'Semua (' + findings.length + ')'),
      el('option', { value: 'penting', selected: awal === 'penting' }, 'Kesalahan dan peringatan (' + jumlah('penting') + ')'),
      ['error', 'warning', 'info'].map((t) => el('option', { value: t }, LABEL[t] + ' (' + jumlah(t) + ')')));
    isi(awal);
    return el('div', {}, el('div', { class: 'baris' }, el('h3', {}, 'Temuan'), pilih),
      el('div', { class: 'tabel' }, el('table', { class: 'susun' }, el('thead', {}, el('tr', {},
        ['Tingkat', 'Lembar', 'Sel', 'Pesan'].map((t) => el('th', {}, t)))), tbody)));
  }

  /** The forms' names as people say them; the API and the files use the ids. */
  // The names of form.Forms' definitions (FormDefinition.name), as people say them.
  const FORMULIR = { renja: 'Tabel Renja', 'lampiran-realisasi': 'Lampiran Realisasi', 'monitoring-capaian': 'Monitoring Capaian Kinerja' };
  const namaFormulir = (id) => (id ? FORMULIR[id] || id : '–');

  /** Rupiah in few characters ("1,2 M", "350 jt"); the full amount goes in the element's title. */
  function uangRingkas(v) {
    if (v === null || v === undefined || v === '') return '–';
    const a = Math.abs(v);
    const [bagi, satuan] = a >= 1e12 ? [1e12, ' T'] : a >= 1e9 ? [1e9, ' M'] : a >= 1e6 ? [1e6, ' jt'] : a >= 1e3 ? [1e3, ' rb'] : [1, ''];
    const n = v / bagi;
    return new Intl.NumberFormat('id-ID', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 1 }).format(n) + satuan;
  }

  function unduhBlob(nama, blob, teks) {
    return el('a', { href: URL.createObjectURL(blob), download: nama }, teks);
  }

  function base64KeBlob(b64, type) {
    const bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new Blob([bytes], { type });
  }

  /** Picking files by button or by dropping them on the zone; calls back with the list. */
  function pemilihBerkas(zona, input, onFiles) {
    input.addEventListener('change', () => { onFiles([...input.files]); input.value = ''; });
    zona.addEventListener('dragover', (e) => { e.preventDefault(); zona.classList.add('aktif'); });
    zona.addEventListener('dragleave', () => zona.classList.remove('aktif'));
    zona.addEventListener('drop', (e) => { e.preventDefault(); zona.classList.remove('aktif'); onFiles([...e.dataTransfer.files]); });
  }

  function lencanaStatus(status) {
    return el('span', { class: 'lencana ' + status.replace(/ /g, '-') }, status);
  }

  /**
   * Runs a page's code once the user is known and has the role the page is for; otherwise shows its
   * "please log in" box. Pages mark the two parts #perlu-masuk and #isi.
   */
  function untukPeran(peran, jalankan) {
    document.addEventListener('capaian:saya', (ev) => {
      const ok = ev.detail && ev.detail.user.role === peran;
      const kotak = document.getElementById(ok ? 'isi' : 'perlu-masuk');
      // Signed in, but with the other role: say so, and where this account's own page is, instead of "log in".
      if (!ok && ev.detail) {
        const u = ev.detail.user, bappeda = u.role === 'bappeda';
        kotak.replaceChildren(el('p', { class: 'peran-lain' }, 'Halaman ini untuk akun ' + (peran === 'bappeda' ? 'Bappeda' : 'OPD')
          + '. Anda masuk sebagai ' + u.username + (bappeda ? ' (akun Bappeda). ' : ' (akun OPD ' + (u.kodeOpd || '') + '). '),
          el('a', { href: bappeda ? '/bappeda' : '/kirim' }, bappeda ? 'Buka halaman Bappeda' : 'Buka halaman Kirim ke Bappeda'),
          '. Perlu akun lain? ', el('button', { class: 'kedua', type: 'button', onclick: keluar }, 'Keluar'), ' lalu masuk dengan akun itu.'));
      }
      kotak.classList.remove('tersembunyi');
      if (ok) jalankan(ev.detail);
    });
  }

  /** Fills a year picker with next year back to three years ago. */
  function isiTahun(select, pilih) {
    const kini = new Date().getFullYear();
    for (let t = kini + 1; t >= kini - 3; t--) select.append(el('option', { value: String(t), selected: t === pilih }, String(t)));
  }

  // The Excel add-in's task pane (data-tanpa-kepala) has no room for the site's header and navigation.
  document.addEventListener('DOMContentLoaded', () => { if (!document.body.hasAttribute('data-tanpa-kepala')) kepala(); });
  return { el, fmt, waktu, api, unggah, kartuBerkas, ringkasan, temuan, unduhBlob, base64KeBlob, pemilihBerkas,
    lencanaStatus, untukPeran, isiTahun, namaFormulir, uangRingkas, saya: () => saya };
})();
