# Stands in for the gem jekyll-scholar (not packaged in Debian): its tags render nothing. A post page reaches
# {% bibliography %} only with `related_publications` in its front matter, which no digest post has.
class JekyllScholarStandIn < Liquid::Tag
  def render(_context)
    ''
  end
end
%w[bibliography cite reference bibliography_count cited_references details_link].each do |tag|
  Liquid::Template.register_tag(tag, JekyllScholarStandIn)
end
