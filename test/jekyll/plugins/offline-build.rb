# What Debian's jekyll needs to build an al-folio site offline, besides the stand-ins for unpackaged gems in ../lib
# (test/render/jekyllFidelity.ts passes this folder to `jekyll build --plugins` after the site's own _plugins).

# al-folio's _plugins/cache-bust.rb reads each file it hashes; the test blog has no JavaScript or fonts, so a missing
# file hashes as empty content (what our renderer does too) instead of failing the build.
module Jekyll
  module CacheBust
    class CacheDigester
      module MissingFileIsEmpty
        private

        def file_content
          super
        rescue Errno::ENOENT
          ''
        end
      end
      prepend MissingFileIsEmpty
    end
  end
end

# Debian's jekyll-sass-converter 2.2.0 has only libsass, which cannot compile al-folio's `sass:color` module.
# JEKYLL_DART_SASS names Dart Sass's command (the `sass` package of this repository); Jekyll's Sass pages are compiled
# with it after their Liquid pass. CSS only: no effect on any <body>. `npm run bench` sets it to `skip` (no CSS) to time
# Jekyll's pages alone, as `paper-digest render --out` writes no stylesheet.
if ENV['JEKYLL_DART_SASS'] == 'skip'
  module Jekyll
    module Converters
      class Scss
        def convert(_content)
          ''
        end
      end
    end
  end
elsif ENV['JEKYLL_DART_SASS'] && !ENV['JEKYLL_DART_SASS'].empty?
  require 'open3'
  module Jekyll
    module Converters
      class Scss
        def convert(content)
          args = [ENV['JEKYLL_DART_SASS'], '--stdin', '--no-source-map', '--no-charset', '--quiet']
          args << '--indented' if syntax == :sass
          sass_load_paths.each { |path| args << "--load-path=#{path}" }
          css, errors, status = Open3.capture3(*args, stdin_data: content)
          raise SyntaxError, "dart sass: #{errors}" unless status.success?

          css
        end
      end
    end
  end
end
