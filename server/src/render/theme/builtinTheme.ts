// The page we render when there is no Jekyll site to use (no site, a missing layout, an untrusted workspace):
// a post page in the spirit of Jekyll's default theme, minima.

/** A layout in Jekyll's terms, rendered by the same Liquid as a site's layouts. */
export const BUILTIN_LAYOUT = `<!doctype html>
<html lang="{{ site.lang | default: 'en' }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ page.title | escape }}{% if site.title %} | {{ site.title | escape }}{% endif %}</title>
<style>{{ builtin_css }}</style>
</head>
<body>
<header class="site-header"><div class="wrapper"><a class="site-title" rel="author" href="{{ '/' | relative_url }}">{{ site.title | default: 'Paper Digest' | escape }}</a></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry">
<header class="post-header">
<h1 class="post-title p-name">{{ page.title | escape }}</h1>
<p class="post-meta">{% if page.date %}Created in <time class="dt-published" datetime="{{ page.date | date: '%Y-%m-%dT%H:%M:%S' }}">{{ page.date | date: '%B %d, %Y' }}</time>{% endif %}</p>
{% if page.tags.size > 0 %}<p class="post-tags">{% for tag in page.tags %}<span class="post-tag">#{{ tag | escape }}</span>{% unless forloop.last %} {% endunless %}{% endfor %}</p>{% endif %}
</header>
<div class="post-content e-content">{{ content }}</div>
</article>
</div></main>
</body>
</html>
`;

export const BUILTIN_CSS = `
:root { --text: #111; --meta: #828282; --brand: #2a7ae2; --grey-light: #e8e8e8; --code-bg: #eef; --background: #fdfdfd; }
body.vscode-dark, body.vscode-high-contrast { --text: #e8e8e8; --meta: #9a9a9a; --brand: #79b8ff; --grey-light: #424246; --code-bg: #2b2b3a; --background: #1c1c1d; }
body { margin: 0; padding: 0; background: var(--background); color: var(--text);
  font: 400 16px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Apple SD Gothic Neo", "Noto Sans KR", sans-serif; }
h1, h2, h3, h4, h5, h6, p, blockquote, pre, ul, ol, dl, figure, table { margin: 0 0 15px; }
h1, h2, h3, h4, h5, h6 { font-weight: 400; }
a { color: var(--brand); text-decoration: none; }
a:hover { text-decoration: underline; }
img { max-width: 100%; vertical-align: middle; }
ul, ol { margin-left: 30px; padding: 0; }
li > ul, li > ol { margin-bottom: 0; }
blockquote { color: var(--meta); border-left: 4px solid var(--grey-light); padding-left: 15px; font-size: 1.125rem; font-style: italic; }
blockquote > :last-child { margin-bottom: 0; }
code { font-size: 0.9375em; border: 1px solid var(--grey-light); border-radius: 3px; background: var(--code-bg); padding: 1px 5px; }
pre { border: 1px solid var(--grey-light); border-radius: 3px; background: var(--code-bg); padding: 8px 12px; overflow-x: auto; }
pre > code { border: 0; padding: 0; }
table { border-collapse: collapse; border: 1px solid var(--grey-light); }
th, td { padding: 8px 15px; border: 1px solid var(--grey-light); }
hr { border: 0; border-top: 1px solid var(--grey-light); }
.wrapper { max-width: 800px; margin: 0 auto; padding: 0 30px; }
.site-header { border-top: 5px solid var(--text); border-bottom: 1px solid var(--grey-light); min-height: 55px; }
.site-title { font-size: 1.625rem; font-weight: 300; line-height: 54px; letter-spacing: -1px; color: var(--text); }
.page-content { padding: 30px 0; }
.post-header { margin-bottom: 30px; }
.post-title { font-size: 2.625rem; letter-spacing: -1px; line-height: 1.15; }
.post-meta { font-size: 15px; color: var(--meta); margin-bottom: 4px; }
.post-tags { font-size: 15px; color: var(--meta); }
.post-tag { margin-right: 4px; }
.post-content { margin-bottom: 30px; }
.post-content h1 { font-size: 2rem; }
.post-content h2 { font-size: 1.5rem; }
.post-content h3 { font-size: 1.25rem; }
.rouge-table, .rouge-table td, .rouge-table pre { border: 0; margin: 0; padding: 0; background: none; }
.rouge-table .gutter { padding-right: 12px; text-align: right; color: var(--meta); user-select: none; }
.highlight .c, .highlight .c1, .highlight .cm, .highlight .cp, .highlight .cpf, .highlight .cd, .highlight .cs, .highlight .gt { color: var(--hl-comment); font-style: italic; }
.highlight .k, .highlight .kc, .highlight .kd, .highlight .kn, .highlight .kp, .highlight .kr, .highlight .ow { color: var(--hl-keyword); font-weight: bold; }
.highlight .kt, .highlight .nc { color: var(--hl-type); font-weight: bold; }
.highlight .s, .highlight .s1, .highlight .s2, .highlight .sa, .highlight .sb, .highlight .sc, .highlight .sd, .highlight .dl, .highlight .sh, .highlight .sx, .highlight .sr, .highlight .ss { color: var(--hl-string); }
.highlight .se, .highlight .si { color: var(--hl-escape); }
.highlight .m, .highlight .mb, .highlight .mf, .highlight .mh, .highlight .mi, .highlight .il, .highlight .mo, .highlight .mx { color: var(--hl-number); }
.highlight .nf, .highlight .ne { color: var(--hl-function); font-weight: bold; }
.highlight .nb, .highlight .bp { color: var(--hl-builtin); }
.highlight .na, .highlight .nl, .highlight .no, .highlight .nv, .highlight .nt, .highlight .nd, .highlight .pi, .highlight .ni, .highlight .vc, .highlight .vg, .highlight .vi { color: var(--hl-attribute); }
.highlight .gd { background: var(--hl-deleted); }
.highlight .gi { background: var(--hl-inserted); }
.highlight .gh, .highlight .gs, .highlight .gu { font-weight: bold; }
.highlight .ge { font-style: italic; }
.highlight .err { color: var(--hl-error); }
:root { --hl-comment: #6a737d; --hl-keyword: #d73a49; --hl-type: #445588; --hl-string: #032f62; --hl-escape: #22863a; --hl-number: #005cc5; --hl-function: #6f42c1; --hl-builtin: #e36209; --hl-attribute: #22863a; --hl-deleted: #ffeef0; --hl-inserted: #e6ffed; --hl-error: #b31d28; }
body.vscode-dark, body.vscode-high-contrast { --hl-comment: #8b949e; --hl-keyword: #ff7b72; --hl-type: #79c0ff; --hl-string: #a5d6ff; --hl-escape: #7ee787; --hl-number: #79c0ff; --hl-function: #d2a8ff; --hl-builtin: #ffa657; --hl-attribute: #7ee787; --hl-deleted: #490202; --hl-inserted: #04260f; --hl-error: #f85149; }
`;
