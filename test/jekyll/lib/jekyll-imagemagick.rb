# Stands in for the gem jekyll-imagemagick (not packaged in Debian), which writes WebP variants of the site's images:
# nothing here (no post has an image, and the variants are files, not page content).
