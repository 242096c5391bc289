package app.receipts.slack;

import java.net.URI;
import java.net.URISyntaxException;

/** The one test of whether text may be shown as a link, at save time and wherever it is shown. */
public final class WebLinks {
  /** Longer URLs do not open in every browser, and would crowd Slack's text limits. */
  public static final int MAX_LENGTH = 2000;

  private WebLinks() {}

  /**
   * True for an absolute http(s) URL with a host, exactly as given (no surrounding spaces) and at
   * most {@link #MAX_LENGTH} characters; anything else is shown as text, never linked.
   */
  public static boolean isWebLink(String url) {
    if (url == null || url.isEmpty() || url.length() > MAX_LENGTH) {
      return false;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
