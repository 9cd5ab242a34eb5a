# Stands in for the gem jekyll-scholar (not packaged in Debian): the tags it registers (lib/jekyll/scholar.rb requires
# bibliography, bibliography_count, bibtex, cite, cite_details, details_link, nocite, quote and reference) render
# nothing; its blocks, bibtex and quote, their content. A post page reaches {% bibliography %} only with
# `related_publications` in its front matter, which no digest post has.
class JekyllScholarStandIn < Liquid::Tag
  def render(_context)
    ''
  end
end

class JekyllScholarBlockStandIn < Liquid::Block
end

%w[bibliography bibliography_count cite cite_details details_link nocite reference].each do |tag|
  Liquid::Template.register_tag(tag, JekyllScholarStandIn)
end
%w[bibtex quote].each { |tag| Liquid::Template.register_tag(tag, JekyllScholarBlockStandIn) }
