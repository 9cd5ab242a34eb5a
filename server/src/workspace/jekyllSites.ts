// The Jekyll site of each post, for the language server and the CLI: found once per folder, its facts read once per
// site through the file system they read posts with, and kept until a file they come from changes.
import { dirname, relative, sep } from 'node:path';
import type { FileSystem } from '../core/fileSystem';
import { findSiteRoot, readSiteFacts, type SiteFacts } from '../core/jekyll/siteFacts';
import type { PostSite } from '../core/rules/rule';
import { relativePosixPath } from './postFiles';

/** The files of a site its facts are read from, as paths relative to its folder. */
const FACT_FILES = /^(?:_config\.ya?ml|Gemfile|_includes[\\/].*|_plugins[\\/].*|\.github[\\/]workflows[\\/].*)$/;

export class JekyllSites {
  private readonly roots = new Map<string, Promise<string | undefined>>();
  private readonly facts = new Map<string, Promise<SiteFacts>>();
  /** The files the facts read list, by site, for lookups: a file they do not list is a new one. */
  private readonly listed = new Map<string, { files: string[]; known: Set<string> }>();

  constructor(private readonly files: FileSystem) {}

  /** The site of the file at `path`, and where the file is in it; undefined outside any. */
  async siteOf(path: string): Promise<PostSite | undefined> {
    const folder = dirname(path);
    let root = this.roots.get(folder);
    if (!root) this.roots.set(folder, (root = findSiteRoot(this.files, path)));
    const siteRoot = await root;
    if (siteRoot === undefined) return undefined;
    let facts = this.facts.get(siteRoot);
    if (!facts) this.facts.set(siteRoot, (facts = this.readFacts(siteRoot)));
    return { facts: await facts, path: relativePosixPath(siteRoot, path) };
  }

  private async readFacts(root: string): Promise<SiteFacts> {
    const facts = await readSiteFacts(this.files, root);
    // Facts forgotten while they were read are not kept.
    if (this.facts.has(root) && facts.files) this.listed.set(root, { files: facts.files, known: new Set(facts.files) });
    return facts;
  }

  /**
   * Forgets what changed files make stale: the facts of a site one of whose config, Gemfile, includes, plugins or
   * workflows changed, and every site found when a config appears or goes (`facts`). A file of a site its facts do not
   * list (a new post `post_url` may name) is added to their list (`files`): nothing else of the site changed.
   */
  changed(paths: string[]): 'facts' | 'files' | undefined {
    let forgot = false;
    let added = false;
    for (const path of paths) {
      if (/(^|[\\/])_config\.ya?ml$/.test(path) && this.roots.size) {
        this.roots.clear();
        forgot = true;
      }
      for (const root of this.facts.keys()) {
        const inside = relative(root, path);
        if (inside.startsWith(`..${sep}`)) continue;
        if (FACT_FILES.test(inside)) {
          this.listed.delete(root);
          forgot = this.facts.delete(root) || forgot;
          continue;
        }
        const listed = this.listed.get(root);
        const file = inside.split(sep).join('/');
        if (listed && !listed.known.has(file)) {
          listed.known.add(file);
          listed.files.push(file);
          added = true;
        }
      }
    }
    return forgot ? 'facts' : added ? 'files' : undefined;
  }
}
