'use strict';
document.addEventListener('DOMContentLoaded', async () => {
  const { el, api } = Capaian;
  const daftar = document.getElementById('templat');
  try {
    const { templates } = await api('/api/v1/templates');
    daftar.replaceChildren(...templates.map((t) => el('li', {},
      t.available ? el('a', { href: t.url, download: t.file }, t.title) : t.title + ' (templat belum tersedia)')));
  } catch (e) { daftar.replaceChildren(el('li', { class: 'pesan gagal' }, e.message)); }
  try {
    const h = await api('/api/v1/health');
    document.getElementById('profil').textContent = 'Profil aturan: ' + h.profile.name + ', versi ' + h.profile.version
      + ' (Capaian ' + h.version + ').';
  } catch (e) { document.getElementById('profil').textContent = e.message; }
});
