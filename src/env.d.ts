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
