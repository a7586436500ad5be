'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const { el } = Capaian;
  const form = document.getElementById('masuk');
  const pesan = document.getElementById('pesan');
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    pesan.replaceChildren();
    const r = await fetch('/api/v1/session', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: form.username.value, password: form.password.value }) });
    const body = await r.json().catch(() => null);
    if (!r.ok) { pesan.append(el('div', { class: 'pesan gagal' }, (body && body.message) || 'Gagal masuk.')); return; }
    const lanjut = new URLSearchParams(location.search).get('lanjut');
    // Only a local path: never send the user on to another site after login.
    location.href = lanjut && /^\/[a-z]*$/.test(lanjut) && lanjut !== '/masuk' ? lanjut
      : (body.user.role === 'bappeda' ? '/bappeda' : '/kirim');
  });
});
