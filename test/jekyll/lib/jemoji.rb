# Stands in for the gem jemoji (not packaged in Debian): `emojify` leaves its input as it is. No post or page title of
# the blog has a :shortcode:, so the real gem would not change them either.
module JemojiStandIn
  def emojify(input)
    input
  end
end
Liquid::Template.register_filter(JemojiStandIn)
