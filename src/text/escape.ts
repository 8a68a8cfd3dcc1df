/**
 * The escapers of the site: text into HTML (as Astro escapes `{expressions}`), into a double-quoted
 * HTML attribute, and into XML (sitemap, feed, SVG). One module, so every output escapes alike.
 */

const HTML_SPECIAL = /[&<>'"]/g;
const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Text content, escaped as Astro escapes `{expressions}`. @example escapeHtmlText('a < "b"') // => 'a &lt; &quot;b&quot;' */
export const escapeHtmlText = (text: string) => text.replace(HTML_SPECIAL, (c) => HTML_ENTITY[c]!);

/** A double-quoted attribute value, escaped as Astro escapes attributes. @example escapeHtmlAttribute('a&"b"') // => 'a&amp;&quot;b&quot;' */
export const escapeHtmlAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

// Characters XML 1.0 forbids even when escaped (C0 controls other than tab/newline/CR, lone
// surrogates, U+FFFE/U+FFFF).
/* eslint-disable no-control-regex -- these are the characters XML forbids */
const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */
const XML_SPECIAL = /[&<>"']/g;
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for XML character data and attribute values; drops characters XML cannot hold. @example escapeXml("a & 'b'") // => 'a &amp; &apos;b&apos;' */
export const escapeXml = (text: string) => text.replace(XML_INVALID, '').replace(XML_SPECIAL, (c) => XML_ENTITY[c]!);
