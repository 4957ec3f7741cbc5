/** A plan as schema.org `Legislation`, for search engines and other machines reading the page. */
import type { Library } from '../model/library.ts';

export function planJsonLd(library: Library, id: string): string {
  const plan = library.plan(id)!.data;
  const node = library.node(id)!;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: plan.title,
    url: node.url,
    inLanguage: 'vi',
    legislationType: plan.type,
    legislationIdentifier: plan.number ?? undefined,
    legislationDate: plan.issued ?? undefined,
    legislationPassedBy: { '@type': 'Organization', name: library.agencyName(plan.issuer) },
    legislationJurisdiction: library.localityName(plan.locality) ?? undefined,
    legislationApplies: library.parents(id).map((link) => ({
      '@type': 'Legislation',
      name: library.shortName(link.node),
      legislationIdentifier: link.node.number ?? undefined,
      url: link.node.url,
    })),
    citation: plan.cites.flatMap((cited) => {
      const target = library.node(cited);
      return target ? [{ '@type': 'Legislation', legislationIdentifier: target.number ?? undefined, url: target.url }] : [];
    }),
  };
  // "<" escaped so the text can never close the script element it sits in.
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
