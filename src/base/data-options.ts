/**
 * The options every element that reads data shares: `data` set from script,
 * and the `src` request's (`src`, `format`, `credentials`, `refresh`,
 * `timeout`, `max-bytes`). The base of the metric elements and of
 * `<metrics-source>`; see docs/architecture.md, "The data path".
 */
import { LitElement } from 'lit';
import type { Credentials, DataFormat } from '../data/fetch.js';
import { above, atLeast, property, wholeAtLeast } from './options.js';

export class DataOptionsElement extends LitElement {
  /** Rows (or an input object) set from script; takes priority over every other route. */
  @property({ attribute: false }) data: unknown = undefined;

  /** URL of JSON or CSV rows (http, https or relative). */
  @property() src: string | undefined = undefined;

  /** Format of `src`: `json` or `csv`; by default from the content type, then the extension. */
  @property() format: DataFormat | undefined = undefined;

  /** Credentials mode of the `src` request: `same-origin` (default), `include` or `omit`. */
  @property() credentials: Credentials | undefined = undefined;

  /** Re-fetch `src` every this many seconds while the page is visible; 0 or absent = never. */
  @property({ type: Number, check: atLeast(0, 'a number of seconds ≥ 0') }) refresh: number | undefined = undefined;

  /** Seconds before a `src` request gives up (default 15). */
  @property({ type: Number, check: above(0, 'a number of seconds > 0') }) timeout: number | undefined = undefined;

  /**
   * The most bytes of `src` body read (after decompression); default 100 MB
   * (`104857600`). A bigger body stops being read and is a `network` error
   * naming the limit. Lower it on pages that must stay light; raise it for
   * very large exports.
   */
  @property({ attribute: 'max-bytes', type: Number, check: wholeAtLeast(1, 'a whole number of bytes > 0') })
  maxBytes: number | undefined = undefined;
}
