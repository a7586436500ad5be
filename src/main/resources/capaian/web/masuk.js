'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const { el } = Capaian;
  const form = document.getElementById('masuk');
  const pesan = document.getElementById('pesan');
  const ganti = document.getElementById('ganti');
  const pesanGanti = document.getElementById('pesan-ganti');
  const params = new URLSearchParams(location.search);
  let csrf = null, peran = null;

  function lanjutkan() {
    const lanjut = params.get('lanjut');
    // Only a local path: never send the user on to another site after login.
    location.href = lanjut && /^\/[a-z]*$/.test(lanjut) && lanjut !== '/masuk' ? lanjut
      : (peran === 'bappeda' ? '/bappeda' : '/kirim');
  }

  /** The password given out by an admin: the owner chooses its own before anything else. */
  function mintaGanti(sandiLama, nama) {
    form.closest('section').classList.add('tersembunyi');
    document.querySelector('main h1').textContent = 'Kata sandi pertama';
    // The header was drawn before the login: show who is now logged in instead of "Masuk".
    if (nama && document.getElementById('akun')) document.getElementById('akun').textContent = nama;
    document.getElementById('kartu-ganti').classList.remove('tersembunyi');
    const lama = document.getElementById('sandi-lama');
    if (sandiLama) { lama.value = sandiLama; document.getElementById('baris-sandi-lama').classList.add('tersembunyi'); }
    document.getElementById(sandiLama ? 'sandi-baru' : 'sandi-lama').focus();
  }

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    pesan.replaceChildren();
    const r = await fetch('/api/v1/session', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: form.username.value, password: form.password.value }) });
    const body = await r.json().catch(() => null);
    if (!r.ok) { pesan.append(el('div', { class: 'pesan gagal' }, (body && body.message) || 'Gagal masuk.')); return; }
    csrf = body.csrfToken;
    peran = body.user.role;
    if (body.user.mustChangePassword) { mintaGanti(form.password.value, body.user.username); return; }
    lanjutkan();
  });

  ganti.addEventListener('submit', async (e) => {
    e.preventDefault();
    pesanGanti.replaceChildren();
    const lama = document.getElementById('sandi-lama').value, baru = document.getElementById('sandi-baru').value;
    const gagal = (m) => pesanGanti.append(el('div', { class: 'pesan gagal' }, m));
    if (baru !== document.getElementById('sandi-ulang').value) { gagal('Kedua kata sandi baru tidak sama. Ketik ulang keduanya.'); return; }
    if (baru.length < 8) { gagal('Kata sandi baru minimal 8 karakter.'); return; }
    const r = await fetch('/api/v1/password', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-Token': csrf || '' },
      body: JSON.stringify({ currentPassword: lama, newPassword: baru }) });
    const body = await r.json().catch(() => null);
    if (!r.ok) {
      gagal((body && body.message) || 'Kata sandi belum diganti.');
      // A wrong "current" password: let the user type it again.
      if (r.status === 403) document.getElementById('baris-sandi-lama').classList.remove('tersembunyi');
      return;
    }
    lanjutkan();
  });

  // Sent here by another page because the password must be changed first (already logged in).
  if (params.get('ganti')) {
    document.addEventListener('capaian:saya', (ev) => {
      if (!ev.detail || !ev.detail.user.mustChangePassword) return;
      csrf = ev.detail.csrfToken;
      peran = ev.detail.user.role;
      mintaGanti(null, null);
    });
  }
});
