declare namespace App {
  interface Locals {
    /** The plan a page renders, for the components its compiled text maps to (see PlanContent.astro). */
    plan?: {
      library: import('./lib/model/library.ts').Library;
      planId: string;
      /** Its sections by id, from the outline made when the plan was compiled. */
      outline: Map<string, import('./lib/compile/outline.ts').OutlineSection>;
    };
  }
}

interface Window {
  /** Search indexes loaded as classic scripts: a portable copy's, or the saved provinces' (integrations/offline-copy.ts indexScript). */
  NQ36_OFFLINE_INDEXES?: import('./lib/search/offline-index.ts').OfflineRecords[];
}
