# Stands in for the gem jekyll-twitter-plugin (not packaged in Debian): {% twitter %} renders nothing (no post uses it).
class JekyllTwitterStandIn < Liquid::Tag
  def render(_context)
    ''
  end
end
Liquid::Template.register_tag('twitter', JekyllTwitterStandIn)
