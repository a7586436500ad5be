'use strict';
// Pengguna: the OPD registry, accounts (admins only) and the audit log, for Bappeda.
Capaian.untukPeran('bappeda', (saya) => {
  const { el, api, waktu, base64KeBlob } = Capaian;
  const admin = saya.user.admin;
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const $ = (id) => document.getElementById(id);
  const kabar = (kotak, teks, gagal) => kotak.replaceChildren(el('div', { class: 'pesan ' + (gagal ? 'gagal' : 'berhasil') }, teks));
  const json = (method, body) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) });
  const td = (label, ...isi) => el('td', { 'data-label': label }, ...isi);
  let opd = [];

  // --- the OPD registry
  async function muatOpd() {
    opd = (await api('/api/v1/opd')).opd;
    $('jumlah-opd').textContent = 'Daftar OPD (' + opd.length + ' OPD)';
    $('tabel-opd').replaceChildren(...(opd.length ? opd.map((o) => el('tr', {},
      td('Kode OPD', o.kode), td('Nama OPD', o.nama), td('Urusan', o.urusan || '–'), td('Akun', String(o.akun)),
      td('', el('button', { class: 'kedua kecil', type: 'button', onclick: () => ubahOpd(o) }, 'Ubah'), ' ',
        el('button', { class: 'kedua kecil', type: 'button', onclick: () => hapusOpd(o) }, 'Hapus'))))
      : [el('tr', {}, el('td', { colspan: 5 }, 'Belum ada OPD. Impor daftar OPD atau tambahkan satu per satu.'))]));
    $('akun-opd').replaceChildren(...opd.map((o) => el('option', { value: o.kode }, o.nama + ' (' + o.kode + ')')));
  }
  function ubahOpd(o) {
    $('opd-kode').value = o.kode; $('opd-nama').value = o.nama; $('opd-urusan').value = o.urusan || '';
    $('opd-nama').focus();
  }
  async function hapusOpd(o) {
    if (!confirm('Hapus ' + o.nama + ' (' + o.kode + ') dari daftar OPD? Akun dan kirimannya tetap ada.')) return;
    try { kabar($('pesan-opd'), (await api('/api/v1/opd/' + encodeURIComponent(o.kode), { method: 'DELETE' })).message); await muatOpd(); }
    catch (e) { kabar($('pesan-opd'), e.message, true); }
  }
  $('form-opd').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const a = await api('/api/v1/opd', json('POST', { kode: $('opd-kode').value, nama: $('opd-nama').value, urusan: $('opd-urusan').value }));
      kabar($('pesan-opd'), a.message);
      $('form-opd').reset();
      await muatOpd();
    } catch (e) { kabar($('pesan-opd'), e.message, true); }
  });
  $('berkas-opd').addEventListener('change', async (ev) => {
    const f = ev.target.files[0];
    if (!f) return;
    const data = new FormData();
    data.append('file', f, f.name);
    try { kabar($('pesan-opd'), (await api('/api/v1/opd/import', { method: 'POST', body: data })).message); await muatOpd(); await muatAkun(); }
    catch (e) { kabar($('pesan-opd'), e.message, true); }
    ev.target.value = '';
  });

  // --- accounts (admins only)
  function tampilkanSandi(a) {
    const blob = base64KeBlob(a.workbookBase64, XLSX);
    $('hasil-akun').replaceChildren(el('section', { class: 'kartu sorot' },
      el('p', {}, el('strong', {}, a.message), a.skipped ? ' ' + a.skipped + ' OPD sudah punya akun dan dilewati.' : ''),
      el('p', {}, el('a', { class: 'tombol', id: 'unduh-sandi', href: URL.createObjectURL(blob), download: a.fileName },
        'Unduh kata sandi pertama (.xlsx)')),
      el('div', { class: 'tabel' }, el('table', { class: 'susun' },
        el('thead', {}, el('tr', {}, ['Nama pengguna', 'OPD', 'Kata sandi pertama'].map((t) => el('th', {}, t)))),
        el('tbody', {}, a.accounts.map((x) => el('tr', {}, td('Nama pengguna', x.username),
          td('OPD', x.namaOpd ? x.namaOpd + ' (' + x.kodeOpd + ')' : (x.role === 'bappeda' ? 'Bappeda' : x.kodeOpd || '')),
          td('Kata sandi pertama', el('code', {}, x.password)))))))));
  }
  async function ubahAkun(u, aksi, tanya) {
    if (tanya && !confirm(tanya)) return;
    try {
      const a = await api('/api/v1/users/' + encodeURIComponent(u.username) + '/' + aksi, json('POST'));
      if (a.accounts) tampilkanSandi(a); else kabar($('pesan-akun'), a.message);
      await muatAkun();
    } catch (e) { kabar($('pesan-akun'), e.message, true); }
  }
  async function muatAkun() {
    if (!admin) return;
    const { users } = await api('/api/v1/users');
    $('jumlah-akun').textContent = 'Daftar akun (' + users.length + ' akun, ' + users.filter((u) => u.disabled).length + ' nonaktif)';
    const tombol = (teks, klik) => el('button', { class: 'kedua kecil', type: 'button', onclick: klik }, teks);
    $('tabel-akun').replaceChildren(...users.map((u) => el('tr', {},
      td('Nama pengguna', u.username, u.displayName && u.displayName !== u.namaOpd ? el('div', { class: 'catatan' }, u.displayName) : null),
      td('Peran', u.role === 'bappeda' ? (u.admin ? 'Bappeda, admin akun' : 'Bappeda') : 'OPD'),
      td('OPD', u.kodeOpd ? (u.namaOpd || '') + ' (' + u.kodeOpd + ')' : '–'),
      td('Keadaan', u.disabled ? 'nonaktif' : u.mustChangePassword ? 'belum mengganti kata sandi' : 'aktif'),
      td('', u.username === saya.user.username ? el('span', { class: 'catatan' }, 'akun Anda') : [
        tombol('Atur ulang kata sandi', () => ubahAkun(u, 'reset', 'Atur ulang kata sandi ' + u.username
          + '? Sesi dan token API-nya diakhiri.')), ' ',
        u.disabled ? tombol('Aktifkan', () => ubahAkun(u, 'enable'))
          : tombol('Nonaktifkan', () => ubahAkun(u, 'disable', 'Nonaktifkan ' + u.username
            + '? Akun ini tidak dapat masuk sampai diaktifkan lagi.'))]))));
  }
  if (admin) {
    $('alat-akun').classList.remove('tersembunyi');
    $('akun-peran').addEventListener('change', () => {
      const bappeda = $('akun-peran').value === 'bappeda';
      $('baris-akun-opd').classList.toggle('tersembunyi', bappeda);
      $('baris-akun-admin').classList.toggle('tersembunyi', !bappeda);
    });
    $('buat-semua').addEventListener('click', async () => {
      const b = $('buat-semua');
      b.disabled = true;
      kabar($('pesan-akun'), 'Membuat akun…');
      try { tampilkanSandi(await api('/api/v1/users/bulk', json('POST'))); $('pesan-akun').replaceChildren(); await muatAkun(); await muatOpd(); }
      catch (e) { kabar($('pesan-akun'), e.message, true); }
      finally { b.disabled = false; }
    });
    $('form-akun').addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const bappeda = $('akun-peran').value === 'bappeda';
      try {
        tampilkanSandi(await api('/api/v1/users', json('POST', { role: $('akun-peran').value, username: $('akun-nama').value || null,
          displayName: $('akun-lengkap').value || null, kodeOpd: bappeda ? null : $('akun-opd').value, admin: bappeda && $('akun-admin').checked })));
        $('pesan-akun').replaceChildren();
        $('form-akun').reset();
        await muatAkun(); await muatOpd();
      } catch (e) { kabar($('pesan-akun'), e.message, true); }
    });
  } else {
    $('bukan-admin').classList.remove('tersembunyi');
  }

  // --- the audit log
  async function muatLog(isiPilihan) {
    const q = new URLSearchParams();
    if ($('log-siapa').value.trim()) q.set('siapa', $('log-siapa').value.trim());
    if ($('log-apa').value) q.set('apa', $('log-apa').value);
    // The day's bounds in the browser's own time zone.
    if ($('log-dari').value) q.set('dari', String(new Date($('log-dari').value + 'T00:00:00').getTime()));
    if ($('log-sampai').value) q.set('sampai', String(new Date($('log-sampai').value + 'T00:00:00').getTime() + 86400000));
    try {
      const a = await api('/api/v1/audit?' + q);
      if (isiPilihan) $('log-apa').append(...Object.entries(a.groups).map(([k, v]) => el('option', { value: k }, v)));
      $('log-isi').replaceChildren(...(a.entries.length ? a.entries.map((x) => el('tr', {},
        td('Waktu', waktu(x.at)), td('Siapa', x.actor || '–'), td('Kegiatan', x.label), td('Sasaran', x.target || '–'),
        td('Keterangan', x.detail || ''))) : [el('tr', {}, el('td', { colspan: 5 }, 'Tidak ada kegiatan yang cocok.'))]));
      $('pesan-log').replaceChildren(a.more ? el('p', { class: 'catatan' }, 'Yang tampil ' + a.entries.length
        + ' kegiatan terbaru; persempit pilihan untuk melihat yang lebih lama.') : '');
    } catch (e) { kabar($('pesan-log'), e.message, true); }
  }
  $('form-log').addEventListener('submit', (ev) => { ev.preventDefault(); muatLog(false); });

  muatOpd().then(muatAkun).catch((e) => kabar($('pesan-opd'), e.message, true));
  muatLog(true);
});
