// The harness page: a stand-in for a learning platform's player frame, around the real
// scorm-again runtime. Not part of any package. Tests read window.harness.
const params = new URLSearchParams(location.search);
const edition = params.get('edition') === '2004' ? '2004' : '1.2';
const runtime = ['errors', 'throws'].includes(params.get('runtime') ?? '') ? params.get('runtime') : 'scorm-again';
const storeKey = `scorm-harness:${edition}`;
const is12 = edition === '1.2';
const E = is12
  ? { suspend: 'cmi.suspend_data', location: 'cmi.core.lesson_location', exit: 'cmi.core.exit', entry: 'cmi.core.entry', keep: ['cmi.suspend_data', 'cmi.core.lesson_location', 'cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max'] }
  : { suspend: 'cmi.suspend_data', location: 'cmi.location', exit: 'cmi.exit', entry: 'cmi.entry', keep: ['cmi.suspend_data', 'cmi.location', 'cmi.completion_status', 'cmi.success_status', 'cmi.score.raw', 'cmi.score.min', 'cmi.score.max', 'cmi.score.scaled'] };
const LIMIT = is12 ? 4096 : 64000;

const form = document.getElementById('controls');
form.elements.edition.value = edition;
form.elements.runtime.value = runtime;
form.addEventListener('change', () => {
  const next = new URLSearchParams({ edition: form.elements.edition.value });
  if (form.elements.runtime.value !== 'scorm-again') next.set('runtime', form.elements.runtime.value);
  location.search = next.toString();
});
document.getElementById('new-attempt').addEventListener('click', () => {
  localStorage.removeItem(storeKey);
  location.reload();
});
document.getElementById('limit').textContent = `${LIMIT} (SCORM ${edition})`;

/** What the platform kept from earlier sessions: the values committed last. */
function readStored() {
  try {
    return JSON.parse(localStorage.getItem(storeKey) ?? 'null') ?? {};
  } catch {
    return {};
  }
}
const stored = readStored();
const calls = [];
const values = {};

const callList = document.getElementById('calls');
const valueTable = document.getElementById('values');
function log(method, element, value, error) {
  const entry = { method, ...(element === undefined ? {} : { element }), ...(value === undefined ? {} : { value }), error: String(error ?? '0') };
  calls.push(entry);
  const li = document.createElement('li');
  const shown = value !== undefined && value.length > 60 ? `${value.slice(0, 60)}… (${value.length})` : value;
  // 2004's 403 on a read is "never set yet" (a first visit), not a failure.
  const unset = !is12 && method === 'GetValue' && entry.error === '403';
  const outcome = entry.error === '0' ? '' : unset ? ' → not set yet (403)' : ` → error ${entry.error}`;
  li.textContent = `${method}(${[element, shown].filter((x) => x !== undefined).map((x) => JSON.stringify(x)).join(', ')})${outcome}`;
  if (entry.error !== '0' && !unset) li.className = 'error';
  callList.prepend(li);
}
function showValues() {
  valueTable.replaceChildren(
    ...Object.entries(values).map(([k, v]) => {
      const tr = document.createElement('tr');
      for (const text of [k, v]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    }),
  );
  document.getElementById('size').textContent = String((values[E.suspend] ?? '').length);
}
function persist() {
  localStorage.setItem(storeKey, JSON.stringify(values));
}

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

async function start() {
  let api;
  if (runtime === 'throws') {
    // A platform whose every call throws: the deck must carry on regardless.
    api = new Proxy({}, { get: (_, name) => () => { throw new Error(`harness: ${String(name)} always throws`); } });
  } else {
    await loadScript(is12 ? './runtime/scorm12.js' : './runtime/scorm2004.js');
    // logLevel 5: scorm-again logs nothing to the console; this page shows the calls instead.
    const settings = { autocommit: false, logLevel: 5 };
    api = is12 ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
    const seed = {};
    for (const k of E.keep) if (stored[k] !== undefined) seed[k] = stored[k];
    if (stored[E.exit] === 'suspend') seed[E.entry] = 'resume';
    Object.assign(values, seed);
    if (Object.keys(seed).length) api.loadFromFlattenedJSON(seed, '');
    const names = is12
      ? { init: 'LMSInitialize', set: 'LMSSetValue', get: 'LMSGetValue', commit: 'LMSCommit', finish: 'LMSFinish' }
      : { init: 'Initialize', set: 'SetValue', get: 'GetValue', commit: 'Commit', finish: 'Terminate' };
    const err = () => api.lastErrorCode;
    api.on(names.init, () => log(names.init, undefined, undefined, err()));
    api.on(`${names.get}.cmi.*`, (element) => log(names.get, element, undefined, err()));
    api.on(`${names.set}.cmi.*`, (element, value) => {
      if (String(err()) === '0') values[element] = value;
      log(names.set, element, value, err());
      showValues();
    });
    api.on(names.commit, () => {
      log(names.commit, undefined, undefined, err());
      persist();
    });
    api.on(names.finish, () => {
      log(names.finish, undefined, undefined, err());
      persist();
    });
    if (runtime === 'errors') {
      // Finished before the course starts: scorm-again itself answers every later call with an error.
      api[names.init]('');
      api[names.finish]('');
      calls.length = 0;
      callList.replaceChildren();
    }
  }
  window[is12 ? 'API' : 'API_1484_11'] = api;
  window.harness = { edition, runtime, calls, values, stored, limit: LIMIT };
  showValues();
  document.getElementById('course').src = `./course/${edition}/index.html`;
}

start().catch((e) => {
  document.body.dataset.harnessError = String(e);
});
