package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.slack.WebLinks;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A win's links pass the same WebLinks check that decides whether they are shown as links. */
class WinRulesLinksTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
  private final WinRules rules = new WinRules();

  private Map<String, String> problems(String link) {
    return rules.problems(
        new WinDraft("Shipped it", null, null, Competency.DELIVERY, List.of(link), null), TODAY);
  }

  @Test
  void a_web_link_up_to_the_limit_is_fine() {
    String base = "https://example.com/";
    assertEquals(Map.of(), problems(base + "a".repeat(WebLinks.MAX_LENGTH - base.length())));
  }

  @Test
  void a_longer_link_is_refused_as_too_long() {
    String message =
        problems("https://example.com/" + "a".repeat(WebLinks.MAX_LENGTH)).get("links");
    assertTrue(message.contains("is too long: a link can be at most 2000 characters"), message);
  }

  @Test
  void anything_else_is_not_a_web_link() {
    for (String bad : List.of("javascript:alert(1)", "ftp://example.com", "example.com")) {
      assertTrue(problems(bad).get("links").contains("is not a web link"), bad);
    }
  }
}
