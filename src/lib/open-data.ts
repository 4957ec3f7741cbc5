/** The library as open data: plain JSON objects with stable field names. */
import { precisionOf } from './dates.ts';
import type { Library } from './library.ts';

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
        const held = library.heldPlanFor(link.document);
        return {
          id: link.document,
          number: target?.number ?? null,
          url: target?.url ?? null,
          inferred: link.inferred,
          grounds: link.grounds ?? null,
          heldAs: held ? { id: held.plan.id, inferred: true, grounds: held.grounds } : null,
        };
      }),
      identifiedAs: data.identifiedAs ?? null,
      cites: data.cites,
      recipients: data.recipients,
      source: data.source,
    };
  });
}
