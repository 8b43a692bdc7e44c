// Schemas of the operators' custom resources this repository uses (CloudNativePG, RabbitMQ Cluster
// Operator and messaging-topology operator, prometheus-operator), kept here: kubernetes-models has
// only the built-in kinds. Each lists the fields these manifests may use, their types and the
// required ones, after the operators' CRDs (CloudNativePG 1.25, RabbitMQ Cluster Operator 2.x,
// messaging-topology operator 1.x, prometheus-operator 0.7x); a field not listed is reported, like a
// misspelt built-in field. `any` marks a subtree passed through as it is (pod template overrides).
// Used by validate.mjs.

const obj = (props, required = [], extra = null) => ({ t: 'object', props, required, extra });
const str = (o = {}) => ({ t: 'string', ...o });
const int = (o = {}) => ({ t: 'integer', ...o });
const bool = { t: 'boolean' };
const arr = (items, o = {}) => ({ t: 'array', items, ...o });
const map = (values) => obj({}, [], values);
const any = { t: 'any' };
const quantity = { t: 'quantity' };
const ref = obj({ name: str({ minLength: 1 }), namespace: str() }, ['name']);
const keyRef = obj({ name: str({ minLength: 1 }), key: str({ minLength: 1 }) }, ['name', 'key']);
const resources = obj({ requests: map(quantity), limits: map(quantity) });
const duration = str({ pattern: /^([0-9]+(ms|s|m|h|d|w|y))+$/ });
const labelSelector = obj({
  matchLabels: map(str()),
  matchExpressions: arr(obj({ key: str(), operator: str({ enum: ['In', 'NotIn', 'Exists', 'DoesNotExist'] }), values: arr(str()) }, ['key', 'operator'])),
});
const relabel = obj({
  sourceLabels: arr(str()),
  separator: str(),
  targetLabel: str(),
  regex: str(),
  modulus: int(),
  replacement: str(),
  action: str({
    enum: [
      'replace',
      'Replace',
      'keep',
      'Keep',
      'drop',
      'Drop',
      'labelmap',
      'LabelMap',
      'labeldrop',
      'LabelDrop',
      'labelkeep',
      'LabelKeep',
      'hashmod',
      'HashMod',
      'lowercase',
      'uppercase',
      'keepequal',
      'dropequal',
    ],
  }),
});
const rabbitRef = obj({ name: str({ minLength: 1 }), namespace: str(), connectionSecret: obj({ name: str() }) });

export const CUSTOM_SCHEMAS = {
  'postgresql.cnpg.io/v1/Cluster': obj(
    {
      description: str(),
      instances: int({ minimum: 1 }),
      imageName: str({ minLength: 1 }),
      primaryUpdateStrategy: str({ enum: ['unsupervised', 'supervised'] }),
      primaryUpdateMethod: str({ enum: ['switchover', 'restart'] }),
      minSyncReplicas: int({ minimum: 0 }),
      maxSyncReplicas: int({ minimum: 0 }),
      bootstrap: obj({
        initdb: obj({
          database: str({ pattern: /^[a-z_][a-z0-9_]*$/ }),
          owner: str({ pattern: /^[a-z_][a-z0-9_]*$/ }),
          secret: obj({ name: str() }, ['name']),
          encoding: str(),
          localeCollate: str(),
          localeCType: str(),
        }),
      }),
      postgresql: obj({ parameters: map(str()), pg_hba: arr(str()), shared_preload_libraries: arr(str()) }),
      storage: obj({ size: quantity, storageClass: str(), resizeInUseVolumes: bool }, ['size']),
      walStorage: obj({ size: quantity, storageClass: str() }, ['size']),
      resources,
      affinity: obj({
        enablePodAntiAffinity: bool,
        topologyKey: str(),
        podAntiAffinityType: str({ enum: ['preferred', 'required'] }),
        nodeSelector: map(str()),
        tolerations: any,
      }),
      monitoring: any,
      backup: obj({
        retentionPolicy: str({ pattern: /^[1-9][0-9]*[dwm]$/ }),
        target: str({ enum: ['primary', 'prefer-standby'] }),
        barmanObjectStore: obj(
          {
            destinationPath: str({ pattern: /^(s3|gs|https?):\/\// }),
            endpointURL: str({ pattern: /^https?:\/\// }),
            serverName: str(),
            s3Credentials: obj({ accessKeyId: keyRef, secretAccessKey: keyRef, region: keyRef, sessionToken: keyRef, inheritFromIAMRole: bool }),
            wal: obj({ compression: str({ enum: ['gzip', 'bzip2', 'snappy', 'lz4', 'xz', 'zstd'] }), maxParallel: int({ minimum: 1 }), encryption: str() }),
            data: obj({ compression: str({ enum: ['gzip', 'bzip2', 'snappy'] }), jobs: int({ minimum: 1 }), encryption: str() }),
          },
          ['destinationPath'],
        ),
      }),
    },
    ['instances', 'storage'],
  ),
  'postgresql.cnpg.io/v1/Pooler': obj(
    {
      cluster: ref,
      instances: int({ minimum: 0 }),
      type: str({ enum: ['rw', 'ro', 'r'] }),
      pgbouncer: obj({ poolMode: str({ enum: ['session', 'transaction'] }), parameters: map(str()), paused: bool }),
      template: any,
      monitoring: any,
    },
    ['cluster', 'pgbouncer'],
  ),
  'postgresql.cnpg.io/v1/ScheduledBackup': obj(
    {
      // six fields, seconds first
      schedule: str({ pattern: /^\S+ \S+ \S+ \S+ \S+ \S+$/ }),
      cluster: ref,
      immediate: bool,
      suspend: bool,
      backupOwnerReference: str({ enum: ['none', 'self', 'cluster'] }),
      method: str({ enum: ['barmanObjectStore', 'volumeSnapshot', 'plugin'] }),
      target: str({ enum: ['primary', 'prefer-standby'] }),
    },
    ['schedule', 'cluster'],
  ),
  'rabbitmq.com/v1beta1/RabbitmqCluster': obj({
    replicas: int({ minimum: 0 }),
    image: str({ minLength: 1 }),
    imagePullSecrets: any,
    persistence: obj({ storage: quantity, storageClassName: str() }),
    resources,
    rabbitmq: obj({ additionalConfig: str(), advancedConfig: str(), envConfig: str(), additionalPlugins: arr(str()), erlangInetConfig: str() }),
    override: any,
    service: any,
    affinity: any,
    tolerations: any,
    tls: any,
    terminationGracePeriodSeconds: int({ minimum: 0 }),
  }),
  'rabbitmq.com/v1beta1/Vhost': obj(
    {
      name: str({ minLength: 1 }),
      rabbitmqClusterReference: rabbitRef,
      tags: arr(str()),
      tracing: bool,
      defaultQueueType: str({ enum: ['quorum', 'classic', 'stream'] }),
    },
    ['name', 'rabbitmqClusterReference'],
  ),
  'rabbitmq.com/v1beta1/User': obj(
    {
      rabbitmqClusterReference: rabbitRef,
      tags: arr(str({ enum: ['management', 'policymaker', 'monitoring', 'administrator'] })),
      importCredentialsSecret: obj({ name: str() }, ['name']),
    },
    ['rabbitmqClusterReference'],
  ),
  'rabbitmq.com/v1beta1/Permission': obj(
    {
      vhost: str({ minLength: 1 }),
      user: str(),
      userReference: obj({ name: str({ minLength: 1 }) }, ['name']),
      permissions: obj({ configure: str(), write: str(), read: str() }),
      rabbitmqClusterReference: rabbitRef,
    },
    ['vhost', 'permissions', 'rabbitmqClusterReference'],
  ),
  'monitoring.coreos.com/v1/ServiceMonitor': obj(
    {
      jobLabel: str(),
      targetLabels: arr(str()),
      podTargetLabels: arr(str()),
      selector: labelSelector,
      namespaceSelector: obj({ any: bool, matchNames: arr(str()) }),
      endpoints: arr(
        obj({
          port: str(),
          targetPort: any,
          path: str({ pattern: /^\// }),
          scheme: str({ enum: ['http', 'https'] }),
          interval: duration,
          scrapeTimeout: duration,
          honorLabels: bool,
          honorTimestamps: bool,
          relabelings: arr(relabel),
          metricRelabelings: arr(relabel),
          params: any,
        }),
        { minItems: 1 },
      ),
    },
    ['selector', 'endpoints'],
  ),
  'monitoring.coreos.com/v1/PodMonitor': obj(
    {
      jobLabel: str(),
      selector: labelSelector,
      namespaceSelector: obj({ any: bool, matchNames: arr(str()) }),
      podMetricsEndpoints: arr(
        obj({
          port: str(),
          path: str({ pattern: /^\// }),
          interval: duration,
          scrapeTimeout: duration,
          honorLabels: bool,
          relabelings: arr(relabel),
          metricRelabelings: arr(relabel),
        }),
        { minItems: 1 },
      ),
    },
    ['selector', 'podMetricsEndpoints'],
  ),
  'monitoring.coreos.com/v1/PrometheusRule': obj(
    {
      groups: arr(
        obj(
          {
            name: str({ minLength: 1 }),
            interval: duration,
            rules: arr(
              obj(
                {
                  alert: str({ pattern: /^[A-Za-z_][A-Za-z0-9_]*$/ }),
                  record: str(),
                  expr: str({ minLength: 1 }),
                  for: duration,
                  keep_firing_for: duration,
                  labels: map(str()),
                  annotations: map(str()),
                },
                ['expr'],
              ),
              { minItems: 1 },
            ),
          },
          ['name', 'rules'],
        ),
        { minItems: 1 },
      ),
    },
    ['groups'],
  ),
};

const QUANTITY = /^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+|[KMGTPE]i?|[mkMGTPE])?$/;

/** Problems of `value` against `schema`, each with its path. */
export function validateAgainst(schema, value, path, out = []) {
  const at = path || '(root)';
  switch (schema.t) {
    case 'any':
      return out;
    case 'quantity':
      if (!(typeof value === 'number' || (typeof value === 'string' && QUANTITY.test(value)))) out.push(`${at}: "${value}" is not a quantity`);
      return out;
    case 'string':
      if (typeof value !== 'string') out.push(`${at}: must be a string`);
      else {
        if (schema.enum && !schema.enum.includes(value)) out.push(`${at}: "${value}" is not one of ${schema.enum.join(', ')}`);
        if (schema.pattern && !schema.pattern.test(value)) out.push(`${at}: "${value}" does not match ${schema.pattern}`);
        if (schema.minLength && value.length < schema.minLength) out.push(`${at}: must not be empty`);
      }
      return out;
    case 'integer':
      if (!Number.isInteger(value)) out.push(`${at}: must be an integer`);
      else if (schema.minimum !== undefined && value < schema.minimum) out.push(`${at}: must be at least ${schema.minimum}`);
      return out;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(`${at}: must be true or false`);
      return out;
    case 'array':
      if (!Array.isArray(value)) out.push(`${at}: must be a list`);
      else {
        if (schema.minItems && value.length < schema.minItems) out.push(`${at}: needs at least ${schema.minItems} item(s)`);
        value.forEach((v, i) => validateAgainst(schema.items, v, `${path}[${i}]`, out));
      }
      return out;
    case 'object':
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        out.push(`${at}: must be a mapping`);
        return out;
      }
      for (const r of schema.required) if (value[r] === undefined) out.push(`${path ? `${path}.` : ''}${r}: is required`);
      for (const [k, v] of Object.entries(value)) {
        const here = path ? `${path}.${k}` : k;
        const sub = schema.props[k] ?? schema.extra;
        if (!sub) out.push(`unknown field ${here}`);
        else validateAgainst(sub, v, here, out);
      }
      return out;
    default:
      throw new Error(`bad schema node ${JSON.stringify(schema)}`);
  }
}
