// Test double of Office.js for the Capaian task pane: an in-memory workbook with exactly the calls the pane uses
// (Office.onReady, document.getFileAsync in slices, Excel.run with worksheets.getItem, getRange with values,
// formulas, numberFormat, format.fill.color and select, worksheet protection), and nothing else. Like Excel, the
// proxies queue what is set and apply it on ctx.sync(); writing a locked cell of a protected sheet fails there.
// Served only in tests (src/test/resources), in place of Microsoft's hosted office.js.
'use strict';
(() => {
  const state = { file: null, url: '', sheets: {}, selected: null, log: [] };

  function excelError(code, message) {
    const e = new Error(message);
    e.code = code;
    e.name = 'RichApi.Error';
    return e;
  }

  const A1 = /^([A-Z]{1,3})([1-9][0-9]*)$/;

  function cellOf(sheet, address) {
    if (!A1.test(address)) throw excelError('InvalidArgument', 'double: only single cells are supported, not ' + address);
    if (!sheet.cells[address]) sheet.cells[address] = { value: '', formula: null, fill: null, format: null, locked: true };
    return sheet.cells[address];
  }

  function single(v, what) {
    if (!Array.isArray(v) || v.length !== 1 || !Array.isArray(v[0]) || v[0].length !== 1) {
      throw excelError('InvalidArgument', 'double: ' + what + ' must be [[x]] for one cell');
    }
    return v[0][0];
  }

  class RequestContext {
    constructor() {
      this.queue = [];
      const ctx = this;
      this.workbook = {
        worksheets: {
          getItem(name) { return new Worksheet(ctx, name); },
        },
      };
    }

    async sync() {
      const q = this.queue;
      this.queue = [];
      for (const op of q) op();
    }
  }

  function sheetNamed(name) {
    const s = state.sheets[name];
    if (!s) throw excelError('ItemNotFound', 'The requested resource doesn\'t exist: ' + name);
    return s;
  }

  class Worksheet {
    constructor(ctx, name) {
      this.ctx = ctx;
      this.name = name;

      const loaded = {};
      this.protection = {
        load() { ctx.queue.push(() => { const s = sheetNamed(name); loaded.protected = s.protected; loaded.options = Object.assign({}, s.options); }); },
        get protected() {
          if (!('protected' in loaded)) throw excelError('PropertyNotLoaded', 'protected not loaded');
          return loaded.protected;
        },
        get options() {
          if (!('options' in loaded)) throw excelError('PropertyNotLoaded', 'options not loaded');
          return loaded.options;
        },
        unprotect(password) {
          ctx.queue.push(() => {
            const s = sheetNamed(name);
            if (s.password && password !== s.password) throw excelError('InvalidArgument', 'wrong password');
            s.protected = false;
            state.log.push('unprotect ' + name);
          });
        },
        protect(options) {
          ctx.queue.push(() => {
            const s = sheetNamed(name);
            s.protected = true;
            s.options = Object.assign({}, options || {});
            state.log.push('protect ' + name);
          });
        },
      };
    }

    getRange(address) { return new Range(this.ctx, this.name, address); }
  }

  class Range {
    constructor(ctx, sheetName, address) {
      const write = (what, apply) => ctx.queue.push(() => {
        const s = sheetNamed(sheetName);
        const c = cellOf(s, address);
        if (s.protected && c.locked) {
          throw excelError('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet.');
        }
        apply(c);
        state.log.push(what + ' ' + sheetName + '!' + address);
      });
      Object.defineProperty(this, 'values', { set(v) { const x = single(v, 'values'); write('values', (c) => { c.value = x; c.formula = null; }); } });
      Object.defineProperty(this, 'formulas', { set(v) {
        const x = single(v, 'formulas');
        write('formulas', (c) => { if (typeof x === 'string' && x.startsWith('=')) { c.formula = x; c.value = null; } else { c.value = x; c.formula = null; } });
      } });
      Object.defineProperty(this, 'numberFormat', { set(v) { const x = single(v, 'numberFormat'); write('numberFormat', (c) => { c.format = x; }); } });
      const fill = {};
      Object.defineProperty(fill, 'color', { set(v) { write('fill', (c) => { c.fill = v; }); } });
      this.format = { fill };
      this.select = () => ctx.queue.push(() => {
        sheetNamed(sheetName);
        if (!A1.test(address)) throw excelError('InvalidArgument', 'double: bad address ' + address);
        state.selected = { sheet: sheetName, address };
      });
    }
  }

  const readyCallbacks = [];
  let ready = false;

  window.Office = {
    HostType: { Excel: 'Excel' },
    FileType: { Compressed: 'compressed' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(cb) {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise((resolve) => {
        const run = () => { if (cb) cb(info); resolve(info); };
        if (ready) run(); else readyCallbacks.push(run);
      });
    },
    context: {
      document: {
        get url() { return state.url; },
        getFileAsync(type, options, callback) {
          setTimeout(() => {
            if (type !== 'compressed' || !state.file) {
              callback({ status: 'failed', error: { message: 'double: no compressed file' } });
              return;
            }
            const size = (options && options.sliceSize) || 4194304;
            const bytes = state.file;
            const count = Math.max(1, Math.ceil(bytes.length / size));
            callback({ status: 'succeeded', value: {
              size: bytes.length,
              sliceCount: count,
              getSliceAsync(i, cb) {
                setTimeout(() => {
                  if (i < 0 || i >= count) { cb({ status: 'failed', error: { message: 'double: no slice ' + i } }); return; }
                  // Office hands out a slice's data as a plain array of byte values.
                  cb({ status: 'succeeded', value: { index: i, size: Math.min(size, bytes.length - i * size),
                    data: Array.from(bytes.subarray(i * size, (i + 1) * size)) } });
                }, 0);
              },
              closeAsync(cb) { setTimeout(() => cb && cb({ status: 'succeeded' }), 0); },
            } });
          }, 0);
        },
      },
    },
  };

  window.Excel = {
    async run(batch) {
      const ctx = new RequestContext();
      const result = await batch(ctx);
      await ctx.sync();
      return result;
    },
  };

  // What the test uses to set the double up and read it back.
  window.OfficeDouble = {
    /**
     * @param base64 the workbook file
     * @param sheets {name: {protected, password, options, cells: {A1: {value, locked}}}}
     */
    open(base64, url, sheets) {
      const bin = atob(base64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      state.file = bytes;
      state.url = url;
      state.sheets = {};
      for (const [name, s] of Object.entries(sheets)) {
        const cells = {};
        for (const [a, c] of Object.entries(s.cells)) cells[a] = { value: c.value, formula: null, fill: null, format: null, locked: c.locked };
        state.sheets[name] = { protected: !!s.protected, password: s.password || null, options: s.options || {}, cells };
      }
      state.selected = null;
      state.log = [];
    },
    /** Replaces the file only (what getFileAsync hands out), e.g. with bytes that are not a workbook. */
    file(base64) {
      const bin = atob(base64);
      state.file = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    },
    ready() {
      ready = true;
      readyCallbacks.splice(0).forEach((f) => f());
    },
    snapshot() { return JSON.stringify(state.sheets); },
    selected() { return state.selected; },
    log() { return state.log.slice(); },
  };
  // Like office.js, ready shortly after the page loads.
  setTimeout(() => window.OfficeDouble.ready(), 0);
})();
