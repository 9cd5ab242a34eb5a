# Stands in for the gem jekyll-regex-replace (not packaged in Debian): regex_replace and regex_replace_once. al-folio
# uses them in its bib layout only; no post page reaches them.
module JekyllRegexReplace
  def regex_replace(str, search, replace)
    str.to_s.gsub(Regexp.new(search.to_s, Regexp::MULTILINE), replace.to_s)
  end

  def regex_replace_once(str, search, replace)
    str.to_s.sub(Regexp.new(search.to_s, Regexp::MULTILINE), replace.to_s)
  end
end
Liquid::Template.register_filter(JekyllRegexReplace)
