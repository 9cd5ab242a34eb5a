# Stub for the feedjira gem (not packaged in Debian). Only _plugins/external-posts.rb requires it, and only calls
# it when _config.yml has external_sources (it has none).
module Feedjira
  def self.parse(*)
    raise 'feedjira is stubbed for the offline build'
  end
end
