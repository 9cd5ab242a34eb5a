// The `kramdown:` options of `_config.yml` over Jekyll's defaults.
import { JEKYLL_KRAMDOWN, kramdownOptions, type KramdownOptions } from '../markdown/kramdown/options';
import { asRecord } from '../../core/jekyll/siteFacts';

export { JEKYLL_KRAMDOWN };

export function kramdownSettings(config: Record<string, unknown>): KramdownOptions {
  return kramdownOptions(asRecord(config.kramdown));
}
