// Where the preview webview loads files from: only inside the workspace folders, through their webview URIs.
import { dirname, relative, sep } from 'node:path';
import type { ResourceRoot } from '../protocol/render';
import type { UrlResolver } from './cssUrls';
import { fileFromFolder, fileUnderRoot, isRemote } from './site/paths';
import type { JekyllSite } from './site/site';

export class Resources {
  constructor(
    private readonly roots: ResourceRoot[],
    private readonly site: Pick<JekyllSite, 'root' | 'config'> | undefined,
    /** The post's file (its images' relative links are from its folder). */
    private readonly filePath: string | undefined,
  ) {}

  /** Whatever decides where a link resolves to. */
  get key(): string {
    return JSON.stringify([
      this.roots,
      this.filePath && dirname(this.filePath),
      this.site?.root,
      this.site?.config.baseurl,
    ]);
  }

  uriOf(file: string): string | undefined {
    const root = this.roots.find((candidate) => file.startsWith(candidate.path + sep));
    if (!root) return undefined;
    const path = relative(root.path, file).split(sep).map(encodeURIComponent).join('/');
    return `${root.webviewUri.replace(/\/$/, '')}/${path}`;
  }

  /** Images, media and a post's `url()`s: https as they are, local files through the webview, nothing else. */
  readonly image: UrlResolver = (src) =>
    this.resolve(src, () => (this.filePath ? this.besideFile(src, this.filePath) : undefined));

  /** The `url()`s of a stylesheet the site builds at `cssFile`: relative ones from that file's folder. */
  stylesheetUrls(cssFile: string): UrlResolver {
    return (url) => (url.startsWith('data:') ? url : this.resolve(url, () => this.besideFile(url, cssFile)));
  }

  private resolve(url: string, relativeFile: () => string | undefined): string | undefined {
    if (/^https:/i.test(url)) return url;
    if (url.startsWith('//')) return `https:${url}`;
    if (isRemote(url) || !this.filePath) return undefined;
    const file = url.startsWith('/') ? this.rootRelative(url) : relativeFile();
    return file ? this.uriOf(file) : undefined;
  }

  private rootRelative(src: string): string | undefined {
    const site = this.site;
    if (site) return fileUnderRoot(src, site.root, typeof site.config.baseurl === 'string' ? site.config.baseurl : '');
    const folder = this.folderOf(this.filePath!);
    return folder ? fileUnderRoot(src, folder.path) : undefined;
  }

  private besideFile(src: string, file: string): string | undefined {
    const folder = this.folderOf(file);
    return folder ? fileFromFolder(src, dirname(file), folder.path) : undefined;
  }

  private folderOf(file: string): ResourceRoot | undefined {
    return this.roots.find((root) => file.startsWith(root.path + sep));
  }
}
