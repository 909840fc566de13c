/**
 * A browser without JavaScript, as far as the form's pages need one: the fields of the page's form as the
 * browser would post them (hidden inputs, typed values, ticked boxes, chosen options), and a post of them with
 * the button pressed. The pages are our own small, regular HTML, so a few patterns read them.
 */
import { testApp } from "./app";

const decode = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

const attr = (tag: string, name: string) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]) : undefined;
};

/** The fields of `<form id="letter-form">` as a browser posts them (no buttons). */
export function formEntries(html: string): [string, string][] {
  const start = html.indexOf('<form id="letter-form"');
  if (start < 0) throw new Error("no form on the page");
  const form = html.slice(start, html.indexOf("</form>", start));
  const out: [string, string][] = [];
  for (const m of form.matchAll(/<input\b[^>]*>|<textarea\b[^>]*>[\s\S]*?<\/textarea>|<select\b[^>]*>[\s\S]*?<\/select>/g)) {
    const tag = m[0];
    const name = attr(tag, "name");
    if (!name) continue;
    if (tag.startsWith("<textarea")) out.push([name, decode(/>([\s\S]*)<\/textarea>/.exec(tag)![1])]);
    else if (tag.startsWith("<select")) out.push([name, attr(/<option[^>]* selected>/.exec(tag)?.[0] ?? "", "value") ?? ""]);
    else {
      const type = attr(tag, "type");
      if ((type === "checkbox" || type === "radio") && !/\schecked\b/.test(tag)) continue;
      out.push([name, attr(tag, "value") ?? ""]);
    }
  }
  return out;
}

export interface Answer {
  status: number;
  html: string;
  headers: Headers;
  bytes: Uint8Array;
}

export async function postForm(path: string, entries: [string, string][], headers: Record<string, string> = {}, env?: Record<string, unknown>): Promise<Answer> {
  const res = await testApp.request(
    path,
    { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(entries).toString() },
    env,
  );
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, html: new TextDecoder().decode(bytes) };
}

/**
 * Fills a page's form and presses a button: `set` replaces fields by name (a list value posts each; null
 * removes it), `action` is the pressed button's value (name="action"), `to` the form's address (default its
 * own action). Returns the next page.
 */
export async function press(
  html: string,
  action: string | [string, string],
  set: Record<string, string | string[] | null> = {},
  options: { to?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const entries = formEntries(html).filter(([name]) => !(name in set));
  for (const [name, value] of Object.entries(set)) {
    if (value === null) continue;
    for (const v of Array.isArray(value) ? value : [value]) entries.push([name, v]);
  }
  entries.push(typeof action === "string" ? ["action", action] : action);
  const start = html.indexOf('<form id="letter-form"');
  const to = options.to ?? attr(html.slice(start, html.indexOf(">", start) + 1), "action")!;
  return postForm(to, entries, options.headers);
}

/** The page's <h1> text. */
export function heading(html: string): string {
  return (/<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? "").trim();
}

/** The current step's id (its _step field). */
export function stepOf(html: string): string | undefined {
  return /name="_step" value="([^"]*)"/.exec(html)?.[1];
}
