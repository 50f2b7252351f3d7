// Go twin: k8s.io/apiextensions-apiserver/pkg/controller/status/naming_controller.go (NamingConditionController:
// getAcceptedNamesForGroup, calculateNamesAndConditions, equalToAcceptedOrFresh, sync,
// requeueAllOtherGroupCRDs) @ v1.34.0
//
// Reserves names within a group: a CRD's requested plural, singular, short names, kind and list kind are
// accepted unless another CRD of the group already holds them. It writes status.acceptedNames, the
// NamesAccepted condition, and Established=False/Installing until the establishing controller takes over.
// Go works a queue of CRD names; `sync()` visits every CRD until nothing changes (a write that frees a name
// makes Go requeue the group's other CRDs).
import type { LoopbackClient } from '../../../aggregator/client/loopback';
import { copyJSON } from '../../../runtime/object';
import type { CRDLister } from '../../apiserver/crd_lister';
import {
  findCRDCondition,
  isCRDConditionEquivalent,
  setCRDCondition,
} from '../../apis/apiextensions/helpers';
import type {
  CustomResourceDefinition,
  CustomResourceDefinitionCondition,
  CustomResourceDefinitionNames,
} from '../../apis/apiextensions/types';
import { updateCRDStatus } from './update_status';

/** Rounds of requeueing before giving up: each write can free or take at most a few names. */
const maxRounds = 10;

export class NamingConditionController {
  constructor(
    private readonly crdLister: CRDLister,
    private readonly client: LoopbackClient,
    /** the server clock, for lastTransitionTime */
    private readonly now: () => Date,
  ) {}

  /** Syncs every CRD, again while a sync changed something (Go: requeueAllOtherGroupCRDs). */
  async sync(): Promise<void> {
    for (let round = 0; round < maxRounds; round++) {
      let changed = false;
      for (const crd of await this.crdLister.list()) {
        if (await this.syncOne(crd.metadata?.name ?? '')) changed = true;
      }
      if (!changed) return;
    }
  }

  /** sync(key): true when it wrote a new status. */
  async syncOne(name: string): Promise<boolean> {
    const inCRD = await this.crdLister.get(name);
    if (!inCRD) return false; // deleted: it freed its names; the others are synced in the same pass
    // Skip checking names if Spec and Status names are same.
    if (namesEqual(inCRD.spec.names, inCRD.status?.acceptedNames)) return false;

    const { acceptedNames, namingCondition, establishedCondition } =
      await this.calculateNamesAndConditions(inCRD);
    // nothing to do if accepted names and NamesAccepted condition didn't change
    if (
      namesEqual(inCRD.status?.acceptedNames, acceptedNames, true) &&
      isCRDConditionEquivalent(namingCondition, findCRDCondition(inCRD, 'NamesAccepted'))
    )
      return false;

    const crd = copyJSON(inCRD) as CustomResourceDefinition;
    const status = (crd.status ??= { acceptedNames: { plural: '', kind: '' } });
    status.acceptedNames = acceptedNames;
    const now = this.now();
    setCRDCondition(crd, namingCondition, now);
    setCRDCondition(crd, establishedCondition, now);
    return updateCRDStatus(this.client, crd);
  }

  /** getAcceptedNamesForGroup: every name the group's CRDs (this one included) have been granted. */
  private async getAcceptedNamesForGroup(
    group: string,
  ): Promise<{ resources: Set<string>; kinds: Set<string> }> {
    const resources = new Set<string>();
    const kinds = new Set<string>();
    for (const item of await this.crdLister.list()) {
      if (item.spec.group !== group) continue;
      const accepted = item.status?.acceptedNames ?? { plural: '', kind: '' };
      resources.add(accepted.plural ?? '');
      resources.add(accepted.singular ?? '');
      for (const s of accepted.shortNames ?? []) resources.add(s);
      kinds.add(accepted.kind ?? '');
      kinds.add(accepted.listKind ?? '');
    }
    return { resources, kinds };
  }

  async calculateNamesAndConditions(inCRD: CustomResourceDefinition): Promise<{
    acceptedNames: CustomResourceDefinitionNames;
    namingCondition: CustomResourceDefinitionCondition;
    establishedCondition: CustomResourceDefinitionCondition;
  }> {
    // Get the names that have already been claimed
    const { resources, kinds } = await this.getAcceptedNamesForGroup(inCRD.spec.group);
    const naming: CustomResourceDefinitionCondition = { type: 'NamesAccepted', status: 'Unknown' };
    const conflict = (reason: string, err: string) => {
      naming.status = 'False';
      naming.reason = reason;
      naming.message = err;
    };
    const requested = inCRD.spec.names;
    const accepted = inCRD.status?.acceptedNames ?? { plural: '', kind: '' };
    const newNames = copyJSON(accepted) as CustomResourceDefinitionNames;

    // Check each name for mismatches. If there's a mismatch between spec and status, then try to deconflict.
    // Continue on errors so that the status is the best match possible
    let err = equalToAcceptedOrFresh(requested.plural, accepted.plural, resources);
    if (err) conflict('PluralConflict', err);
    else newNames.plural = requested.plural;
    err = equalToAcceptedOrFresh(requested.singular ?? '', accepted.singular ?? '', resources);
    if (err) conflict('SingularConflict', err);
    else setName(newNames, 'singular', requested.singular);
    if (!stringListsEqual(requested.shortNames, accepted.shortNames)) {
      const existing = new Set(accepted.shortNames ?? []);
      const errs: string[] = [];
      for (const shortName of requested.shortNames ?? []) {
        // if the shortname is already ours, then we're fine
        if (existing.has(shortName)) continue;
        const e = equalToAcceptedOrFresh(shortName, '', resources);
        if (e && !errs.includes(e)) errs.push(e);
      }
      if (errs.length > 0)
        conflict('ShortNamesConflict', errs.length === 1 ? errs[0]! : `[${errs.join(', ')}]`);
      else setName(newNames, 'shortNames', requested.shortNames);
    }
    err = equalToAcceptedOrFresh(requested.kind, accepted.kind, kinds);
    if (err) conflict('KindConflict', err);
    else newNames.kind = requested.kind;
    err = equalToAcceptedOrFresh(requested.listKind ?? '', accepted.listKind ?? '', kinds);
    if (err) conflict('ListKindConflict', err);
    else setName(newNames, 'listKind', requested.listKind);
    setName(newNames, 'categories', requested.categories);

    // if we haven't changed the condition, then our names must be good.
    if (naming.status === 'Unknown') {
      naming.status = 'True';
      naming.reason = 'NoConflicts';
      naming.message = 'no conflicts found';
    }

    // set EstablishedCondition initially to false, then set it to true in establishing controller.
    let established: CustomResourceDefinitionCondition = {
      type: 'Established',
      status: 'False',
      reason: 'NotAccepted',
      message: 'not all names are accepted',
    };
    const old = findCRDCondition(inCRD, 'Established');
    if (old) established = { ...old };
    if (established.status !== 'True' && naming.status === 'True') {
      established = {
        type: 'Established',
        status: 'False',
        reason: 'Installing',
        message: 'the initial names have been accepted',
      };
    }
    return { acceptedNames: newNames, namingCondition: naming, establishedCondition: established };
  }
}

/** equalToAcceptedOrFresh: '"<name>" is already in use' when another CRD of the group holds the name. */
export function equalToAcceptedOrFresh(
  requested: string,
  accepted: string,
  used: Set<string>,
): string | null {
  if (requested === accepted) return null;
  if (!used.has(requested)) return null;
  return `${JSON.stringify(requested)} is already in use`;
}

function setName<K extends keyof CustomResourceDefinitionNames>(
  names: CustomResourceDefinitionNames,
  key: K,
  value: CustomResourceDefinitionNames[K] | undefined,
): void {
  if (value === undefined) delete names[key];
  else names[key] = copyJSON(value) as CustomResourceDefinitionNames[K];
}

const stringListsEqual = (a: string[] | undefined, b: string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x, i) => x === b![i]);

/**
 * Semantic.DeepEqual over names: an empty string and a missing one, an empty list and a missing one, are the
 * same (`strict` is reflect.DeepEqual, where an empty list and a missing one differ).
 */
function namesEqual(
  a: CustomResourceDefinitionNames | undefined,
  b: CustomResourceDefinitionNames | undefined,
  strict = false,
): boolean {
  const keys = ['plural', 'singular', 'kind', 'listKind'] as const;
  if (keys.some((k) => (a?.[k] ?? '') !== (b?.[k] ?? ''))) return false;
  for (const k of ['shortNames', 'categories'] as const) {
    if (strict && (a?.[k] === undefined) !== (b?.[k] === undefined)) return false;
    if (!stringListsEqual(a?.[k], b?.[k])) return false;
  }
  return true;
}
