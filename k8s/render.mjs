// A renderer for the subset of kustomize (v5) these manifests use, so validate.mjs renders every
// overlay on any machine with Node.js, kubectl or not. Where kubectl (or kustomize) is on PATH,
// validate.mjs renders with it as well and fails when the two results differ, so this subset stays
// faithful to the real thing.
//
// Supported: resources (files and directories), namespace, configMapGenerator (literals, files,
// behavior create/merge/replace, options labels/annotations/disableNameSuffixHash), images (name,
// newName, newTag, digest), replicas, patches (inline JSON 6902 patches with a target selecting by
// kind, name, namespace, group, version, labelSelector). The content-hash suffix of generated
// ConfigMaps is computed as kustomize computes it, and references to them (envFrom, env valueFrom,
// volumes, projected volumes) follow the new name. Transformers run in kustomize's order: patches,
// namespace, replicas, images. Anything else in a kustomization is an error here, not a silent
// difference: extend this file (validate.mjs compares it with kubectl) or render with kubectl.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

const SUPPORTED = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'configMapGenerator', 'images', 'replicas', 'patches']);
// kinds without a namespace (the ones kustomize knows; custom resources count as namespaced)
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'APIService',
  'CSIDriver',
  'Node',
]);
const REPLICATED = new Set(['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
const NEEDS_HASH = Symbol('needsHash');

class RenderError extends Error {}

/** Renders the kustomization in `dir`; returns its objects, or throws with what went wrong. */
export function render(dir, YAML) {
  const objects = build(resolve(dir), YAML, []);
  addHashSuffixes(objects);
  return objects;
}

function readKustomization(dir) {
  for (const n of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    if (existsSync(join(dir, n))) return join(dir, n);
  }
  throw new RenderError(`${dir}: no kustomization.yaml`);
}

function build(dir, YAML, stack) {
  if (stack.includes(dir)) throw new RenderError(`cycle in resources: ${[...stack, dir].join(' -> ')}`);
  const file = readKustomization(dir);
  const k = YAML.parse(readFileSync(file, 'utf8'), { version: '1.1' }) ?? {};
  for (const key of Object.keys(k)) {
    if (!SUPPORTED.has(key)) throw new RenderError(`${file}: "${key}" is not supported by k8s/render.mjs (extend it, or render with kubectl)`);
  }
  let objects = [];
  for (const r of k.resources ?? []) {
    if (/^[a-z]+:\/\//i.test(r) || r.includes('?ref=')) throw new RenderError(`${file}: remote resource ${r} cannot be rendered offline`);
    const target = resolve(dir, r);
    if (!existsSync(target)) throw new RenderError(`${file}: resource ${r} does not exist`);
    if (statSync(target).isDirectory()) objects.push(...build(target, YAML, [...stack, dir]));
    else {
      for (const d of YAML.parseAllDocuments(readFileSync(target, 'utf8'), { version: '1.1' })) {
        if (d.errors?.length) throw new RenderError(`${target}: ${d.errors[0].message.split('\n')[0]}`);
        const o = d.toJS({ maxAliasCount: 100 });
        if (o !== null && o !== undefined) objects.push(o);
      }
    }
  }
  for (const g of k.configMapGenerator ?? []) objects = generateConfigMap(g, dir, file, objects);
  for (const p of k.patches ?? []) applyPatch(p, objects, file, YAML);
  if (k.namespace) setNamespace(objects, k.namespace);
  for (const r of k.replicas ?? []) {
    for (const o of objects) if (REPLICATED.has(o.kind) && o.metadata?.name === r.name) (o.spec ??= {}).replicas = r.count;
  }
  for (const image of k.images ?? []) for (const o of objects) setImages(o, image);
  return objects;
}

// ---- configMapGenerator -------------------------------------------------------------------------

/** A literal's value as kustomize reads it: one pair of surrounding quotes removed. */
function literalValue(v) {
  return /^(['"]).*\1$/s.test(v) && v.length >= 2 ? v.slice(1, -1) : v;
}

function generateConfigMap(g, dir, file, objects) {
  const allowed = new Set(['name', 'namespace', 'behavior', 'literals', 'files', 'options']);
  for (const key of Object.keys(g))
    if (!allowed.has(key)) throw new RenderError(`${file}: configMapGenerator ${g.name}: "${key}" is not supported by k8s/render.mjs`);
  for (const key of Object.keys(g.options ?? {})) {
    if (!['labels', 'annotations', 'disableNameSuffixHash'].includes(key))
      throw new RenderError(`${file}: configMapGenerator ${g.name}: option "${key}" is not supported by k8s/render.mjs`);
  }
  const data = {};
  for (const l of g.literals ?? []) {
    const s = String(l);
    const at = s.indexOf('=');
    if (at <= 0) throw new RenderError(`${file}: configMapGenerator ${g.name}: literal "${s}" is not KEY=value`);
    data[s.slice(0, at)] = literalValue(s.slice(at + 1));
  }
  for (const f of g.files ?? []) {
    const s = String(f);
    const at = s.indexOf('=');
    const [key, path] = at > 0 ? [s.slice(0, at), s.slice(at + 1)] : [basename(s), s];
    data[key] = readFileSync(resolve(dir, path), 'utf8');
  }
  const behavior = g.behavior ?? 'create';
  const existing = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === g.name);
  if (behavior === 'create') {
    if (existing) throw new RenderError(`${file}: configMapGenerator ${g.name} already exists (use behavior: merge or replace)`);
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: g.name }, data };
    if (g.namespace) cm.metadata.namespace = g.namespace;
    if (g.options?.labels) cm.metadata.labels = { ...g.options.labels };
    if (g.options?.annotations) cm.metadata.annotations = { ...g.options.annotations };
    if (!g.options?.disableNameSuffixHash) cm[NEEDS_HASH] = true;
    return [...objects, cm];
  }
  if (!existing) throw new RenderError(`${file}: configMapGenerator ${g.name} has behavior ${behavior} but no ConfigMap ${g.name} comes from the resources`);
  if (behavior === 'merge') existing.data = { ...(existing.data ?? {}), ...data };
  else if (behavior === 'replace') existing.data = data;
  else throw new RenderError(`${file}: configMapGenerator ${g.name}: unknown behavior ${behavior}`);
  if (g.options?.labels) existing.metadata.labels = { ...(existing.metadata.labels ?? {}), ...g.options.labels };
  if (g.options?.annotations) existing.metadata.annotations = { ...(existing.metadata.annotations ?? {}), ...g.options.annotations };
  return objects;
}

/** Go's json.Marshal escapes these; kustomize hashes that encoding. */
const goJson = (value) => JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** Recursively key-sorted, as Go's json.Marshal writes a map. */
function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sorted(value[k])]),
    );
  return value;
}

/**
 * kustomize's hash of a ConfigMap: sha256 of the JSON {data, kind, name} (kustomize v5 hashes with an
 * empty name), the first 10 hex digits with 0,1,3,a,e replaced by g,h,k,m,t (no bad words).
 */
export function configMapHash(cm) {
  const encoded = { data: cm.data ?? {}, kind: 'ConfigMap', name: '' };
  if (cm.binaryData && Object.keys(cm.binaryData).length) encoded.binaryData = cm.binaryData;
  const hex = createHash('sha256')
    .update(goJson(sorted(encoded)))
    .digest('hex');
  return hex.slice(0, 10).replace(/[013ae]/g, (c) => ({ 0: 'g', 1: 'h', 3: 'k', a: 'm', e: 't' })[c]);
}

function addHashSuffixes(objects) {
  const renamed = new Map();
  for (const o of objects) {
    if (!o[NEEDS_HASH]) continue;
    const name = `${o.metadata.name}-${configMapHash(o)}`;
    renamed.set(o.metadata.name, name);
    o.metadata.name = name;
    delete o[NEEDS_HASH];
  }
  // references to a ConfigMap in pod specs: envFrom[].configMapRef, env[].valueFrom.configMapKeyRef,
  // volumes[].configMap, volumes[].projected.sources[].configMap
  const fix = (value, parentKey) => {
    if (Array.isArray(value)) return value.forEach((v) => fix(v, parentKey));
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value)) {
      if (['configMapRef', 'configMapKeyRef', 'configMap'].includes(k) && v && typeof v.name === 'string' && renamed.has(v.name)) v.name = renamed.get(v.name);
      else fix(v, k);
    }
  };
  for (const o of objects) if (o.kind !== 'ConfigMap') fix(o.spec);
}

// ---- patches ----------------------------------------------------------------------------------------

/** A Kubernetes label selector ("a=b,c!=d,e in (f,g),h notin (i),j,!k") as a predicate on labels. */
export function labelSelector(text) {
  const reqs = [];
  // split at commas outside parentheses
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      reqs.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) reqs.push(cur.trim());
  const tests = reqs.map((r) => {
    let m;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(r))) {
      const values = m[3].split(',').map((v) => v.trim());
      return m[2] === 'in' ? (l) => values.includes(l[m[1]]) : (l) => !(m[1] in l) || !values.includes(l[m[1]]);
    }
    if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(r))) return m[2] === '!=' ? (l) => l[m[1]] !== m[3] : (l) => l[m[1]] === m[3];
    if ((m = /^!\s*([\w./-]+)$/.exec(r))) return (l) => !(m[1] in l);
    if ((m = /^([\w./-]+)$/.exec(r))) return (l) => m[1] in l;
    throw new RenderError(`label selector "${text}": cannot parse "${r}"`);
  });
  return (labels) => tests.every((t) => t(labels ?? {}));
}

const fullMatch = (pattern, value) => new RegExp(`^(?:${pattern})$`).test(value ?? '');

function selects(target, o) {
  const [group, version] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['', o.apiVersion];
  if (target.kind && !fullMatch(target.kind, o.kind)) return false;
  if (target.name && !fullMatch(target.name, o.metadata?.name)) return false;
  if (target.namespace && !fullMatch(target.namespace, o.metadata?.namespace)) return false;
  if (target.group !== undefined && !fullMatch(target.group, group)) return false;
  if (target.version && !fullMatch(target.version, version)) return false;
  if (target.labelSelector && !labelSelector(target.labelSelector)(o.metadata?.labels)) return false;
  if (target.annotationSelector && !labelSelector(target.annotationSelector)(o.metadata?.annotations)) return false;
  return true;
}

function applyPatch(p, objects, file, YAML) {
  if (p.path !== undefined || typeof p.patch !== 'string' || p.options)
    throw new RenderError(`${file}: only inline JSON 6902 patches (patch: + target:) are supported by k8s/render.mjs`);
  const ops = YAML.parse(p.patch, { version: '1.1' });
  if (!Array.isArray(ops)) throw new RenderError(`${file}: strategic-merge patches are not supported by k8s/render.mjs: write a JSON 6902 patch`);
  if (!p.target) throw new RenderError(`${file}: a JSON 6902 patch needs a target`);
  for (const o of objects) {
    if (!selects(p.target, o)) continue;
    for (const op of ops) {
      try {
        jsonPatch(o, op);
      } catch (err) {
        throw new RenderError(`${file}: patch ${JSON.stringify(op)} on ${o.kind}/${o.metadata?.name}: ${err.message}`);
      }
    }
  }
}

const unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
const clone = (v) => (v === undefined ? v : structuredClone(v));

/** One RFC 6902 operation on `doc`, in place. */
export function jsonPatch(doc, op) {
  const parts = (path) => {
    if (path === '') return [];
    if (!path.startsWith('/')) throw new Error(`path ${path} must start with /`);
    return path.slice(1).split('/').map(unescape);
  };
  const locate = (path) => {
    const keys = parts(path);
    if (!keys.length) throw new Error('the whole document cannot be patched here');
    let parent = doc;
    for (const k of keys.slice(0, -1)) {
      parent = Array.isArray(parent) ? parent[Number(k)] : parent?.[k];
      if (parent === undefined || parent === null || typeof parent !== 'object') throw new Error(`${path}: ${k} does not exist`);
    }
    return { parent, key: keys[keys.length - 1] };
  };
  const get = (path) => {
    const { parent, key } = locate(path);
    const v = Array.isArray(parent) ? parent[Number(key)] : parent[key];
    if (v === undefined || !(Array.isArray(parent) ? Number(key) < parent.length : Object.hasOwn(parent, key))) throw new Error(`${path} does not exist`);
    return v;
  };
  const remove = (path) => {
    const { parent, key } = locate(path);
    get(path);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  };
  const add = (path, value) => {
    const { parent, key } = locate(path);
    if (Array.isArray(parent)) {
      const i = key === '-' ? parent.length : Number(key);
      if (!Number.isInteger(i) || i < 0 || i > parent.length) throw new Error(`${path}: index out of range`);
      parent.splice(i, 0, value);
    } else parent[key] = value;
  };
  switch (op.op) {
    case 'add':
      return add(op.path, clone(op.value));
    case 'remove':
      return remove(op.path);
    case 'replace': {
      get(op.path);
      const { parent, key } = locate(op.path);
      if (Array.isArray(parent)) parent[Number(key)] = clone(op.value);
      else parent[key] = clone(op.value);
      return;
    }
    case 'move': {
      const v = get(op.from);
      remove(op.from);
      return add(op.path, v);
    }
    case 'copy':
      return add(op.path, clone(get(op.from)));
    case 'test':
      if (JSON.stringify(sorted(get(op.path))) !== JSON.stringify(sorted(op.value))) throw new Error(`test of ${op.path} failed`);
      return;
    default:
      throw new Error(`unknown operation ${op.op}`);
  }
}

// ---- namespace, images ------------------------------------------------------------------------------

function setNamespace(objects, namespace) {
  for (const o of objects) {
    o.metadata ??= {};
    // kustomize renames a Namespace object to the kustomization's namespace
    if (o.kind === 'Namespace') o.metadata.name = namespace;
    else if (!CLUSTER_SCOPED.has(o.kind)) o.metadata.namespace = namespace;
  }
}

/** name, tag and digest of an image reference ("host:5000/a/b:tag@sha256:..."). */
export function parseImage(image) {
  let rest = image;
  let digest = '';
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag = '';
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest };
}

/** The images transformer: every containers[] and initContainers[] image named `entry.name`, anywhere in the object. */
function setImages(o, entry) {
  const visit = (value, key) => {
    if (Array.isArray(value)) {
      if (key === 'containers' || key === 'initContainers') {
        for (const c of value) {
          if (typeof c?.image !== 'string') continue;
          const img = parseImage(c.image);
          if (img.name !== entry.name) continue;
          const name = entry.newName ?? img.name;
          if (entry.digest) c.image = `${name}${entry.newTag ? `:${entry.newTag}` : ''}@${entry.digest}`;
          else if (entry.newTag) c.image = `${name}:${entry.newTag}`;
          else c.image = `${name}${img.tag ? `:${img.tag}` : ''}${img.digest ? `@${img.digest}` : ''}`;
        }
      }
      value.forEach((v) => visit(v, key));
      return;
    }
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  visit(o, '');
}

export { RenderError };
