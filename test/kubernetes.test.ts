import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { ConfigError, loadConfig } from '../src/config.ts';
import { CLOSE_TIMEOUT_MS, DRAIN_TIMEOUT_MS } from '../src/http/shutdown.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

const folder = new URL('../deploy/kubernetes/', import.meta.url);
const files = readdirSync(folder).filter((file) => file.endsWith('.yaml'));
/** Every manifest of the folder, with the file it is in. */
const manifests = files.flatMap((file) =>
  parseAllDocuments(readFileSync(new URL(file, folder), 'utf8')).map((document) => {
    expect(document.errors, file).toEqual([]);
    return { file, ...document.toJS() } as Record<string, any>;
  }),
);
const only = (kind: string) => {
  const found = manifests.filter((manifest) => manifest.kind === kind);
  expect(found, kind).toHaveLength(1);
  return found[0]!;
};

const kustomization = only('Kustomization');
const deployment = only('Deployment');
const configMap = only('ConfigMap');
const secret = only('Secret');
const service = only('Service');
const budget = only('PodDisruptionBudget');
const autoscaler = only('HorizontalPodAutoscaler');
const pod = deployment.spec.template;
const container = pod.spec.containers[0];
const podLabels: Record<string, string> = pod.metadata.labels;
const containerPort = (name: string) =>
  container.ports.find((port: { name: string }) => port.name === name)?.containerPort;

/** What a deployer puts in place of the Secret's placeholders: valid values of each variable. */
const filledSecret: Record<string, string> = {
  CURSOR_SECRET: randomBytes(36).toString('base64'),
  REDIS_URL: 'rediss://:a-password@redis.internal.example.com:6379/0',
};
/** The environment the container gets, as Kubernetes builds it from `envFrom` and `env`. */
function containerEnvironment(secretValues: Record<string, string>): Record<string, string> {
  const sources = { ConfigMap: configMap.data, Secret: secretValues };
  const fromRefs = container.envFrom.map((source: Record<string, { name: string }>) => {
    const [ref, kind] = source.configMapRef
      ? [source.configMapRef, 'ConfigMap']
      : [source.secretRef, 'Secret'];
    expect(ref!.name, kind).toBe(only(kind!).metadata.name);
    return sources[kind as keyof typeof sources];
  });
  const direct = Object.fromEntries(
    (container.env ?? []).map(({ name, value }: { name: string; value: string }) => [name, value]),
  );
  return Object.assign({}, ...fromRefs, direct);
}
const environment = containerEnvironment(filledSecret);

/** Whether `selector` (matchLabels, or a Service's plain map) picks the Deployment's pods. */
const selectsPods = (selector: Record<string, string>) =>
  Object.keys(selector).length > 0 &&
  Object.entries(selector).every(([name, value]) => podLabels[name] === value);

describe('deploy/kubernetes', () => {
  it('lists every manifest in its kustomization, and sets the image the Deployment names', () => {
    expect([...kustomization.resources].sort()).toEqual(
      files.filter((file) => file !== 'kustomization.yaml').sort(),
    );
    expect(kustomization.images.map((image: { name: string }) => image.name)).toEqual([container.image]);
    expect(kustomization.namespace).toBe(only('Namespace').metadata.name);
  });

  it('sets only variables the gateway reads, with values it accepts once the Secret is filled in', () => {
    const config = loadConfig(environment);
    expect(config).toMatchObject({
      upstream: { kind: 'aws', region: environment.AWS_REGION },
      auth: expect.objectContaining({ methods: ['jwt'], jwksUrl: environment.AUTH_JWKS_URL }),
      cursorSecret: filledSecret.CURSOR_SECRET,
      redisUrl: filledSecret.REDIS_URL,
    });
    // A variable the gateway reads changes its configuration, or is refused by name, when changed.
    for (const [name, value] of Object.entries(environment)) {
      let changed: unknown;
      try {
        changed = loadConfig({ ...environment, [name]: `${value}-changed` });
      } catch (error) {
        expect(error, name).toBeInstanceOf(ConfigError);
        expect((error as Error).message, name).toContain(name);
        continue;
      }
      expect(changed, `${name} is not read by loadConfig`).not.toEqual(config);
    }
  });

  it('ships a Secret whose placeholders the gateway refuses, so an unfilled one never runs', () => {
    expect(Object.keys(secret.stringData).sort()).toEqual(Object.keys(filledSecret).sort());
    for (const [name, placeholder] of Object.entries(secret.stringData as Record<string, string>)) {
      expect(placeholder).toMatch(/^REPLACE_ME/);
      expect(() => loadConfig({ ...environment, [name]: placeholder }), name).toThrow(name);
    }
  });

  it('exposes the ports the configuration listens on, by name', () => {
    const config = loadConfig(environment);
    expect(containerPort('http')).toBe(config.port);
    expect(containerPort('metrics')).toBe(config.metricsPort);
    expect(config.host).toBe('0.0.0.0');
  });

  it('points the Prometheus annotations at the metrics port', () => {
    expect(pod.metadata.annotations).toEqual({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(containerPort('metrics')),
      'prometheus.io/path': '/metrics',
    });
  });

  describe('probes', () => {
    let gateway: TestGateway;
    beforeAll(async () => {
      gateway = await startTestGateway();
    });
    afterAll(() => gateway?.close());

    it('check readiness on /readyz and liveness and start-up on /healthz, on the HTTP port', async () => {
      const probes = {
        readinessProbe: '/readyz',
        livenessProbe: '/healthz',
        startupProbe: '/healthz',
      };
      for (const [probe, path] of Object.entries(probes)) {
        expect(container[probe].httpGet, probe).toEqual({ path, port: 'http' });
        // The gateway answers the probe's path with 200 while it and its upstream are up.
        expect((await gateway.fetch(path)).status, probe).toBe(200);
      }
      // The readiness check waits up to 5 s for the upstream: the probe waits longer.
      expect(container.readinessProbe.timeoutSeconds).toBeGreaterThan(5);
    });
  });

  it('gives a pod longer to stop than its preStop pause and the gateway’s bounded shutdown', () => {
    const [command, seconds] = container.lifecycle.preStop.exec.command;
    expect(command).toBe('sleep');
    // Draining, then the metrics server, the trace exporter and the Redis connection.
    const shutdownMs = Number(seconds) * 1000 + DRAIN_TIMEOUT_MS + 3 * CLOSE_TIMEOUT_MS;
    expect(pod.spec.terminationGracePeriodSeconds * 1000).toBeGreaterThan(shutdownMs);
  });

  it('runs as a numeric non-root user on a read-only root file system, with no capabilities', () => {
    expect(pod.spec.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    // The image's user is a name (`node`): the kubelet can only check a numeric one is not root.
    expect(pod.spec.securityContext.runAsUser).toBeGreaterThan(0);
    expect(container.securityContext).toEqual({
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      capabilities: { drop: ['ALL'] },
    });
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(pod.spec.serviceAccountName).toBe(only('ServiceAccount').metadata.name);
  });

  it('requests and limits CPU and memory', () => {
    for (const bound of ['requests', 'limits'])
      expect(Object.keys(container.resources[bound]).sort(), bound).toEqual(['cpu', 'memory']);
  });

  it('runs at least two replicas, spread over zones and nodes, never fewer during a rollout', () => {
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    expect(deployment.spec.strategy.rollingUpdate.maxUnavailable).toBe(0);
    expect(selectsPods(deployment.spec.selector.matchLabels)).toBe(true);
    const spread = pod.spec.topologySpreadConstraints;
    expect(spread.map((constraint: { topologyKey: string }) => constraint.topologyKey)).toEqual([
      'topology.kubernetes.io/zone',
      'kubernetes.io/hostname',
    ]);
    for (const constraint of spread) expect(selectsPods(constraint.labelSelector.matchLabels)).toBe(true);
  });

  it('serves the GraphQL and metrics ports through a Service that selects the pods', () => {
    expect(selectsPods(service.spec.selector)).toBe(true);
    expect(
      service.spec.ports.map(({ name, port, targetPort }: Record<string, unknown>) => ({
        name,
        port,
        targetPort,
      })),
    ).toEqual([
      { name: 'http', port: containerPort('http'), targetPort: 'http' },
      { name: 'metrics', port: containerPort('metrics'), targetPort: 'metrics' },
    ]);
  });

  it('keeps all but one pod through disruptions, and scales the Deployment on CPU from two', () => {
    expect(budget.apiVersion).toBe('policy/v1');
    expect(selectsPods(budget.spec.selector.matchLabels)).toBe(true);
    expect(budget.spec.maxUnavailable).toBe(1);
    expect(autoscaler.apiVersion).toBe('autoscaling/v2');
    expect(autoscaler.spec.scaleTargetRef).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(autoscaler.spec.minReplicas).toBe(deployment.spec.replicas);
    expect(autoscaler.spec.maxReplicas).toBeGreaterThan(autoscaler.spec.minReplicas);
    expect(autoscaler.spec.metrics).toEqual([
      {
        type: 'Resource',
        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
      },
    ]);
  });
});
