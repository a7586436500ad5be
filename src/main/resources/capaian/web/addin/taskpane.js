// Capaian's Excel task pane: reads the open workbook through Office.js, has the server check and compute it,
// writes the computed cells back through the Excel JavaScript API, lists the findings, and lets an OPD send
// the workbook to Bappeda. Every failure ends in a plain message on the pane, never in a broken pane.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const { el, fmt, ringkasan, namaFormulir } = Capaian;
  const $ = (id) => document.getElementById(id);
  const tombol = $('periksa');
  const SESI = 'capaian-addin-sesi';
  const BATCH = 500; // cells per Excel sync: big sheets stay responsive
  let sesi = null; // {user, csrfToken, sessionToken} after logging in on the pane
  let officeAktif = false; // running inside Excel with Office.js ready
  try { sesi = JSON.parse(sessionStorage.getItem(SESI) || 'null'); } catch (e) { sesi = null; }

  function pesan(tempat, jenis, teks) {
    tempat.replaceChildren(teks ? el('div', { class: 'pesan ' + jenis }, teks) : '');
  }

  // ---- Office ----

  function officeSiap() {
    return new Promise((resolve) => {
      if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') { resolve(false); return; }
      const waktu = setTimeout(() => resolve(false), 15000);
      Office.onReady((info) => { clearTimeout(waktu); resolve(!!info && info.host === Office.HostType.Excel); });
    });
  }

  /** The open workbook as .xlsx bytes, read in slices (Office hands out at most 4 MB at a time). */
  function bacaBukuKerja() {
    return new Promise((resolve, reject) => {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 1024 * 1024 }, (hasil) => {
        if (hasil.status !== Office.AsyncResultStatus.Succeeded) {
          reject(new Error('Buku kerja tidak dapat dibaca dari Excel' + alasan(hasil) + '. Coba lagi.'));
          return;
        }
        const berkas = hasil.value, potongan = [];
        const tutup = () => berkas.closeAsync(() => {});
        const ambil = (i) => {
          if (i >= berkas.sliceCount) {
            tutup();
            resolve(new Blob(potongan, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
            return;
          }
          berkas.getSliceAsync(i, (s) => {
            if (s.status !== Office.AsyncResultStatus.Succeeded) {
              tutup();
              reject(new Error('Sebagian buku kerja tidak dapat dibaca dari Excel' + alasan(s) + '. Coba lagi.'));
              return;
            }
            potongan.push(new Uint8Array(s.value.data));
            ambil(i + 1);
          });
        };
        ambil(0);
      });
    });
  }

  const alasan = (hasil) => (hasil.error && hasil.error.message ? ' (' + hasil.error.message + ')' : '');

  function namaBerkas() {
    const url = (Office.context.document && Office.context.document.url) || '';
    const nama = url.split(/[\\/]/).pop();
    return /\.xls[xm]$/i.test(nama) ? nama : 'buku-kerja.xlsx';
  }

  /**
   * Writes the computed cells sheet by sheet. A protected sheet (the templates protect theirs, without a
   * password, so that the grey cells are not typed over) is unprotected for the write and protected again
   * with the same options.
   */
  async function tulisSel(cells) {
    const perLembar = new Map();
    for (const c of cells) {
      if (!perLembar.has(c.sheet)) perLembar.set(c.sheet, []);
      perLembar.get(c.sheet).push(c);
    }
    await Excel.run(async (ctx) => {
      for (const [nama, daftar] of perLembar) {
        const ws = ctx.workbook.worksheets.getItem(nama);
        ws.protection.load('protected,options');
        await ctx.sync();
        const dilindungi = ws.protection.protected;
        const opsi = dilindungi ? ws.protection.options : null;
        if (dilindungi) {
          ws.protection.unprotect();
          try { await ctx.sync(); } catch (e) {
            throw new Error('Lembar "' + nama + '" dikunci dengan kata sandi. Buka kuncinya (Tinjau › Buka Proteksi Lembar), lalu tekan Periksa & Hitung lagi.');
          }
        }
        try {
          for (let i = 0; i < daftar.length; i += BATCH) {
            for (const c of daftar.slice(i, i + BATCH)) {
              const r = ws.getRange(c.address);
              if (c.formula) r.formulas = [[c.formula]];
              else r.values = [[c.value === undefined || c.value === null ? '' : c.value]];
              if (c.format) r.numberFormat = [[c.format]];
              if (c.fill) r.format.fill.color = '#' + c.fill;
            }
            await ctx.sync();
          }
        } finally {
          if (dilindungi) {
            ws.protection.protect(opsi);
            await ctx.sync();
          }
        }
      }
    });
  }

  async function pilihSel(sheet, cell) {
    try {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange(cell).select();
        await ctx.sync();
      });
    } catch (e) {
      pesan($('pesan'), 'gagal', 'Sel ' + sheet + '!' + cell + ' tidak dapat dipilih: ' + pesanExcel(e));
    }
  }

  const pesanExcel = (e) => (e && e.message) || 'Excel menolak perubahan.';

  // ---- Server ----

  function kepalaSesi() {
    return sesi ? { 'X-Capaian-Session': sesi.sessionToken, 'X-CSRF-Token': sesi.csrfToken } : {};
  }

  /** A JSON request to Capaian; every failure becomes an Error with a message for people. */
  async function panggil(path, opsi) {
    let r;
    try {
      r = await fetch(path, Object.assign({ credentials: 'omit' }, opsi,
        { headers: Object.assign({ Accept: 'application/json' }, kepalaSesi(), (opsi && opsi.headers) || {}) }));
    } catch (e) {
      throw new Error('Server Capaian tidak dapat dihubungi. Periksa sambungan jaringan, lalu coba lagi.');
    }
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    if (!r.ok) {
      const err = new Error((body && body.message) || ('Server Capaian gagal menjawab (' + r.status + '). Coba lagi nanti.'));
      err.status = r.status;
      throw err;
    }
    if (!body) throw new Error('Jawaban server Capaian tidak dapat dibaca. Coba lagi nanti.');
    return body;
  }

  function unggahan(blob) {
    const data = new FormData();
    data.append('file', blob, namaBerkas());
    return { method: 'POST', body: data };
  }

  // ---- Periksa & Hitung ----

  async function periksa() {
    tombol.disabled = true;
    const tempat = $('pesan');
    try {
      pesan(tempat, 'catatan', 'Membaca buku kerja…');
      const blob = await bacaBukuKerja();
      pesan(tempat, 'catatan', 'Sedang diperiksa dan dihitung…');
      const hasil = await panggil('/api/v1/process?include=cells', unggahan(blob));
      tampilkan(hasil.report);
      pesan(tempat, 'catatan', 'Menulis ' + hasil.cells.length + ' sel hasil…');
      try {
        await tulisSel(hasil.cells);
      } catch (e) {
        pesan(tempat, 'gagal', 'Hasil tidak dapat ditulis ke buku kerja: ' + pesanExcel(e));
        return;
      }
      const s = hasil.report.summary || {};
      pesan(tempat, 'berhasil', 'Selesai: ' + hasil.cells.length + ' sel hasil ditulis. ' + (s.errors || 0) + ' kesalahan, '
        + (s.warnings || 0) + ' peringatan.');
    } catch (e) {
      pesan(tempat, 'gagal', e.message);
    } finally {
      tombol.disabled = false;
    }
  }

  const LABEL = { error: 'kesalahan', warning: 'peringatan', info: 'catatan' };

  function tampilkan(report) {
    const r = $('ringkasan');
    r.replaceChildren(el('h2', {}, 'Ringkasan'), ringkasan(report));
    r.classList.remove('tersembunyi');
    const semua = report.findings || [];
    const penting = semua.filter((f) => f.severity !== 'info');
    const info = semua.filter((f) => f.severity === 'info');
    const daftar = el('ul', { class: 'daftar-temuan' });
    const isi = (fs) => daftar.replaceChildren(...fs.map(butir));
    const t = $('temuan');
    const kepala = el('h2', {}, 'Temuan');
    if (!semua.length) {
      t.replaceChildren(kepala, el('p', { class: 'pesan berhasil' }, 'Tidak ada temuan.'));
    } else {
      isi(penting);
      const catatan = penting.length ? null : el('p', { class: 'catatan' }, 'Tidak ada kesalahan atau peringatan.');
      const lihatInfo = info.length ? el('button', { type: 'button', class: 'kedua', onclick: (e) => {
        isi(penting.concat(info)); e.target.remove(); if (catatan) catatan.remove();
      } }, 'Tampilkan ' + info.length + ' catatan') : null;
      t.replaceChildren(kepala, el('p', { class: 'catatan' }, 'Klik temuan untuk memilih selnya.'), catatan, daftar, lihatInfo);
    }
    t.classList.remove('tersembunyi');
  }

  function butir(f) {
    const isiButir = [el('span', { class: 'lencana ' + f.severity }, LABEL[f.severity] || f.severity),
      el('span', { class: 'sel' }, f.sheet ? f.sheet + (f.cell ? '!' + f.cell : '') : ''),
      el('span', { class: 'teks' }, f.message),
      el('small', { class: 'kode' }, f.code)];
    if (f.sheet && f.cell) {
      return el('li', {}, el('button', { type: 'button', 'data-sel': f.sheet + '!' + f.cell,
        onclick: () => pilihSel(f.sheet, f.cell) }, isiButir));
    }
    return el('li', { class: 'tanpa-sel' }, el('div', {}, isiButir));
  }

  // ---- Kirim ke Bappeda ----

  function tampilkanAkun() {
    const ada = !!sesi;
    $('masuk-kotak').classList.toggle('tersembunyi', ada);
    $('akun-kotak').classList.toggle('tersembunyi', !ada);
    if (!ada) return;
    const u = sesi.user;
    $('akun-nama').textContent = 'Masuk sebagai ' + u.username + (u.kodeOpd ? ' (' + u.kodeOpd + ')' : ' (Bappeda)');
    $('kirim-tombol').disabled = u.role !== 'opd' || !officeAktif;
    if (u.role !== 'opd') pesan($('kirim-pesan'), 'catatan', 'Hanya akun OPD yang dapat mengirim formulir.');
  }

  function simpanSesi(s) {
    sesi = s;
    try {
      if (s) sessionStorage.setItem(SESI, JSON.stringify(s)); else sessionStorage.removeItem(SESI);
    } catch (e) { /* storage may be off; the session then lasts as long as the pane */ }
    tampilkanAkun();
  }

  $('masuk').addEventListener('submit', async (e) => {
    e.preventDefault();
    const f = e.target;
    pesan($('kirim-pesan'), '', '');
    try {
      const s = await panggil('/api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: f.username.value, password: f.password.value, sessionInBody: true }) });
      f.password.value = '';
      simpanSesi(s);
    } catch (err) {
      pesan($('kirim-pesan'), 'gagal', err.message);
    }
  });

  $('keluar').addEventListener('click', async () => {
    try { await panggil('/api/v1/session', { method: 'DELETE' }); } catch (e) { /* signed out here regardless */ }
    simpanSesi(null);
    pesan($('kirim-pesan'), '', '');
  });

  $('kirim-tombol').addEventListener('click', async () => {
    const b = $('kirim-tombol'), tempat = $('kirim-pesan');
    b.disabled = true;
    try {
      pesan(tempat, 'catatan', 'Membaca buku kerja…');
      const blob = await bacaBukuKerja();
      pesan(tempat, 'catatan', 'Mengirim…');
      const hasil = await panggil('/api/v1/submissions', unggahan(blob));
      const k = hasil.submission;
      if (hasil.sama) { pesan(tempat, 'catatan', hasil.message); return; } // identical bytes: no new version
      pesan(tempat, 'berhasil', 'Terkirim: ' + namaFormulir(k.form) + ' ' + k.tahun + ' triwulan ' + k.periode + ', versi ' + k.version
        + ', status ' + k.status + ' (' + k.errors + ' kesalahan, ' + k.warnings + ' peringatan). Serapan '
        + fmt(hasil.summary && hasil.summary.serapan, '%') + '.');
    } catch (e) {
      if (e.status === 401) simpanSesi(null);
      pesan(tempat, 'gagal', e.message);
    } finally {
      b.disabled = !sesi || sesi.user.role !== 'opd';
    }
  });

  // ---- Start ----

  tampilkanAkun();
  officeSiap().then((ok) => {
    officeAktif = ok;
    tampilkanAkun();
    if (!ok) {
      pesan($('pesan'), 'gagal', 'Panel ini hanya bekerja di dalam Excel (desktop atau Excel di web). Pasang add-in Capaian '
        + 'lewat berkas manifes, lalu buka lagi dari Excel.');
      return;
    }
    tombol.disabled = false;
    tombol.addEventListener('click', periksa);
  });
});
