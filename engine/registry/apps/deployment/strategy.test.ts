import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../../endpoints/request/context';
import { setType, type RuntimeObject } from '../../../runtime/object';
import { AppsDeployment, type Deployment } from '../../../apis/apps/types';
import { Convert_v1_Deployment_To_apps_Deployment } from '../../../apis/apps/v1/conversion';
import { SetObjectDefaults_Deployment } from '../../../apis/apps/v1/defaults';
import { deploymentStatusStrategy, deploymentStrategy, getAttrs } from './strategy';

const ctx: RequestContext = { namespace: 'default' };

function deployment(mutate: (d: Deployment) => void = () => {}): Deployment {
  const v1: RuntimeObject = {
    metadata: {
      name: 'web',
      namespace: 'default',
      resourceVersion: '3',
      generation: 4,
      labels: { app: 'web' },
    },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
    },
    status: { replicas: 1, readyReplicas: 1, observedGeneration: 4 },
  };
  SetObjectDefaults_Deployment(v1);
  const out = setType({}, AppsDeployment) as RuntimeObject;
  Convert_v1_Deployment_To_apps_Deployment(v1, out);
  mutate(out as Deployment);
  return out as Deployment;
}

describe('deploymentStrategy', () => {
  it('is namespaced, not created on update, unconditional updates allowed', () => {
    expect(deploymentStrategy.groupKind()).toEqual({ group: 'apps', kind: 'Deployment' });
    expect(deploymentStrategy.namespaceScoped()).toBe(true);
    expect(deploymentStrategy.allowCreateOnUpdate()).toBe(false);
    expect(deploymentStrategy.allowUnconditionalUpdate()).toBe(true);
  });

  it('PrepareForCreate clears status and sets generation 1', () => {
    const d = deployment();
    deploymentStrategy.prepareForCreate(ctx, d);
    expect(d.status).toEqual({});
    expect(d.metadata?.generation).toBe(1);
  });

  it.each<[string, (d: Deployment) => void, number]>([
    ['nothing changed', () => {}, 4],
    ['a spec change', (d) => (d.spec!.replicas = 3), 5],
    ['a template change', (d) => (d.spec!.template!.spec!.containers![0]!.image = 'nginx:2'), 5],
    ['an annotation change', (d) => (d.metadata!.annotations = { note: 'x' }), 5],
    ['a label change', (d) => (d.metadata!.labels = { app: 'web', x: 'y' }), 4],
    ['a status change (ignored)', (d) => (d.status = { replicas: 9 }), 4],
    ['an explicit empty list that Go sees as nil', (d) => (d.spec!.template!.spec!.volumes = []), 4],
  ])('PrepareForUpdate with %s -> generation %i', (_name, mutate, generation) => {
    const old = deployment();
    const update = deployment(mutate);
    deploymentStrategy.prepareForUpdate(ctx, update, old);
    expect(update.metadata?.generation).toBe(generation);
    expect(update.status).toEqual(old.status);
  });

  it('ValidateUpdate rejects a selector change', () => {
    const old = deployment();
    const update = deployment((d) => (d.spec!.selector = { matchLabels: { app: 'web', v: '2' } }));
    expect(deploymentStrategy.validateUpdate(ctx, update, old).map((e) => e.error())).toEqual([
      'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "v":"2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    ]);
  });

  it.each([
    ['web', []],
    [
      'web.v1',
      [
        'metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]',
      ],
    ],
  ])('WarningsOnCreate for name %s', (name, want) => {
    expect(
      deploymentStrategy.warningsOnCreate(
        ctx,
        deployment((d) => (d.metadata!.name = name)),
      ),
    ).toEqual(want);
  });

  it('GetAttrs: labels, metadata.name and metadata.namespace', () => {
    expect(getAttrs(deployment())).toEqual({
      labels: { app: 'web' },
      fields: { 'metadata.name': 'web', 'metadata.namespace': 'default' },
    });
  });
});

describe('deploymentStatusStrategy', () => {
  it('keeps the stored spec and labels, takes the new status', () => {
    const old = deployment();
    const update = deployment((d) => {
      d.spec!.replicas = 10;
      d.metadata!.labels = { sneaky: 'label' };
      d.metadata!.annotations = { allowed: 'yes' };
      d.status = { replicas: 2, readyReplicas: 1 };
    });
    deploymentStatusStrategy.prepareForUpdate(ctx, update, old);
    expect(update.spec).toEqual(old.spec);
    expect(update.metadata?.labels).toEqual({ app: 'web' });
    expect(update.metadata?.annotations).toEqual({ allowed: 'yes' });
    expect(update.status).toEqual({ replicas: 2, readyReplicas: 1 });
    expect(update.metadata?.generation).toBe(4);
  });

  it('validates the status, not the spec', () => {
    const old = deployment();
    const update = deployment((d) => {
      d.spec!.replicas = -1;
      d.status = { replicas: 1, readyReplicas: 2 };
    });
    deploymentStatusStrategy.prepareForUpdate(ctx, update, old);
    expect(deploymentStatusStrategy.validateUpdate(ctx, update, old).map((e) => e.error())).toEqual([
      'status.readyReplicas: Invalid value: 2: cannot be greater than status.replicas',
    ]);
  });
});
