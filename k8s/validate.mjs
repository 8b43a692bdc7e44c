#!/usr/bin/env node
// Offline validation of the Kubernetes manifests under k8s/ (no cluster, no kubectl needed):
//   - every YAML file parses (YAML 1.1, as Kubernetes reads it; duplicate keys are errors);
//   - every object validates against the Kubernetes API schema (npm `kubernetes-models`), and has no
//     field that no Kubernetes schema knows (the schemas themselves allow extra fields, so a typo such
//     as `readinesProbe` would otherwise pass silently);
//   - the conventions of this repository hold (probes, resources, non-root, read-only root
//     filesystem, no capabilities, CronJobs never overlap);
//   - every kustomization lists files that exist, and every manifest is listed by one;
//   - every overlay is rendered, always: by render.mjs (the subset of kustomize these manifests use,
//     in plain Node.js, so no machine skips it) and, when `kubectl` (or `kustomize`) is on PATH, by it
//     too, and the two renders must be the same objects (render.mjs stays faithful to kustomize);
//     then every rendered object is validated again and the result checked as a whole: images with a
//     version (tag or digest); in the prod overlay every image (containers, init containers, the
//     CronJobs' curl, CloudNativePG's imageName, the RabbitmqCluster's image: every `image` and
//     `imageName` field of every object) pinned by `@sha256:<64 hex>`, third-party ones with the
//     same name and tag as the dev overlay runs; references to ConfigMaps that exist,
//     Service/PDB/NetworkPolicy selectors that match pods, and every Secret key documented in
//     k8s/README.md. Our own image's digest in overlays/prod is a placeholder (all zeros) that the
//     release pipeline replaces with the pushed image's digest (`kustomize edit set image`, in
//     overlays/prod/kustomization.yaml and k8s/README.md): the check is of its form, not its value.
//   - the operators' custom resources (CloudNativePG, RabbitMQ, prometheus-operator) against the
//     schemas kept in custom-resources.mjs (which also report fields they do not know), the
//     prometheus-operator ones also against the npm package @kubernetes-models/prometheus-operator's
//     schemas, and, rendered, their references: Poolers, backups and
//     PodMonitors to Clusters, topology objects to the RabbitmqCluster, users and vhosts; Secret keys
//     the operators generate; host names in configuration to Services that exist; HPAs to
//     Deployments without a fixed replica count; a PDB for every Deployment and StatefulSet;
//     ServiceMonitors to Services and their ports; alert expressions to metrics the services export
//     (read from their source).
//   - infra/docker-compose.yml, the same platform for Docker users: the data plane, tracing, the
//     simulated provider and the web UI's build are there; every service of services/ runs, with
//     every variable its src/config.ts requires, every one whose default names 127.0.0.1/localhost,
//     the deployment decisions of COMPOSE_EXPLICIT, and no variable it does not read (a misspelt or
//     stale name); hosts in the environment and depends_on are compose services; images have versions,
//     the data plane's those Kubernetes runs; every ${VAR} without a default is in infra/.env.example;
//     and, when the docker CLI has compose (`docker compose` or `docker-compose`), `config --quiet`
//     passes with dummy values for those variables.
// Prints one line per file and per rendered overlay (with its objects counted by kind); exits 1 if
// anything is invalid.
//
// Dependencies (yaml, kubernetes-models, @kubernetes-models/prometheus-operator) are devDependencies
// of this workspace package (k8s/package.json), so `pnpm install` at the repository root installs
// them. They are loaded from $K8S_VALIDATOR_MODULES, else from each $NODE_PATH entry, else from
// k8s/node_modules, so a throwaway install works too:
//   mkdir -p /tmp/k8sval && cd /tmp/k8sval && npm init -y && npm i yaml kubernetes-models@4 @kubernetes-models/prometheus-operator@4
//   K8S_VALIDATOR_MODULES=/tmp/k8sval/node_modules node k8s/validate.mjs
// K8S_VALIDATE_RENDER=required makes a missing kubectl/kustomize (for the cross-check) an error.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CUSTOM_SCHEMAS, validateAgainst } from './custom-resources.mjs';
import { parseImage, render as renderBuiltin } from './render.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const rel = (p) => relative(root, p) || '.';

// ---- dependencies ------------------------------------------------------------------------------

function findModules() {
  const candidates = [process.env.K8S_VALIDATOR_MODULES, ...(process.env.NODE_PATH ?? '').split(delimiter), join(root, 'node_modules')].filter(Boolean);
  for (const dir of candidates) {
    const abs = resolve(dir);
    if (['yaml', 'kubernetes-models', '@kubernetes-models/prometheus-operator'].every((m) => existsSync(join(abs, m, 'package.json')))) return abs;
  }
  console.error(
    `validate: cannot find the npm packages yaml, kubernetes-models and @kubernetes-models/prometheus-operator (looked in: ${candidates.join(', ')}).`,
  );
  console.error('Run `pnpm install` at the repository root (they are devDependencies of k8s/package.json).');
  console.error('Install them somewhere and point K8S_VALIDATOR_MODULES at that node_modules folder (see the header of this file).');
  process.exit(2);
}

const modules = findModules();
// Loading by absolute path pins the packages to `modules`; their own dependencies resolve from there.
const require = createRequire(join(modules, '..', 'validate-loader.cjs'));
const YAML = require(join(modules, 'yaml'));
// real path: under pnpm this is a symlink, and its dependencies resolve only from the real location
const modelsDir = realpathSync(join(modules, 'kubernetes-models'));

const modelCache = new Map();
/** The kubernetes-models class for apiVersion/kind, or null when the package has none. */
function modelFor(apiVersion, kind) {
  const key = `${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    // core group "v1" lives at kubernetes-models/v1, "apps/v1" at kubernetes-models/apps/v1
    const file = join(modelsDir, ...apiVersion.split('/'), `${kind}.js`);
    modelCache.set(key, existsSync(file) ? (require(file)[kind] ?? null) : null);
  }
  return modelCache.get(key);
}

// prometheus-operator's kinds (ServiceMonitor, PodMonitor, PrometheusRule, ...) from its npm models
const promModelsDir = realpathSync(join(modules, '@kubernetes-models', 'prometheus-operator'));
/** The @kubernetes-models/prometheus-operator class for apiVersion/kind, or null. */
function promModelFor(apiVersion, kind) {
  const key = `prom:${apiVersion}/${kind}`;
  if (!modelCache.has(key)) {
    const file = apiVersion.startsWith('monitoring.coreos.com/') ? join(promModelsDir, ...apiVersion.split('/'), `${kind}.js`) : null;
    modelCache.set(key, file && existsSync(file) ? (require(file)[kind] ?? null) : null);
  }
  return modelCache.get(key);
}

// Every property name any Kubernetes schema declares, read from the compiled validators. Used to
// catch misspelt fields, which the schemas themselves (open objects) would accept.
// ObjectMeta and LabelSelector come from @kubernetes-models/apimachinery, found from kubernetes-models.
const knownFields = (() => {
  const names = new Set();
  const apimachinery = dirname(createRequire(join(modelsDir, 'package.json')).resolve('@kubernetes-models/apimachinery/package.json'));
  for (const dir of [join(modelsDir, '_schemas'), join(apimachinery, '_schemas')]) {
    for (const f of readdirSync(dir)) {
      if (!f.endsWith('.js')) continue;
      const src = readFileSync(join(dir, f), 'utf8');
      for (const m of src.matchAll(/\bdata\.([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
      for (const m of src.matchAll(/\bdata\["([^"]+)"\]/g)) names.add(m[1]);
    }
  }
  return names;
})();

// Fields whose values are free-form maps (label keys, data keys, resource names), not schema fields.
const FREE_FORM = new Set([
  'labels',
  'annotations',
  'matchLabels',
  'nodeSelector',
  'data',
  'stringData',
  'binaryData',
  'limits',
  'requests',
  'hard',
  'capacity',
  'allocatable',
  'parameters',
]);

function unknownFields(value, path, out) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => unknownFields(v, `${path}[${i}]`, out));
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  for (const [k, v] of Object.entries(value)) {
    const here = path ? `${path}.${k}` : k;
    if (!knownFields.has(k)) out.push(`unknown field ${here}`);
    // a Service selector is a plain label map; a LabelSelector has matchLabels/matchExpressions
    const freeForm = FREE_FORM.has(k) || (k === 'selector' && v && typeof v === 'object' && !('matchLabels' in v) && !('matchExpressions' in v));
    if (!freeForm) unknownFields(v, here, out);
  }
  return out;
}

// ---- repository conventions ----------------------------------------------------------------------

/** The pod template of a workload object, or null. */
function podTemplateOf(obj) {
  switch (obj.kind) {
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'Job':
      return obj.spec?.template ?? null;
    case 'CronJob':
      return obj.spec?.jobTemplate?.spec?.template ?? null;
    default:
      return null;
  }
}

function policy(obj) {
  const problems = [];
  if (obj.kind === 'CronJob' && obj.spec?.concurrencyPolicy !== 'Forbid')
    problems.push('CronJob must set concurrencyPolicy: Forbid (a slow run must not overlap the next)');
  const template = podTemplateOf(obj);
  if (!template) return problems;
  // the API server refuses a workload whose selector does not select its own pods
  const selected = obj.spec?.selector?.matchLabels;
  if (selected && Object.entries(selected).some(([k, v]) => template.metadata?.labels?.[k] !== v))
    problems.push('spec.selector.matchLabels does not match the pod template labels');
  const pod = template.spec ?? {};
  const podNonRoot = pod.securityContext?.runAsNonRoot === true;
  if (pod.automountServiceAccountToken !== false) problems.push('pod must set automountServiceAccountToken: false (no service uses the Kubernetes API)');
  for (const c of [...(pod.initContainers ?? []), ...(pod.containers ?? [])]) {
    const at = `container ${c.name}`;
    const sc = c.securityContext ?? {};
    if (!(podNonRoot || sc.runAsNonRoot === true)) problems.push(`${at}: runAsNonRoot must be true`);
    if (sc.readOnlyRootFilesystem !== true) problems.push(`${at}: readOnlyRootFilesystem must be true`);
    if (sc.allowPrivilegeEscalation !== false) problems.push(`${at}: allowPrivilegeEscalation must be false`);
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) problems.push(`${at}: capabilities.drop must include ALL`);
    for (const kind of ['requests', 'limits']) {
      for (const r of ['cpu', 'memory']) if (c.resources?.[kind]?.[r] === undefined) problems.push(`${at}: resources.${kind}.${r} is missing`);
    }
    if ((obj.kind === 'Deployment' || obj.kind === 'StatefulSet') && !(pod.initContainers ?? []).includes(c)) {
      if (!c.readinessProbe) problems.push(`${at}: readinessProbe is missing`);
      if (!c.livenessProbe) problems.push(`${at}: livenessProbe is missing`);
    }
  }
  return problems;
}

// ---- checks of one object --------------------------------------------------------------------------

function checkObject(obj, { rendered = false } = {}) {
  const problems = [];
  if (typeof obj !== 'object' || Array.isArray(obj)) return ['document is not a mapping'];
  const { apiVersion, kind } = obj;
  const name = obj.metadata?.name;
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return ['apiVersion and kind are required'];
  if (typeof name !== 'string' || !name) problems.push(`${kind}: metadata.name is required`);
  const label = `${kind}/${name ?? '?'}`;
  const Model = modelFor(apiVersion, kind);
  const custom = CUSTOM_SCHEMAS[`${apiVersion}/${kind}`];
  if (!Model && custom) {
    for (const k of Object.keys(obj)) if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(k)) problems.push(`${label}: unknown field ${k}`);
    for (const k of Object.keys(obj.metadata ?? {}))
      if (!['name', 'namespace', 'labels', 'annotations'].includes(k)) problems.push(`${label}: unknown field metadata.${k}`);
    if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(name ?? '')) problems.push(`${label}: metadata.name is not a DNS name`);
    if (obj.spec === undefined) problems.push(`${label}: spec is required`);
    else for (const p of validateAgainst(custom, obj.spec, 'spec')) problems.push(`${label}: ${p}`);
    // the operator's own schema, where an npm package has it (prometheus-operator's kinds)
    const PromModel = promModelFor(apiVersion, kind);
    if (PromModel) {
      try {
        new PromModel(obj).validate();
      } catch (err) {
        problems.push(
          `${label}: ${String(err.message ?? err)
            .replace(/\s+/g, ' ')
            .trim()} (@kubernetes-models/prometheus-operator)`,
        );
      }
    }
    return problems;
  }
  if (!Model) return [`${label}: no Kubernetes schema for ${apiVersion} ${kind}`];
  try {
    new Model(obj).validate();
  } catch (err) {
    problems.push(
      `${label}: ${String(err.message ?? err)
        .replace(/\s+/g, ' ')
        .trim()}`,
    );
  }
  for (const p of unknownFields(obj, '', [])) problems.push(`${label}: ${p}`);
  for (const p of policy(obj)) problems.push(`${label}: ${p}`);
  if (rendered) {
    const template = podTemplateOf(obj);
    for (const c of [...(template?.spec?.initContainers ?? []), ...(template?.spec?.containers ?? [])]) {
      const image = c.image ?? '';
      const tagged = image.includes('@sha256:') || /:[^/]+$/.test(image);
      if (!tagged || /:latest$/.test(image)) problems.push(`${label}: container ${c.name} image "${image}" must have a version tag or digest`);
    }
  }
  return problems;
}

// ---- kustomizations -------------------------------------------------------------------------------

const JSON_PATCH_OPS = new Set(['add', 'remove', 'replace', 'move', 'copy', 'test']);

/** Checks one kustomization; returns its problems and the files it lists. */
function checkKustomization(k, file) {
  const dir = dirname(file);
  const problems = [];
  const listed = [];
  const patchFiles = [];
  const dataFiles = [];
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1') problems.push(`Kustomization: unexpected apiVersion ${k.apiVersion}`);
  for (const legacy of ['bases', 'patchesStrategicMerge', 'patchesJson6902', 'commonLabels', 'vars']) {
    if (k[legacy] !== undefined) problems.push(`Kustomization: "${legacy}" is deprecated in kustomize v5, use resources/patches/labels/replacements`);
  }
  for (const r of k.resources ?? []) {
    if (/^[a-z]+:\/\//i.test(r) || r.includes('?ref=')) continue; // remote: not checked offline
    const target = resolve(dir, r);
    if (!existsSync(target)) problems.push(`resources: ${r} does not exist`);
    else if (statSync(target).isDirectory()) {
      if (!['kustomization.yaml', 'kustomization.yml', 'Kustomization'].some((n) => existsSync(join(target, n))))
        problems.push(`resources: ${r} has no kustomization.yaml`);
    } else listed.push(target);
  }
  for (const [field, generators] of [
    ['configMapGenerator', k.configMapGenerator],
    ['secretGenerator', k.secretGenerator],
  ]) {
    for (const g of generators ?? []) {
      if (!g.name) problems.push(`${field}: an entry has no name`);
      for (const l of g.literals ?? []) if (!/^[-._a-zA-Z0-9]+=/.test(String(l))) problems.push(`${field} ${g.name}: literal "${l}" is not KEY=value`);
      for (const f of [...(g.files ?? []), ...(g.envs ?? [])]) {
        const path = String(f).includes('=') ? String(f).split('=').slice(1).join('=') : String(f);
        if (!existsSync(resolve(dir, path))) problems.push(`${field} ${g.name}: ${path} does not exist`);
        else {
          listed.push(resolve(dir, path));
          dataFiles.push(resolve(dir, path));
        }
      }
    }
  }
  if (k.secretGenerator?.some((g) => (g.literals ?? []).length > 0)) problems.push('secretGenerator literals would put secrets in the repository');
  for (const p of k.patches ?? []) {
    if (p.path) {
      const target = resolve(dir, p.path);
      if (!existsSync(target)) problems.push(`patches: ${p.path} does not exist`);
      else patchFiles.push(target);
    }
    if (typeof p.patch === 'string') {
      try {
        const ops = YAML.parse(p.patch, { version: '1.1' });
        if (Array.isArray(ops)) {
          for (const op of ops) {
            if (!JSON_PATCH_OPS.has(op?.op) || typeof op?.path !== 'string' || !op.path.startsWith('/'))
              problems.push(`patches: invalid JSON patch operation ${JSON.stringify(op)}`);
          }
          if (!p.target) problems.push('patches: a JSON patch needs a target');
        }
      } catch (err) {
        problems.push(`patches: inline patch does not parse: ${err.message.split('\n')[0]}`);
      }
    }
  }
  return { problems, listed, patchFiles, dataFiles };
}

// ---- files ------------------------------------------------------------------------------------------

function walk(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}

function parseFile(file) {
  const docs = YAML.parseAllDocuments(readFileSync(file, 'utf8'), { version: '1.1' });
  const errors = docs.flatMap((d) => d.errors ?? []).map((e) => e.message.split('\n')[0]);
  const objects = errors.length ? [] : docs.map((d) => d.toJS({ maxAliasCount: 100 })).filter((o) => o !== null && o !== undefined);
  return { errors, objects };
}

// this package's own files, which sit beside the manifests
const NOT_MANIFESTS = new Set(['package.json', 'README.md', 'pnpm-lock.yaml', 'package-lock.json', 'custom-resources.mjs', 'render.mjs']);
const results = []; // { name, problems, note, skipped }
const files = walk(root);
const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f) && !NOT_MANIFESTS.has(basename(f)));
const parsed = new Map(yamlFiles.map((f) => [f, parseFile(f)]));

const listedByKustomization = new Set();
const patchFiles = new Set();
// files a configMapGenerator turns into data (a collector's configuration, a dashboard): not manifests
const dataFiles = new Set();
const kustomizationProblems = new Map();
for (const [file, { objects }] of parsed) {
  for (const obj of objects) {
    if (obj?.kind !== 'Kustomization') continue;
    const r = checkKustomization(obj, file);
    kustomizationProblems.set(file, r.problems);
    r.listed.forEach((f) => listedByKustomization.add(f));
    r.patchFiles.forEach((f) => patchFiles.add(f));
    r.dataFiles.forEach((f) => dataFiles.add(f));
  }
}

for (const file of files) {
  const name = rel(file);
  if (file === fileURLToPath(import.meta.url) || NOT_MANIFESTS.has(basename(file))) continue;
  if (file.endsWith('.sh')) {
    const sh = spawnSync('sh', ['-n', file], { encoding: 'utf8' });
    const problems = sh.error ? [] : sh.status === 0 ? [] : [`shell syntax: ${sh.stderr.trim().replace(/\s+/g, ' ')}`];
    if (!listedByKustomization.has(file)) problems.push('not used by any kustomization.yaml');
    results.push({ name, problems, note: sh.error ? 'sh not found, syntax not checked' : 'shell syntax' });
    continue;
  }
  if (dataFiles.has(file) && !file.endsWith('.sh')) {
    // data for a ConfigMap: it must parse as what its extension says
    const problems = [];
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.json')) {
      try {
        JSON.parse(text);
      } catch (err) {
        problems.push(`JSON: ${err.message}`);
      }
    } else if (/\.ya?ml$/.test(file)) {
      problems.push(...(parsed.get(file)?.errors ?? []).map((e) => `YAML: ${e}`));
    }
    results.push({ name, problems, note: 'ConfigMap data' });
    continue;
  }
  if (!parsed.has(file)) {
    results.push({ name, problems: ['unexpected file: only YAML manifests, kustomizations and their scripts belong here'] });
    continue;
  }
  const { errors, objects } = parsed.get(file);
  if (errors.length) {
    results.push({ name, problems: errors.map((e) => `YAML: ${e}`) });
    continue;
  }
  if (objects.some((o) => o?.kind === 'Kustomization')) {
    results.push({ name, problems: kustomizationProblems.get(file) ?? [], note: 'kustomization' });
    continue;
  }
  if (patchFiles.has(file)) {
    // a strategic-merge patch is a partial object: check only what it targets
    const problems = objects.flatMap((o) => (o?.apiVersion && o?.kind && o?.metadata?.name ? [] : ['patch must name apiVersion, kind and metadata.name']));
    results.push({ name, problems, note: 'patch' });
    continue;
  }
  const problems = objects.length ? objects.flatMap((o) => checkObject(o)) : ['no objects'];
  if (!listedByKustomization.has(file)) problems.push('not listed in any kustomization.yaml');
  results.push({ name, problems, note: `${objects.length} object${objects.length === 1 ? '' : 's'}` });
}

// ---- rendered overlays ------------------------------------------------------------------------------

function renderer() {
  for (const [cmd, args] of [
    ['kubectl', ['kustomize']],
    ['kustomize', ['build']],
  ]) {
    const probe = spawnSync(cmd, cmd === 'kubectl' ? ['version', '--client'] : ['version'], { encoding: 'utf8' });
    if (!probe.error && probe.status === 0) return { cmd, args };
  }
  return null;
}

/** Cross-object checks on one rendered overlay. */
function checkRendered(objects, readme) {
  const problems = [];
  const byKind = (k) => objects.filter((o) => o.kind === k);
  const configMaps = new Set(byKind('ConfigMap').map((o) => o.metadata.name));
  const podLabels = objects
    .map(podTemplateOf)
    .filter(Boolean)
    .map((t) => t.metadata?.labels ?? {});
  const matches = (selector) => podLabels.some((labels) => Object.entries(selector ?? {}).every(([k, v]) => labels[k] === v));
  const secretKeys = new Map();

  for (const obj of objects) {
    problems.push(...checkObject(obj, { rendered: true }));
    const label = `${obj.kind}/${obj.metadata?.name}`;
    const pod = podTemplateOf(obj)?.spec;
    for (const c of [...(pod?.initContainers ?? []), ...(pod?.containers ?? [])]) {
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef && !ef.configMapRef.optional && !configMaps.has(ef.configMapRef.name))
          problems.push(`${label}: envFrom ConfigMap ${ef.configMapRef.name} is not in the overlay`);
        if (ef.secretRef) secretKeys.set(ef.secretRef.name, secretKeys.get(ef.secretRef.name) ?? new Set());
      }
      for (const e of c.env ?? []) {
        const cm = e.valueFrom?.configMapKeyRef;
        if (cm && !cm.optional && !configMaps.has(cm.name)) problems.push(`${label}: env ${e.name} refers to missing ConfigMap ${cm.name}`);
        const s = e.valueFrom?.secretKeyRef;
        if (s) secretKeys.set(s.name, (secretKeys.get(s.name) ?? new Set()).add(s.key));
      }
    }
    for (const v of pod?.volumes ?? []) {
      if (v.configMap && !v.configMap.optional && !configMaps.has(v.configMap.name))
        problems.push(`${label}: volume ${v.name} refers to missing ConfigMap ${v.configMap.name}`);
      if (v.secret) secretKeys.set(v.secret.secretName, secretKeys.get(v.secret.secretName) ?? new Set());
    }
    if (obj.kind === 'Service' && obj.spec?.selector && !matches(obj.spec.selector)) problems.push(`${label}: selector matches no pod template`);
    if (obj.kind === 'PodDisruptionBudget' && !matches(obj.spec?.selector?.matchLabels)) problems.push(`${label}: selector matches no pod template`);
    if (obj.kind === 'NetworkPolicy') {
      const sel = obj.spec?.podSelector?.matchLabels;
      // the RabbitMQ operator's pods carry their RabbitmqCluster's name
      const byOperator = objects.some((o) => o.kind === 'RabbitmqCluster' && sel?.['app.kubernetes.io/name'] === o.metadata?.name);
      if (sel && Object.keys(sel).length && !matches(sel) && !byOperator) problems.push(`${label}: podSelector matches no pod template`);
    }
    if (obj.kind !== 'Namespace' && obj.metadata?.namespace !== 'ziba') problems.push(`${label}: not in namespace ziba`);
  }
  problems.push(...checkPlatform(objects, secretKeys));
  // Secrets live outside the repository, so k8s/README.md is their only description: keep it
  // complete. Each key needs a line (its table row) naming both the Secret and the key in backticks.
  const lines = readme.split('\n');
  for (const [name, keys] of secretKeys) {
    if (!lines.some((l) => l.includes(`\`${name}\``))) problems.push(`Secret ${name} is used but not documented in k8s/README.md`);
    else
      for (const key of keys)
        if (!lines.some((l) => l.includes(`\`${name}\``) && l.includes(`\`${key}\``)))
          problems.push(`Secret ${name} key ${key} is used but not documented in k8s/README.md`);
  }
  return problems;
}

// ---- the data plane and scale-out, rendered -----------------------------------------------------

/** Keys of the Secrets the operators generate: CloudNativePG's `<cluster>-app`, the topology operator's `<user>-user-credentials`. */
const CNPG_APP_KEYS = new Set(['username', 'password', 'dbname', 'host', 'port', 'uri', 'jdbc-uri', 'pgpass', 'fqdn-uri', 'fqdn-jdbc-uri']);
const RABBIT_USER_KEYS = new Set(['username', 'password']);

const labelsMatch = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

function checkPlatform(objects, secretKeys) {
  const problems = [];
  const named = (kind) => new Map(objects.filter((o) => o.kind === kind).map((o) => [o.metadata?.name, o]));
  const clusters = named('Cluster');
  const poolers = named('Pooler');
  const rabbits = named('RabbitmqCluster');
  const users = named('User');
  const services = named('Service');
  const deployments = named('Deployment');
  const vhosts = new Set(objects.filter((o) => o.kind === 'Vhost').map((o) => o.spec?.name));
  const workloads = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
  const pdbs = objects.filter((o) => o.kind === 'PodDisruptionBudget');
  const label = (o) => `${o.kind}/${o.metadata?.name}`;

  // host names the configuration may name: Services, the operators' Services, StatefulSet pods
  const hosts = new Set([...services.keys()]);
  for (const c of clusters.keys()) for (const suffix of ['-rw', '-ro', '-r']) hosts.add(`${c}${suffix}`);
  for (const p of poolers.keys()) hosts.add(p);
  for (const r of rabbits.keys()) hosts.add(r).add(`${r}-nodes`);
  const checkHosts = (where, value) => {
    for (const m of String(value).matchAll(/(?:dns:\/\/\/|:\/\/(?:[^@/\s]*@)?)([a-z0-9][a-z0-9.-]*)(?::(\d+))?/g)) {
      const host = m[1];
      if (host.includes('.') || host === 'localhost') continue; // another namespace, an address, or outside the cluster
      if (!hosts.has(host)) problems.push(`${where}: names host "${host}", which is no Service of this overlay`);
    }
  };
  for (const cm of objects.filter((o) => o.kind === 'ConfigMap'))
    for (const [k, v] of Object.entries(cm.data ?? {})) if (!k.includes('.')) checkHosts(`ConfigMap/${cm.metadata.name} ${k}`, v);

  for (const w of workloads) {
    const template = podTemplateOf(w);
    if (!pdbs.some((p) => labelsMatch(p.spec?.selector?.matchLabels, template?.metadata?.labels)))
      problems.push(`${label(w)}: no PodDisruptionBudget selects its pods`);
    for (const c of [...(template?.spec?.initContainers ?? []), ...(template?.spec?.containers ?? [])]) {
      for (const e of c.env ?? []) if (e.value) checkHosts(`${label(w)} env ${e.name}`, e.value);
    }
  }
  for (const o of objects) {
    const template = podTemplateOf(o);
    for (const c of [...(template?.spec?.initContainers ?? []), ...(template?.spec?.containers ?? [])]) {
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef;
        if (!ref) continue;
        const app = /^(.+)-app$/.exec(ref.name);
        const creds = /^(.+)-user-credentials$/.exec(ref.name);
        if (app && clusters.has(app[1]) && !CNPG_APP_KEYS.has(ref.key))
          problems.push(`${label(o)}: env ${e.name}: CloudNativePG's Secret ${ref.name} has no key ${ref.key}`);
        if (app && !clusters.has(app[1]) && ref.name.startsWith('pg-'))
          problems.push(`${label(o)}: env ${e.name}: Secret ${ref.name} belongs to no Cluster of this overlay`);
        if (creds && !users.has(creds[1])) problems.push(`${label(o)}: env ${e.name}: Secret ${ref.name} belongs to no RabbitMQ User of this overlay`);
        if (creds && !RABBIT_USER_KEYS.has(ref.key))
          problems.push(`${label(o)}: env ${e.name}: the topology operator's Secret ${ref.name} has no key ${ref.key}`);
      }
    }
  }

  for (const o of objects) {
    const spec = o.spec ?? {};
    switch (o.kind) {
      case 'Cluster': {
        if (!/(@sha256:|:[^/]+$)/.test(spec.imageName ?? '') || /:latest$/.test(spec.imageName ?? ''))
          problems.push(`${label(o)}: imageName must have a version tag or digest`);
        const s3 = spec.backup?.barmanObjectStore?.s3Credentials ?? {};
        for (const ref of Object.values(s3)) if (ref?.name) secretKeys.set(ref.name, (secretKeys.get(ref.name) ?? new Set()).add(ref.key));
        if ((spec.maxSyncReplicas ?? 0) >= (spec.instances ?? 1))
          if (spec.maxSyncReplicas) problems.push(`${label(o)}: maxSyncReplicas must be below instances`);
        break;
      }
      case 'Pooler':
        if (!clusters.has(spec.cluster?.name)) problems.push(`${label(o)}: spec.cluster ${spec.cluster?.name} is no Cluster of this overlay`);
        break;
      case 'ScheduledBackup': {
        const c = clusters.get(spec.cluster?.name);
        if (!c) problems.push(`${label(o)}: spec.cluster ${spec.cluster?.name} is no Cluster of this overlay`);
        else if ((spec.method ?? 'barmanObjectStore') === 'barmanObjectStore' && !c.spec?.backup?.barmanObjectStore)
          problems.push(`${label(o)}: Cluster ${c.metadata.name} has no spec.backup.barmanObjectStore to back up to`);
        break;
      }
      case 'RabbitmqCluster':
        if (!/(@sha256:|:[^/]+$)/.test(spec.image ?? '') || /:latest$/.test(spec.image ?? ''))
          problems.push(`${label(o)}: spec.image must have a version tag or digest`);
        break;
      case 'Vhost':
      case 'User':
      case 'Permission':
        if (!rabbits.has(spec.rabbitmqClusterReference?.name))
          problems.push(`${label(o)}: rabbitmqClusterReference ${spec.rabbitmqClusterReference?.name} is no RabbitmqCluster of this overlay`);
        if (o.kind === 'Permission') {
          if (!vhosts.has(spec.vhost)) problems.push(`${label(o)}: vhost ${spec.vhost} is no Vhost of this overlay`);
          if (!spec.user && !spec.userReference) problems.push(`${label(o)}: needs user or userReference`);
          if (spec.userReference && !users.has(spec.userReference.name))
            problems.push(`${label(o)}: userReference ${spec.userReference.name} is no User of this overlay`);
        }
        break;
      case 'HorizontalPodAutoscaler': {
        const ref = spec.scaleTargetRef ?? {};
        const d = ref.kind === 'Deployment' ? deployments.get(ref.name) : null;
        if (!d) problems.push(`${label(o)}: scaleTargetRef ${ref.kind}/${ref.name} is not in this overlay`);
        else if (d.spec?.replicas !== undefined)
          problems.push(`${label(o)}: Deployment ${ref.name} sets spec.replicas, which every apply would reset under the autoscaler: remove it`);
        if ((spec.minReplicas ?? 1) > spec.maxReplicas) problems.push(`${label(o)}: minReplicas is above maxReplicas`);
        if (!(spec.metrics ?? []).length) problems.push(`${label(o)}: no metrics to scale on`);
        break;
      }
      case 'ServiceMonitor': {
        const selector = spec.selector?.matchLabels ?? {};
        const matched = [...services.values()].filter((svc) => labelsMatch(selector, svc.metadata?.labels));
        const byOperator = rabbits.has(selector['app.kubernetes.io/name']);
        if (!matched.length && !byOperator) problems.push(`${label(o)}: selector matches no Service`);
        for (const ep of spec.endpoints ?? []) {
          for (const svc of matched)
            if (!(svc.spec?.ports ?? []).some((p) => p.name === ep.port))
              problems.push(`${label(o)}: Service ${svc.metadata.name} has no port named ${ep.port}`);
        }
        if (matched.length > 1)
          problems.push(
            `${label(o)}: selects ${matched.length} Services (${matched.map((m) => m.metadata.name).join(', ')}): each pod would be scraped more than once`,
          );
        break;
      }
      case 'PodMonitor': {
        const selector = spec.selector?.matchLabels ?? {};
        if (selector['cnpg.io/cluster'] !== undefined) {
          if (!clusters.has(selector['cnpg.io/cluster']))
            problems.push(`${label(o)}: cnpg.io/cluster ${selector['cnpg.io/cluster']} is no Cluster of this overlay`);
        } else if (selector['cnpg.io/poolerName'] !== undefined) {
          if (!poolers.has(selector['cnpg.io/poolerName']))
            problems.push(`${label(o)}: cnpg.io/poolerName ${selector['cnpg.io/poolerName']} is no Pooler of this overlay`);
        } else if (
          !objects
            .map(podTemplateOf)
            .filter(Boolean)
            .some((t) => labelsMatch(selector, t.metadata?.labels))
        )
          problems.push(`${label(o)}: selector matches no pod`);
        break;
      }
      case 'PrometheusRule':
        for (const g of spec.groups ?? []) {
          for (const r of g.rules ?? []) {
            for (const m of unknownMetrics(r.expr ?? ''))
              problems.push(
                `${label(o)}: ${r.alert ?? r.record}: metric ${m} is exported by no service (packages/, services/) and is not a known Prometheus, Node.js or operator metric`,
              );
          }
        }
        break;
      default:
    }
  }
  return problems;
}

// ---- metric names in alert expressions ------------------------------------------------------------

// What Prometheus and prom-client's default metrics provide, besides the services' own metrics.
const EXTERNAL_METRIC =
  /^(up|ALERTS|ALERTS_FOR_STATE|scrape_[a-z_]+|process_[a-z_]+|nodejs_[a-z_]+|cnpg_[a-z_]+|pgbouncer_[a-z_]+|rabbitmq_[a-z_]+|otelcol_[a-z_]+|kube_[a-z_]+|container_[a-z_]+)$/;
const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan', 'atan2']);

let exportedMetrics = null;
/** Metric names the services register (counter/gauge/histogram({ name: '...' })), histograms with their series. */
function serviceMetrics() {
  if (exportedMetrics) return exportedMetrics;
  exportedMetrics = new Set();
  const repo = dirname(root);
  for (const top of ['packages', 'services']) {
    const dir = join(repo, top);
    if (!existsSync(dir)) continue;
    const stack = [dir];
    while (stack.length) {
      const d = stack.pop();
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.name === 'node_modules' || e.name === 'test' || e.name.startsWith('.')) continue;
        const p = join(d, e.name);
        if (e.isDirectory()) stack.push(p);
        else if (e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts')) {
          const src = readFileSync(p, 'utf8');
          for (const m of src.matchAll(/\b(counter|gauge|histogram)\(\{\s*name:\s*'([A-Za-z_:][\w:]*)'/g)) {
            exportedMetrics.add(m[2]);
            if (m[1] === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) exportedMetrics.add(m[2] + suffix);
          }
        }
      }
    }
  }
  return exportedMetrics;
}

/** Metric names in a PromQL expression that nothing exports. */
function unknownMetrics(expr) {
  const known = serviceMetrics();
  if (known.size === 0) return []; // the validator runs without the repository's sources
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, '""') // strings
    .replace(/\{[^}]*\}/g, '') // label matchers
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, '') // label lists
    .replace(/\[[^\]]*\]/g, ''); // ranges, subqueries
  const out = new Set();
  for (const m of stripped.matchAll(/[A-Za-z_:][\w:]*/g)) {
    const word = m[0];
    const after = stripped.slice(m.index + word.length).trimStart();
    if (after.startsWith('(')) continue; // a function
    if (PROMQL_WORDS.has(word.toLowerCase()) || /^[0-9]/.test(word)) continue;
    if (/^(e|E)[0-9]*$/.test(word) && /[0-9]$/.test(stripped.slice(0, m.index))) continue; // 1e-9
    if (!known.has(word) && !EXTERNAL_METRIC.test(word)) out.add(word);
  }
  return [...out];
}

const overlaysDir = join(root, 'overlays');
const overlays = existsSync(overlaysDir)
  ? readdirSync(overlaysDir)
      .map((d) => join(overlaysDir, d))
      .filter((d) => existsSync(join(d, 'kustomization.yaml')))
  : [];
// Overlays whose every image must be pinned by digest (the others may use tags).
const PINNED_OVERLAYS = new Set(['prod']);
const DIGEST = /@sha256:[0-9a-f]{64}$/;

const sortedKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortedKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortedKeys(v[k])]),
        )
      : v;
const idOf = (o) => `${o.kind}/${o.metadata?.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata?.name}`;

/** The first path at which a and b differ. */
function firstDifference(a, b, path = '') {
  if (JSON.stringify(sortedKeys(a)) === JSON.stringify(sortedKeys(b))) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[k], b[k], `${path}${Array.isArray(a) ? `[${k}]` : `.${k}`}`);
      if (d) return d;
    }
  }
  return `${path || '(root)'}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`;
}

/** Differences between render.mjs's objects and kubectl's (or kustomize's). */
function compareRenders(mine, theirs, tool) {
  const a = new Map(mine.map((o) => [idOf(o), o]));
  const b = new Map(theirs.map((o) => [idOf(o), o]));
  const problems = [];
  for (const [id, o] of a) {
    if (!b.has(id)) problems.push(`${id} is rendered by render.mjs but not by ${tool}`);
    else {
      const d = firstDifference(o, b.get(id));
      if (d) problems.push(`${id} differs between render.mjs and ${tool} at ${d}`);
    }
  }
  for (const id of b.keys()) if (!a.has(id)) problems.push(`${id} is rendered by ${tool} but not by render.mjs`);
  return problems.length > 5 ? [...problems.slice(0, 5), `... and ${problems.length - 5} more differences`] : problems;
}

/** Every `image` and `imageName` string of an object, with its path. */
function imageFields(value, path = '', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => imageFields(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'image' || k === 'imageName') && typeof v === 'string') out.push({ path: `${path}.${k}`, image: v });
      else imageFields(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/** In a pinned overlay: every image by digest; a third-party one with the name and tag the reference overlay runs. */
function checkPinned(objects, reference, referenceName) {
  const problems = [];
  const refImages = new Map();
  for (const o of reference ?? []) {
    if (o.kind === 'ConfigMap' || o.kind === 'Secret') continue;
    for (const f of imageFields(o.spec)) refImages.set(`${o.kind}/${o.metadata?.name}${f.path}`, f.image);
  }
  let count = 0;
  for (const o of objects) {
    if (o.kind === 'ConfigMap' || o.kind === 'Secret') continue; // data, not images
    for (const f of imageFields(o.spec, '.spec')) {
      count++;
      const at = `${o.kind}/${o.metadata?.name} ${f.path.slice(1)}`;
      if (!DIGEST.test(f.image)) {
        problems.push(`${at}: image "${f.image}" is not pinned by digest (@sha256:<64 hex>)`);
        continue;
      }
      const ref = refImages.get(`${o.kind}/${o.metadata?.name}${f.path.replace(/^\.spec/, '')}`);
      if (!ref) continue;
      const mine = parseImage(f.image);
      const theirs = parseImage(ref);
      if (/(^|\/)ziba\/platform$/.test(theirs.name)) {
        // our own image: <registry>/ziba/platform, set by the release pipeline
        if (!/^[^/]*[.:][^/]*\/ziba\/platform$/.test(mine.name))
          problems.push(`${at}: our image "${f.image}" should be <registry>/ziba/platform@sha256:<digest>`);
      } else if (mine.name !== theirs.name || mine.tag !== theirs.tag) {
        problems.push(`${at}: pinned "${mine.name}:${mine.tag}" but ${referenceName} runs "${theirs.name}:${theirs.tag}": update the digest with the version`);
      }
    }
  }
  return { problems, count };
}

const external = renderer();
const readmePath = join(root, 'README.md');
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
const renders = new Map(); // overlay name -> { objects, result }
for (const overlay of overlays) {
  const name = `${rel(overlay)} (rendered)`;
  let objects;
  try {
    objects = renderBuiltin(overlay, YAML);
  } catch (err) {
    results.push({ name, problems: [`render.mjs: ${err.message}`] });
    continue;
  }
  const problems = [];
  let via = 'render.mjs';
  if (external) {
    const tool = `${external.cmd} ${external.args.join(' ')}`;
    const out = spawnSync(external.cmd, [...external.args, overlay], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (out.status !== 0) problems.push(`${tool} failed: ${(out.stderr || String(out.error)).trim().replace(/\s+/g, ' ')}`);
    else {
      const theirs = YAML.parseAllDocuments(out.stdout, { version: '1.1' })
        .map((d) => d.toJS())
        .filter(Boolean);
      const diff = compareRenders(objects, theirs, tool);
      problems.push(...diff);
      if (!diff.length) via += `, identical to ${tool}`;
    }
  } else {
    via += '; no kubectl or kustomize on PATH to compare with';
    if (process.env.K8S_VALIDATE_RENDER === 'required')
      problems.push('kubectl or kustomize is required (K8S_VALIDATE_RENDER=required) to compare render.mjs with');
  }
  problems.push(...checkRendered(objects, readme));
  const kinds = new Map();
  for (const o of objects) kinds.set(o.kind, (kinds.get(o.kind) ?? 0) + 1);
  const byKind = [...kinds]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const result = { name, problems, note: `${objects.length} objects via ${via}: ${byKind}` };
  results.push(result);
  renders.set(basename(overlay), { objects, result });
}
for (const [overlayName, { objects, result }] of renders) {
  if (!PINNED_OVERLAYS.has(overlayName)) continue;
  const { problems, count } = checkPinned(objects, renders.get('dev')?.objects, 'overlays/dev');
  result.problems.push(...problems);
  // production is reached over TLS: the gateway's public address (OpenAPI server, CSRF origin) is https
  for (const cm of objects.filter((o) => o.kind === 'ConfigMap' && /^gateway-config(-|$)/.test(o.metadata?.name ?? ''))) {
    if (!/^https:\/\/[^/]+$/.test(cm.data?.PUBLIC_BASE_URL ?? ''))
      result.problems.push(
        `ConfigMap/${cm.metadata.name}: PUBLIC_BASE_URL must be the gateway's public https address (scheme and host), not "${cm.data?.PUBLIC_BASE_URL ?? ''}"`,
      );
  }
  result.note += `; all ${count} images pinned by digest`;
}
for (const pinned of PINNED_OVERLAYS) {
  if (existsSync(join(overlaysDir, pinned)) && !renders.has(pinned))
    results.push({ name: `overlays/${pinned} (images pinned)`, problems: ['not rendered, so its images were not checked'] });
}

// ---- infra/docker-compose.yml --------------------------------------------------------------------

// Deployment decisions the compose file must make explicitly wherever a service reads them (their
// defaults suit a developer's machine or a test, not a stack of containers).
const COMPOSE_EXPLICIT = [
  'EVENTS_EXCHANGE',
  'DB_POOL_MAX',
  'MIGRATE',
  'REDIS_URL',
  'REDIS_KEY_PREFIX',
  'PUBLIC_BASE_URL',
  'TRUSTED_ORIGINS',
  'SYSTEM_JOB_TOKEN',
  'WEB_DIST_DIR',
  'SIMULATED_PROVIDER_URL',
  'WEBHOOK_SECRET',
  'OTEL_EXPORTER_OTLP_ENDPOINT',
];
// The compose services besides ours: the data plane, tracing, the payout provider, the web UI's build.
const COMPOSE_PLATFORM = ['postgres', 'rabbitmq', 'redis', 'otel-collector', 'jaeger', 'simulated-provider', 'web'];

/**
 * The environment variables a TypeScript env schema declares ("NAME: Type.X(...)" lines and
 * "...Helper" spreads of packages/service-kit/src/config.ts): name -> { required, localhostDefault }.
 */
function envSchemaOf(src, helpers = new Map()) {
  const vars = new Map();
  for (const line of src.split('\n')) {
    const m = /^\s+([A-Z][A-Z0-9_]*):\s*(Type\..*)$/.exec(line);
    if (m) {
      const decl = m[2];
      vars.set(m[1], {
        required: !decl.startsWith('Type.Optional(') && !/\bdefault:/.test(decl),
        localhostDefault: /\bdefault:\s*'[^']*(127\.0\.0\.1|localhost)/.test(decl),
      });
    }
    for (const spread of line.matchAll(/\.\.\.([A-Za-z]+)/g)) for (const [k, v] of helpers.get(spread[1]) ?? []) vars.set(k, v);
  }
  return vars;
}

/** service-kit's shared schema pieces: export name -> its variables. */
function envHelpers(src) {
  const blocks = new Map();
  let current = null;
  for (const line of src.split('\n')) {
    const m = /^export const (\w+)\s*=/.exec(line);
    if (m) current = m[1];
    if (current) blocks.set(current, `${blocks.get(current) ?? ''}${line}\n`);
  }
  return new Map([...blocks].map(([k, v]) => [k, envSchemaOf(v)]));
}

function checkCompose(devObjects) {
  const repo = dirname(root);
  const file = join(repo, 'infra', 'docker-compose.yml');
  const name = '../infra/docker-compose.yml (compose)';
  if (!existsSync(file) || !existsSync(join(repo, 'services'))) return null;
  const problems = [];
  const doc = YAML.parseDocument(readFileSync(file, 'utf8'), { merge: true, uniqueKeys: true });
  if (doc.errors.length) return { name, problems: doc.errors.map((e) => `YAML: ${e.message.split('\n')[0]}`) };
  const compose = doc.toJS({ maxAliasCount: 1000 });
  const services = compose.services ?? {};
  const kit = join(repo, 'packages', 'service-kit', 'src', 'config.ts');
  const helpers = existsSync(kit) ? envHelpers(readFileSync(kit, 'utf8')) : new Map();
  const envOf = (svc) =>
    Array.isArray(svc.environment)
      ? Object.fromEntries(svc.environment.map((e) => [String(e).split('=')[0], String(e).split('=').slice(1).join('=')]))
      : { ...(svc.environment ?? {}) };

  for (const platform of COMPOSE_PLATFORM) if (!services[platform]) problems.push(`no service ${platform}`);
  const ours = readdirSync(join(repo, 'services'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(repo, 'services', d.name, 'src', 'main.ts')))
    .map((d) => d.name);
  let checkedEnv = 0;
  for (const service of ours) {
    const main = `services/${service}/src/main.ts`;
    const entries = Object.entries(services).filter(([, svc]) => Array.isArray(svc.command) && svc.command.includes(main));
    if (!entries.length) {
      problems.push(`no compose service runs ${main}`);
      continue;
    }
    const vars = envSchemaOf(readFileSync(join(repo, 'services', service, 'src', 'config.ts'), 'utf8'), helpers);
    for (const [svcName, svc] of entries) {
      checkedEnv++;
      const env = envOf(svc);
      const at = `${svcName}`;
      for (const [v, { required, localhostDefault }] of vars) {
        if (required && env[v] === undefined) problems.push(`${at}: ${v} is required by services/${service}/src/config.ts and not set`);
        if (localhostDefault && env[v] === undefined)
          problems.push(`${at}: ${v} is not set, and its default (127.0.0.1/localhost) does not reach another container`);
        if (COMPOSE_EXPLICIT.includes(v) && env[v] === undefined) problems.push(`${at}: ${v} should be set explicitly for this stack`);
      }
      if (env.OTEL_EXPORTER_OTLP_ENDPOINT === undefined) problems.push(`${at}: OTEL_EXPORTER_OTLP_ENDPOINT is not set: its traces would go nowhere`);
      for (const v of Object.keys(env))
        if (!vars.has(v) && !v.startsWith('OTEL_') && v !== 'NODE_ENV')
          problems.push(`${at}: sets ${v}, which services/${service}/src/config.ts does not read`);
    }
  }
  // the simulated provider reads its few variables itself
  const sim = services['simulated-provider'];
  const simMain = join(repo, 'services', 'payout', 'src', 'simulated-provider', 'main.ts');
  if (sim && existsSync(simMain)) {
    const m = /const \{([^}]+)\} = process\.env/.exec(readFileSync(simMain, 'utf8'));
    for (const v of (m?.[1] ?? '')
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean))
      if (envOf(sim)[v] === undefined) problems.push(`simulated-provider: ${v} is not set`);
  }

  // hosts named in the environment are compose services
  for (const [svcName, svc] of Object.entries(services)) {
    for (const [k, value] of Object.entries(envOf(svc))) {
      const hosts = [...String(value).matchAll(/:\/\/(?:[^@/\s]*@)?([A-Za-z0-9.-]+)/g)].map((m) => m[1]);
      if (/_ADDRESS$/.test(k))
        hosts.push(
          String(value)
            .replace(/^dns:\/\/\//, '')
            .split(':')[0],
        );
      for (const h of hosts)
        if (!['localhost', '127.0.0.1', '0.0.0.0'].includes(h) && !services[h] && !h.startsWith('$'))
          problems.push(`${svcName}: ${k} names host ${h}, which is no compose service`);
    }
    for (const dep of Array.isArray(svc.depends_on) ? svc.depends_on : Object.keys(svc.depends_on ?? {}))
      if (!services[dep]) problems.push(`${svcName}: depends_on ${dep}, which is no compose service`);
  }

  // images: versioned, and the data plane at the versions Kubernetes runs (the dev overlay's tags)
  const k8sImages = new Map();
  for (const o of devObjects ?? []) for (const f of imageFields(o.spec)) k8sImages.set(parseImage(f.image).name, parseImage(f.image).tag);
  for (const [svcName, svc] of Object.entries(services)) {
    if (!svc.image) {
      problems.push(`${svcName}: no image`);
      continue;
    }
    const img = parseImage(svc.image);
    if ((!img.tag && !img.digest) || img.tag === 'latest') problems.push(`${svcName}: image ${svc.image} has no version`);
    if (k8sImages.has(img.name) && k8sImages.get(img.name) !== img.tag && img.name !== 'ziba/platform')
      problems.push(`${svcName}: image ${svc.image}, but Kubernetes runs ${img.name}:${k8sImages.get(img.name)}`);
    const cnpg = k8sImages.get('ghcr.io/cloudnative-pg/postgresql');
    if (img.name === 'postgres' && cnpg && !cnpg.startsWith(`${img.tag}-`))
      problems.push(`${svcName}: image ${svc.image}, but Kubernetes runs PostgreSQL ${cnpg}`);
  }

  // ${VAR}s without a default or an error message are documented in infra/.env.example
  const example = join(repo, 'infra', '.env.example');
  const documented = new Set(existsSync(example) ? [...readFileSync(example, 'utf8').matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]) : []);
  const raw = readFileSync(file, 'utf8').replace(/^\s*#.*$/gm, '');
  const variables = new Set();
  for (const m of raw.matchAll(/\$\{([A-Z][A-Z0-9_]*)(:?[-?][^}]*)?\}/g)) {
    variables.add(m[1]);
    if (!m[2] && !documented.has(m[1])) problems.push(`\${${m[1]}} is neither in infra/.env.example nor given a default`);
  }

  // the real parser, where the docker CLI has compose
  let note = `${Object.keys(services).length} services; the environment of ${checkedEnv} checked against their config.ts`;
  const composeCmd = [
    ['docker', ['compose']],
    ['docker-compose', []],
  ].find(([cmd, args]) => {
    const probe = spawnSync(cmd, [...args, 'version'], { encoding: 'utf8' });
    return !probe.error && probe.status === 0;
  });
  if (composeCmd) {
    const dir = mkdtempSync(join(tmpdir(), 'ziba-compose-'));
    try {
      const envFile = join(dir, '.env');
      writeFileSync(
        envFile,
        [...variables]
          .map(
            (v) =>
              `${v}=${v === 'JWT_PRIVATE_JWK' ? '{"kty":"OKP","crv":"Ed25519","x":"x","d":"d"}' : v === 'LOG_LEVEL' ? 'info' : v.endsWith('_PORT') ? '1' : `x${v.toLowerCase().replace(/_/g, '')}0123456789abcdef0123456789abcdef`}`,
          )
          .join('\n') + '\n',
      );
      const [cmd, args] = composeCmd;
      const out = spawnSync(cmd, [...args, '-f', file, '--env-file', envFile, 'config', '--quiet'], { encoding: 'utf8' });
      if (out.status !== 0) problems.push(`${[cmd, ...args].join(' ')} config failed: ${(out.stderr || String(out.error)).trim().replace(/\s+/g, ' ')}`);
      else note += `; \`${[cmd, ...args].join(' ')} config\` passes`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } else note += '; `docker compose config` not run (no docker compose here)';
  return { name, problems, note };
}

const composeResult = checkCompose(renders.get('dev')?.objects);
if (composeResult) results.push(composeResult);

// ---- report -----------------------------------------------------------------------------------------

let failed = 0;
let skipped = 0;
for (const r of results) {
  if (r.problems.length) {
    failed++;
    console.log(`FAIL ${r.name}: ${r.problems.join('; ')}`);
  } else {
    if (r.skipped) skipped++;
    console.log(`${r.skipped ? 'skip' : 'ok  '} ${r.name}${r.note ? ` (${r.note})` : ''}`);
  }
}
console.log(`${results.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
