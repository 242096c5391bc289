package app.receipts.packet;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.node.Emphasis;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to XHTML for a PDF: user text arrives escaped, so nothing raw passes, and only safe URLs
 * become links. Emphasis written with {@code *} (a teammate's Slack {@code _italic_}, see {@link
 * MarkdownEvidence}) gets class "said" and prints in italics; the packet's own asides, written with
 * {@code _}, stay grey and upright (packet.css).
 */
final class PdfHtml {
  private PdfHtml() {}

  static HtmlRenderer renderer(List<Extension> extensions) {
    return HtmlRenderer.builder()
        .extensions(extensions)
        .escapeHtml(true)
        .sanitizeUrls(true)
        .attributeProviderFactory(
            context ->
                (node, tagName, attributes) -> {
                  if (node instanceof Emphasis emphasis
                      && "*".equals(emphasis.getOpeningDelimiter())) {
                    attributes.put("class", "said");
                  }
                })
        .build();
  }
}
