# Stands in for the gem jekyll-email-protect 1.1.0 (not packaged in Debian): `encode_email`, the gem's algorithm
# (letters and digits percent-encoded, byte by byte). al-folio's search script writes the site's email with it.
module JekyllEmailProtect
  module EmailProtectionFilter
    def encode_email(input)
      input.to_s.chars.inject(String.new) do |result, char|
        if char =~ /\p{Alnum}/
          char.bytes.inject(result) { |r, byte| r << format('%%%02X', byte) }
        else
          result << char
        end
      end
    end
  end
end
Liquid::Template.register_filter(JekyllEmailProtect::EmailProtectionFilter)
