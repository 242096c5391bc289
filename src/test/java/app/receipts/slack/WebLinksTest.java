package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebLinksTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com",
        "http://example.com/a?b=1&c=%3C2%3E",
        "HTTPS://EXAMPLE.COM/PATH",
        "https://acme.slack.com/archives/C0GENERAL/p1700000002000100",
        "https://sub.example.co.uk:8443/x#frag",
        "http://localhost",
      })
  void absolute_http_and_https_urls_with_a_host_are_links(String url) {
    assertTrue(WebLinks.isWebLink(url), url);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "   ",
        "example.com",
        "/relative/path",
        "javascript:alert(1)",
        "mailto:a@example.com",
        "ftp://example.com/file",
        "data:text/html,<b>x</b>",
        "https://",
        "https:///path-without-host",
        "http://:80",
        "https://exa mple.com",
        " https://example.com",
        "https://example.com ",
        "https://example.com/<script>",
      })
  void anything_else_is_not(String url) {
    assertFalse(WebLinks.isWebLink(url), String.valueOf(url));
  }

  @org.junit.jupiter.api.Test
  void a_link_may_be_at_most_two_thousand_characters() {
    String base = "https://example.com/";
    assertTrue(WebLinks.isWebLink(base + "a".repeat(WebLinks.MAX_LENGTH - base.length())));
    assertFalse(WebLinks.isWebLink(base + "a".repeat(WebLinks.MAX_LENGTH - base.length() + 1)));
  }
}
