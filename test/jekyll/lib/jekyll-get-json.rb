# Stands in for the gem jekyll-get-json (not packaged in Debian): site.data filled from the site's own JSON files,
# never from the internet. Only al-folio's CV page reads it.
require 'json'
Jekyll::Hooks.register :site, :post_read do |site|
  Array(site.config['jekyll_get_json']).each do |entry|
    source = entry['json'].to_s
    next if source.start_with?('http')

    path = File.join(site.source, source)
    site.data[entry['data']] = JSON.parse(File.read(path)) if File.file?(path)
  end
end
