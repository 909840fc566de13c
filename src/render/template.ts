/**
 * Renders a precompiled Handlebars template (see scripts/precompile-templates.mjs) to the HTML subset
 * that src/render/blocks.ts parses. Handlebars escapes every `{{value}}`, so user text can never become markup.
 */
import Handlebars from "handlebars/runtime";
import { partialSpecs, templateSpecs } from "../templates.gen";

type TemplateFn = (context: unknown) => string;

const handlebars = Handlebars.create();
const compiled = new Map<string, TemplateFn>();

for (const [name, spec] of Object.entries(partialSpecs)) {
  handlebars.registerPartial(name, handlebars.template(spec as never));
}
for (const [name, spec] of Object.entries(templateSpecs)) {
  compiled.set(name, handlebars.template(spec as never) as TemplateFn);
}

/** Names of the templates that exist, e.g. "zh-Hans/installment-request". */
export function templateNames(): string[] {
  return [...compiled.keys()];
}

/** Renders `name` (e.g. "zh-Hant/deferral-request") with a view model. Throws if the template is missing. */
export function renderTemplate(name: string, viewModel: unknown): string {
  const template = compiled.get(name);
  if (!template) throw new Error(`no template "${name}"`);
  return template(viewModel);
}
