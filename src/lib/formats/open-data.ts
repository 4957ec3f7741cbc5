/**
 * The library as open data: plain JSON objects with stable field names. Each `url` is the page's
 * path with the site's base, as on the pages: resolved against the address of the file that
 * holds it (…/nq36/data/plans.json), it reaches the page also when the site lives under a
 * sub-path, where a path without the base would not.
 */
import { stringify } from 'csv-stringify/sync';
import { precisionOf } from '../model/dates.ts';
import type { Library } from '../model/library.ts';
import { routes } from '../model/routes.ts';

export function plansAsOpenData(library: Library) {
  return library.plans.map(({ id, data }) => {
    const node = library.node(id)!;
    return {
      id,
      url: node.url,
      title: data.title,
      type: data.type,
      number: data.number,
      issued: data.issued,
      issuedPrecision: data.issued ? precisionOf(data.issued) : null,
      issuedAfter: data.issuedAfter ?? null,
      level: data.level,
      locality: data.locality,
      localityInferred: data.localityInferred ?? null,
      issuer: { id: data.issuer, name: library.agencyName(data.issuer) },
      signer: data.signer,
      implements: data.implements.map((link) => {
        const target = library.node(link.document);
        return {
          id: link.document,
          number: target?.number ?? null,
          url: target?.url ?? null,
          inferred: link.inferred,
          grounds: link.grounds ?? null,
          heldAs: heldAsOpenData(library, link.document),
        };
      }),
      identifiedAs: data.identifiedAs ?? null,
      cites: data.cites,
      recipients: data.recipients,
      source: data.source,
    };
  });
}

/** One object per task, each pointing back to its place in its plan. */
export function tasksAsOpenData(library: Library) {
  return library.tasks.map((task) => ({
    id: task.key,
    plan: task.plan,
    source: library.plan(task.plan)!.data.source,
    url: task.url,
    fields: task.fields,
    mentions: task.mentions,
    agencies: [
      ...task.lead.map((id) => ({ id, name: library.agencyName(id), role: 'lead' as const })),
      ...task.support.map((id) => ({ id, name: library.agencyName(id), role: 'support' as const })),
    ],
    deadline: task.deadline,
    heading: task.heading,
    text: [task.heading, ...task.paragraphs].filter(Boolean).join('\n\n'),
  }));
}

export function agenciesAsOpenData(library: Library) {
  return [...library.agencies.values()].map(({ id, data }) => ({
    id,
    // As tasks name it: a body whose place the texts leave unsaid says so.
    name: library.agencyName(id),
    aliases: data.aliases,
    kind: data.kind,
    level: data.level,
    locality: data.locality,
    url: routes.agency(id),
  }));
}

export function targetsAsOpenData(library: Library) {
  return library.targets.map((target) => ({
    plan: target.plan,
    source: library.plan(target.plan)!.data.source,
    horizon: target.horizon === null ? null : Number(target.horizon),
    text: target.phrase,
    context: target.context,
    value: target.value,
    unit: target.unit,
    comparison: target.comparison,
    measure: target.measure,
    url: target.url,
  }));
}

/** The held plan a cited document probably is: an inference, so it carries its grounds. */
function heldAsOpenData(library: Library, id: string) {
  const held = library.heldPlanFor(id);
  return held ? { id: held.plan.id, inferred: true, grounds: held.grounds } : null;
}

/** Every document, held or only cited, with the documents it carries out. */
export function documentsAsOpenData(library: Library) {
  return [...library.plans.map((plan) => plan.id), ...library.documents.map((doc) => doc.id)].map((id) => {
    const node = library.node(id)!;
    return {
      id,
      number: node.number,
      type: node.type,
      title: node.title,
      issued: node.issued,
      issuer: node.issuer,
      inLibrary: node.kind === 'plan',
      url: node.url,
      parents: library.parents(id).map((link) => ({ id: link.node.id, inferred: link.inferred, grounds: link.grounds })),
      heldAs: heldAsOpenData(library, id),
    };
  });
}

/** Tasks as CSV for Excel: UTF-8 with a byte-order mark so Vietnamese opens intact. */
export function tasksCsv(library: Library): string {
  const header = ['id', 'van_ban', 'so_hieu', 'linh_vuc', 'linh_vuc_nhac_den', 'chu_tri', 'phoi_hop', 'thoi_han', 'noi_dung', 'duong_dan'];
  const rows = library.tasks.map((task) => {
    const plan = library.node(task.plan)!;
    return [
      task.key,
      library.shortName(plan),
      plan.number ?? '',
      task.fields.map((field) => library.fieldName(field)).join('; '),
      task.mentions.map((field) => library.fieldName(field)).join('; '),
      task.lead.map((id) => library.agencyName(id) ?? id).join('; '),
      task.support.map((id) => library.agencyName(id) ?? id).join('; '),
      task.deadline ?? '',
      [task.heading, ...task.paragraphs].filter(Boolean).join('\n'),
      task.url,
    ];
  });
  return stringify([header, ...rows], {
    bom: true,
    record_delimiter: 'windows',
    // A cell opening with = + - @ tab or CR (or full-width = + - @) gets a leading ' so a
    // spreadsheet reads text, not a formula (OWASP's advice for CSV injection).
    escape_formulas: true,
    // Every cell in quotes, as OWASP also asks; with a CRLF record delimiter the library would
    // otherwise leave a cell holding a lone LF unquoted.
    quoted: true,
  });
}

/** Each open-data file the build writes under /data/, by name. */
/** One record per plan aligned with the held plan it carries out, one row per pair of sections. */
export function concretizationAsOpenData(library: Library) {
  return library.concretizations().map((aligned) => ({
    child: aligned.child,
    parent: aligned.parent,
    url: routes.concretization(aligned.child),
    inferred: aligned.inferred,
    grounds: aligned.grounds,
    sharedShare: Math.round(aligned.sharedShare * 1000) / 1000,
    sections: aligned.rows.map((row) => ({
      child: row.child && { id: row.child.id, title: row.child.title },
      parent: row.parent && { id: row.parent.id, title: row.parent.title },
      class: row.class,
      share: Math.round(row.share * 1000) / 1000,
    })),
  }));
}

/** The task groups of 36-NQ/TW, and for each plan the sections of part III that take each up. */
export function taskGroupsAsOpenData(library: Library) {
  return {
    groups: library.taskGroups.map(({ id, data }) => ({ id, name: data.name, description: data.description, order: data.order })),
    plans: library.plans.map(({ id }) => {
      const sections = library.sectionGroups(id);
      const taken = new Set(sections.flatMap((section) => section.groups.map((link) => link.group)));
      return {
        plan: id,
        url: routes.plan(id),
        sections: sections.map((section) => ({
          section: section.id,
          title: section.title,
          url: routes.plan(id, section.id),
          groups: section.groups.map((link) => ({ group: link.group, from: link.grounds ? 'judgment' : 'heading', terms: link.terms, grounds: link.grounds })),
        })),
        missing: library.taskGroups.map((group) => group.id).filter((group) => !taken.has(group)),
      };
    }),
  };
}

export const OPEN_DATA = {
  concretization: concretizationAsOpenData,
  'task-groups': taskGroupsAsOpenData,
  plans: plansAsOpenData,
  tasks: tasksAsOpenData,
  agencies: agenciesAsOpenData,
  targets: targetsAsOpenData,
  documents: documentsAsOpenData,
};
