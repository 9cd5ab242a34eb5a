# Stands in for the gem jekyll-minifier (not packaged in Debian): nothing. The published pages are minified; the
# fidelity test compares whitespace-normalised bodies, so minifying would change nothing it looks at.
