# Stands in for the gem jekyll-tabs (not packaged in Debian): {% tabs %} and {% tab %} render their content unchanged
# (no post uses them).
class JekyllTabsStandIn < Liquid::Block
end
%w[tabs tab].each { |tag| Liquid::Template.register_tag(tag, JekyllTabsStandIn) }
