// The site's own stylesheets for the preview: a `<link>` to a CSS file in the site is that file; one to a CSS file
// Jekyll builds from Sass (`assets/css/main.scss`, front matter and Liquid included) is compiled here with `sass`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import * as sass from 'sass';
import { splitFrontMatter } from '../post';
import type { JekyllLiquid } from './jekyllLiquid';
import { fileUnderRoot } from './paths';
import { asRecord, type JekyllSite } from './site';

export type SiteStylesheet = { file: string } | { css: string };

const compiled = new Map<string, { signature: string; css: string }>();

/** What a stylesheet link of the page stands for in the site; undefined for remote or missing ones. */
export async function siteStylesheet(href: string, site: JekyllSite, liquid: JekyllLiquid, context: object): Promise<SiteStylesheet | undefined> {
  const path = fileUnderRoot(href, site.root, typeof site.config.baseurl === 'string' ? site.config.baseurl : '');
  if (!path) return undefined;
  if (isFile(path)) return { file: path };
  const source = ['.scss', '.sass'].map((ext) => path.replace(/\.css$/, ext)).find((candidate) => candidate !== path && isFile(candidate));
  if (!source) return undefined;
  const cached = compiled.get(source);
  if (cached?.signature === site.signature) return { css: cached.css };
  const css = await compileSass(source, site, liquid, context);
  compiled.set(source, { signature: site.signature, css });
  return { css };
}

async function compileSass(file: string, site: JekyllSite, liquid: JekyllLiquid, context: object): Promise<string> {
  const { body } = splitFrontMatter(readFileSync(file, 'utf8'));
  const source = await liquid.render(body, context);
  const sassDir = asRecord(site.config.sass).sass_dir;
  const result = await sass.compileStringAsync(source, {
    syntax: extname(file) === '.sass' ? 'indented' : 'scss',
    loadPaths: [join(site.root, typeof sassDir === 'string' ? sassDir : '_sass'), dirname(file)],
    style: 'expanded',
    logger: sass.Logger.silent,
  });
  return result.css;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
