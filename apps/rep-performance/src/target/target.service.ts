import { randomUUID } from 'node:crypto';
import { canManageOrganisation, Viewer } from '@salesgraph/auth';
import {
  CHILD_KIND,
  isAdditive,
  OWNER_KINDS,
  OwnerKind,
  Period,
  periodAllowedFor,
  splitByShares,
  subPeriodLabels,
  targetGap,
  TargetMetric,
} from '@salesgraph/domain';
import { appendToOutbox, NewEvent } from '@salesgraph/events';
import { badUserInput, changedMeanwhile, conflict, forbidden, percentBasisPoints, positiveAmount, zeroOrMore } from '@salesgraph/subgraph-kit';
import { Database, lockRow, transact, Transaction } from '@salesgraph/persistence';
import { COMPANY_ID, MarketSizeEntity, TargetEntity } from './target.entity';
import { TargetRepository } from './target.repository';
import { performanceScope } from '../access';
import { DeleteTargetInput, SetMarketSizeInput, SetTargetInput, SplitTargetInput } from '../generated/resolvers.generated';

/** How a target is decomposed: among the owner's children, or into the sub-periods of its period. */
export type TargetGapAcross = 'ORGANISATION' | 'TIME';

/** A target whose parts (children's targets, or its sub-periods' targets) do not add up to it. */
export interface TargetGap {
  target: TargetEntity;
  across: TargetGapAcross;
  childrenTotal: number;
  gap: number;
  children: number;
  childrenWithoutTarget: number;
}

const targetEvent = (target: TargetEntity, parentTargetId: string | null): NewEvent<'TargetSet'> => ({
  type: 'TargetSet',
  aggregateId: target.id,
  payload: {
    targetId: target.id,
    metric: target.metric,
    period: target.period,
    ownerKind: target.ownerKind,
    ownerId: target.ownerId,
    value: target.value,
    parentTargetId,
  },
});

/** Management by objectives: targets per owner, metric and period, decomposed down the organisation. */
export class TargetService {
  private readonly targets: TargetRepository;

  constructor(private readonly database: Database) {
    this.targets = new TargetRepository(database);
  }

  /** `input.value` in stored units (target-units.ts): the resolver converts the API's. */
  async setTarget(viewer: Viewer, input: SetTargetInput, now = new Date()): Promise<TargetEntity> {
    this.assertPlanner(viewer);
    const period = input.period;
    if (!periodAllowedFor(input.metric, period.kind))
      throw badUserInput(
        'input.period',
        `${input.metric} targets are set per year, quarter or month${input.metric === 'VISITS' ? ' or week' : ''}, not per ${period.kind.toLowerCase()}`,
      );
    zeroOrMore(input.value, 'input.value');
    if (input.metric === 'MARKET_SHARE' && input.value > 10_000) throw badUserInput('input.value', 'a market share is at most 100 %');
    const ownerId = input.ownerKind === 'COMPANY' ? COMPANY_ID : (input.ownerId ?? '');
    const parentOwner = await this.parentOwner(input.ownerKind, ownerId);
    if (parentOwner === undefined) throw badUserInput('input.ownerId', `no ${input.ownerKind.toLowerCase()} ${ownerId}`);
    const parent = parentOwner && (await this.targets.findIdOf(input.metric, period.label, parentOwner));
    return transact(this.database, async (manager) => {
      // A child's target is written under its parent's lock, as deleteTarget decides under it (see there).
      if (parent) await lockRow(manager, TargetEntity, parent.id);
      const target = await this.write(
        manager,
        viewer,
        { metric: input.metric, period: period.label, ownerKind: input.ownerKind, ownerId, value: input.value },
        input.version ?? null,
        'input.version',
        now,
      );
      await appendToOutbox(manager, [targetEvent(target, null)]);
      return target;
    });
  }

  /**
   * Splits a target among the owner's children, by shares (which must make
   * 100 %) or by amounts (which may leave a gap that targetGaps then shows).
   * Parts' values are in stored units (target-units.ts): the resolver converts the API's.
   */
  async splitTarget(viewer: Viewer, input: SplitTargetInput, now = new Date()): Promise<TargetEntity[]> {
    const parent = await this.targets.findById(input.targetId);
    // A manager splits what they are given: a team's manager their team's target, a branch head their branch's.
    const scope = performanceScope(viewer);
    const own =
      viewer.role === 'MANAGER' &&
      ((parent?.ownerKind === 'TEAM' && parent.ownerId === viewer.teamId) ||
        (parent?.ownerKind === 'BRANCH' && scope.kind === 'BRANCH' && parent.ownerId === scope.branchId));
    if (!own) this.assertPlanner(viewer);
    if (!parent) throw badUserInput('input.targetId', `no target ${input.targetId}`);
    if (parent.version !== input.version) throw changedMeanwhile('target', parent.id, parent.version);
    if (!isAdditive(parent.metric)) throw badUserInput('input.targetId', 'a market share does not add up across owners: set each owner’s share on its own');
    const childKind = CHILD_KIND[parent.ownerKind];
    if (!childKind) throw badUserInput('input.targetId', 'a rep’s target has nobody below it to split among');
    if (!input.parts.length) throw badUserInput('input.parts', 'name at least one part');
    const children = new Set((await this.organisationTree())(parent.ownerKind, parent.ownerId));
    const seen = new Set<string>();
    input.parts.forEach((part, index) => {
      if (!children.has(part.ownerId)) {
        throw badUserInput(
          `input.parts.${index}.ownerId`,
          `${part.ownerId} is not a ${childKind.toLowerCase()}${childKind === 'REP' ? ' still working' : ''} under this ${parent.ownerKind.toLowerCase()}`,
        );
      }
      if (seen.has(part.ownerId)) throw badUserInput(`input.parts.${index}.ownerId`, `${part.ownerId} is named twice`);
      seen.add(part.ownerId);
      if ((part.sharePercent == null) === (part.value == null))
        throw badUserInput(`input.parts.${index}`, 'give each part a sharePercent or a value, not both');
    });
    const byShare = input.parts[0].sharePercent != null;
    let values: number[];
    if (byShare) {
      const shares = input.parts.map((part, index) => {
        if (part.sharePercent == null) throw badUserInput(`input.parts.${index}.sharePercent`, 'split by shares or by values, not a mixture');
        return percentBasisPoints(part.sharePercent, `input.parts.${index}.sharePercent`, { aboveMin: true });
      });
      const sum = shares.reduce((a, b) => a + b, 0);
      if (sum !== 10_000) throw badUserInput('input.parts', `shares must make 100 %, these make ${sum / 100} %`);
      values = splitByShares(parent.value, shares);
    } else {
      values = input.parts.map((part, index) => {
        if (part.value == null) throw badUserInput(`input.parts.${index}.value`, 'split by shares or by values, not a mixture');
        return zeroOrMore(part.value, `input.parts.${index}.value`);
      });
    }
    return transact(this.database, async (manager) => {
      // Under the parent's lock, as it is now: deleted or changed since it was read, it is not split (see deleteTarget).
      const current = await lockRow(manager, TargetEntity, parent.id);
      if (!current) throw badUserInput('input.targetId', `target ${parent.id} was deleted meanwhile: there is nothing left to split`);
      if (current.version !== input.version) throw changedMeanwhile('target', parent.id, current.version);
      const written: TargetEntity[] = [];
      for (const [index, part] of input.parts.entries()) {
        const child = { metric: parent.metric, period: parent.period, ownerKind: childKind, ownerId: part.ownerId, value: values[index] };
        written.push(await this.write(manager, viewer, child, 'ANY', `input.parts.${index}`, now));
      }
      await appendToOutbox(
        manager,
        written.map((target) => targetEvent(target, parent.id)),
      );
      return written;
    });
  }

  /**
   * Every target of the period whose parts do not add up to it: across the
   * organisation, its owner's children's targets (a missing one counting as
   * zero); across time, the same owner's targets for the sub-periods (a
   * year's quarters, a quarter's months), once at least one of them is set.
   */
  async targetGaps(period: Period, metric?: TargetMetric | null): Promise<TargetGap[]> {
    const subPeriods = subPeriodLabels(period);
    const [targets, subTargets] = await Promise.all([
      this.targets.ofPeriod(period.label, metric),
      subPeriods.length ? this.targets.ofPeriods(subPeriods, metric) : Promise.resolve([]),
    ]);
    // Top of the tree first: company, branches, teams.
    targets.sort((a, b) => OWNER_KINDS.indexOf(a.ownerKind) - OWNER_KINDS.indexOf(b.ownerKind));
    const childrenOf = await this.organisationTree();
    const byKey = new Map(targets.map((target) => [`${target.metric}|${target.ownerKind}|${target.ownerId}`, target]));
    const subByKey = new Map(subTargets.map((target) => [`${target.metric}|${target.ownerKind}|${target.ownerId}|${target.period}`, target]));
    const gaps: TargetGap[] = [];
    for (const target of targets) {
      if (!isAdditive(target.metric)) continue;
      const childKind = CHILD_KIND[target.ownerKind];
      if (childKind) {
        const children = childrenOf(target.ownerKind, target.ownerId);
        const childValues = children.map((child) => byKey.get(`${target.metric}|${childKind}|${child}`)?.value);
        const gap = targetGap(
          target.value,
          childValues.map((value) => value ?? 0),
        );
        if (gap !== 0) {
          gaps.push({
            target,
            across: 'ORGANISATION',
            childrenTotal: target.value - gap,
            gap,
            children: children.length,
            childrenWithoutTarget: childValues.filter((value) => value === undefined).length,
          });
        }
      }
      const subValues = subPeriods.map((label) => subByKey.get(`${target.metric}|${target.ownerKind}|${target.ownerId}|${label}`)?.value);
      if (subValues.every((value) => value === undefined)) continue;
      const gap = targetGap(
        target.value,
        subValues.map((value) => value ?? 0),
      );
      if (gap !== 0) {
        gaps.push({
          target,
          across: 'TIME',
          childrenTotal: target.value - gap,
          gap,
          children: subPeriods.length,
          childrenWithoutTarget: subValues.filter((value) => value === undefined).length,
        });
      }
    }
    return gaps;
  }

  /**
   * Deletes a target set by mistake, from the version read (directors and
   * admins). A target split among its owner's children is deleted only once
   * none of them holds a target of the same metric and period: delete theirs
   * first, so no child's target is left under a parent that is gone. The
   * sub-periods' targets (a quarter's months) are targets of their own and
   * stay. Frozen scorecards and statements keep what they froze.
   *
   * Decided under the target's row lock, taken first: every writer of a
   * child's target for the same metric and period (setTarget, splitTarget)
   * takes the same lock before it writes, on whichever replica it runs. So
   * either the child's target is committed before the check reads, and the
   * delete is refused, or it is written after the parent is gone. Locks go
   * from parent to child only, so these writers queue and never deadlock.
   */
  async deleteTarget(viewer: Viewer, input: DeleteTargetInput, now = new Date()): Promise<TargetEntity> {
    this.assertPlanner(viewer);
    const target = await this.targets.findById(input.targetId);
    if (!target) throw badUserInput('input.targetId', `no target ${input.targetId}`);
    return transact(this.database, async (manager) => {
      const current = await lockRow(manager, TargetEntity, target.id);
      if (!current) throw badUserInput('input.targetId', `target ${target.id} was deleted meanwhile`);
      const childKind = CHILD_KIND[target.ownerKind];
      if (childKind) {
        const children = await this.targets.childrenOf(manager, target.ownerKind, target.ownerId);
        const held = children.length ? await this.targets.heldBy(manager, target, childKind, children) : [];
        if (held.length) {
          throw badUserInput(
            'input.targetId',
            `${held.length} ${childKind.toLowerCase()}${held.length === 1 ? '' : 's'} under this ${target.ownerKind.toLowerCase()} hold${held.length === 1 ? 's' : ''} a ${target.metric} target for ${target.period} (${held.map((child) => child.ownerId).join(', ')}): delete theirs first`,
          );
        }
      }
      if (!(await this.targets.delete(manager, target.id, input.version))) throw changedMeanwhile('target', target.id, current.version);
      await appendToOutbox(manager, [
        {
          type: 'TargetDeleted',
          aggregateId: target.id,
          payload: {
            targetId: target.id,
            metric: target.metric,
            period: target.period,
            ownerKind: target.ownerKind,
            ownerId: target.ownerId,
            value: target.value,
            deletedBy: viewer.subject,
            deletedAt: now.toISOString(),
          },
        },
      ]);
      return target;
    });
  }

  async setMarketSize(viewer: Viewer, input: SetMarketSizeInput): Promise<MarketSizeEntity> {
    this.assertPlanner(viewer);
    const period = input.period;
    if (period.kind === 'DAY' || period.kind === 'WEEK') throw badUserInput('input.period', 'market sizes are per year, quarter or month');
    const region = input.region.trim();
    if (!region || region.length > 100) throw badUserInput('input.region', 'region must be 1–100 characters');
    // Market share divides revenue by the market of a branch's region: a size for a region no branch has is never read.
    const regions = await this.targets.branchRegions();
    if (!regions.includes(region)) {
      throw badUserInput(
        'input.region',
        `no branch has the region "${region}": use one of ${regions.length ? regions.map((known) => `"${known}"`).join(', ') : 'the regions of branches (there are none yet: create a branch first)'}`,
      );
    }
    positiveAmount(input.amount, 'input.amount');
    const row = { region, period: period.label, amountMinor: input.amount, setBy: viewer.subject };
    await this.targets.upsertMarketSize(row);
    return Object.assign(new MarketSizeEntity(), row);
  }

  findById(id: string): Promise<TargetEntity | null> {
    return this.targets.findById(id);
  }

  findByOwners(kind: OwnerKind, ids: readonly string[], period?: string): Promise<TargetEntity[]> {
    return this.targets.findByOwners(kind, ids, period);
  }

  /**
   * Inserts or updates one target. `readVersion` 'ANY' is a split overwriting
   * children, null a new target (CONFLICT if one exists), a number a guarded change.
   */
  private async write(
    manager: Transaction,
    viewer: Viewer,
    values: Pick<TargetEntity, 'metric' | 'period' | 'ownerKind' | 'ownerId' | 'value'>,
    readVersion: number | null | 'ANY',
    field: string,
    now: Date,
  ): Promise<TargetEntity> {
    const existing = await this.targets.findByKey(manager, values);
    if (!existing) {
      if (typeof readVersion === 'number') throw badUserInput(field, 'there is no such target to change: leave version out to create it');
      const target = Object.assign(new TargetEntity(), { id: randomUUID(), ...values, setBy: viewer.subject, updatedAt: now, version: 1 });
      await this.targets.insert(manager, target);
      return target;
    }
    const expected = readVersion === 'ANY' ? existing.version : readVersion;
    if (expected !== existing.version) {
      throw conflict(
        `the ${values.metric} target of ${values.ownerKind.toLowerCase()} ${values.ownerId} for ${values.period} exists (version ${existing.version}): send its version to change it`,
      );
    }
    const updated = await this.targets.update(manager, existing.id, existing.version, {
      value: values.value,
      setBy: viewer.subject,
      updatedAt: now,
      version: existing.version + 1,
    });
    if (!updated) throw conflict(`target ${existing.id} was changed by someone else: reload and try again`);
    return Object.assign(new TargetEntity(), { ...existing, value: values.value, setBy: viewer.subject, updatedAt: now, version: existing.version + 1 });
  }

  /** The owner one level up (null for the company, or a team in no branch); undefined if the owner does not exist. */
  private async parentOwner(kind: OwnerKind, id: string): Promise<Pick<TargetEntity, 'ownerKind' | 'ownerId'> | null | undefined> {
    switch (kind) {
      case 'COMPANY':
        return null;
      case 'BRANCH':
        return (await this.targets.branchExists(id)) ? { ownerKind: 'COMPANY', ownerId: COMPANY_ID } : undefined;
      case 'TEAM': {
        const team = await this.targets.teamBranch(id);
        if (!team) return undefined;
        return team.branchId ? { ownerKind: 'BRANCH', ownerId: team.branchId } : null;
      }
      case 'REP': {
        const rep = await this.targets.repTeam(id);
        return rep ? { ownerKind: 'TEAM', ownerId: rep.teamId } : undefined;
      }
    }
  }

  /**
   * Who sits below whom, read once: the company's branches, a branch's teams,
   * a team's reps still working (a rep who left takes no new targets). Splits
   * and gaps use the same tree, so a gap never names a child a split refuses.
   */
  private async organisationTree(): Promise<(kind: OwnerKind, id: string) => string[]> {
    const [branches, teams, reps] = await this.targets.organisation();
    return (kind, id) => {
      switch (kind) {
        case 'COMPANY':
          return branches.map((branch) => branch.id);
        case 'BRANCH':
          return teams.filter((team) => team.branchId === id).map((team) => team.id);
        case 'TEAM':
          return reps.filter((rep) => rep.teamId === id && rep.status !== 'LEFT').map((rep) => rep.id);
        case 'REP':
          return [];
      }
    };
  }

  /** Directors and admins set targets and split them; a manager may only split their own team's among its reps. */
  private assertPlanner(viewer: Viewer): void {
    if (!canManageOrganisation(viewer)) throw forbidden('Only directors and admins set targets');
  }
}
