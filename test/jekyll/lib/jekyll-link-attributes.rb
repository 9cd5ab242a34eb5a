# Stands in for the gem jekyll-link-attributes 1.0.1 (not packaged in Debian), re-implemented from it: after a page
# is rendered, every http(s) link that does not start with the site's url (nor matches external_links.exclude) gets
# rel="external nofollow noopener" and target="_blank" (or the config's), and the page is written again by Nokogiri.
require 'nokogiri'
module JekyllLinkAttributesStandIn
  def self.apply(article)
    config = article.site.config
    enabled = config.dig('external_links', 'enabled')
    return unless enabled.nil? || enabled

    site_url = config['url']
    excludes = config.dig('external_links', 'exclude') || []
    document = Nokogiri::HTML(article.output)
    document.css('a').each do |link|
      url = link['href']
      next if (url =~ %r{^https?://}).nil?
      next if site_url && url.start_with?(site_url)
      next if excludes.any? { |pattern| Regexp.new("^#{pattern}$").match?(url) }

      link['rel'] = config.dig('external_links', 'rel') || 'external nofollow noopener'
      link['target'] = config.dig('external_links', 'target') || '_blank'
    end
    article.output = document.to_s
  end
end
Jekyll::Hooks.register(:documents, :post_render) { |document| JekyllLinkAttributesStandIn.apply(document) }
Jekyll::Hooks.register(:pages, :post_render) { |page| JekyllLinkAttributesStandIn.apply(page) if page.output_ext == '.html' }
