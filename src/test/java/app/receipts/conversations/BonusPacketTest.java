package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BonusPacketTest {
  static final String GOALS =
      "Reduce infrastructure spend by 20%\nGrow checkout revenue\nFewer customer-facing incidents\n";

  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
    History.seed(app.jdbi());
  }

  @AfterEach
  void stop() {
    app.close();
  }

  static String submission(String viewId, String period, String goals, String ask) {
    return Payloads.viewSubmission(
        "U1",
        ConversationIds.BONUS_MODAL,
        viewId,
        "",
        Payloads.state()
            .text(Forms.PERIOD, period)
            .text(BonusForm.GOALS, goals)
            .text(BonusForm.ASK, ask)
            .build());
  }

  @Test
  void the_command_opens_the_bonus_modal() {
    app.client.command("U1", "packet bonus 2026-H1");

    JsonNode view = app.slack.await("views.open").json("view");
    assertEquals(ConversationIds.BONUS_MODAL, view.path("callback_id").asText());
    assertTrue(view.toString().contains("\"initial_value\":\"2026-H1\""), view.toString());
  }

  @Test
  void a_bonus_case_groups_sums_and_cites_only_the_owners_numbers() throws Exception {
    HttpResponse<String> ack = app.client.interactive(submission("V300", "2026-H1", GOALS, "8%"));

    assertTrue(ack.body().contains("\"response_action\":\"update\""), ack.body());
    List<byte[]> files = Uploads.await(app.slack, "bonus-2026-H1.md");
    String markdown = Uploads.text(files.get(0));
    Uploads.assertGolden("/conversations/bonus.md", markdown);
    // $40k → $26k a month is $14k a month, $168k a year; 3 h a week over 50 working weeks
    assertTrue(markdown.contains("$168k a year saved, annualised [#10]"), markdown);
    assertTrue(markdown.contains("about 150 hours a year given back"), markdown);
    assertTrue(markdown.contains("are not summed"), markdown);

    String pdf = Uploads.pdfText(files.get(1));
    Files.createDirectories(Path.of("target/conversations"));
    Files.write(Path.of("target/conversations/bonus.pdf"), files.get(1));
    for (String section :
        List.of(
            "The case for a bonus",
            "Quantified wins by outcome",
            "Cost saved",
            "The company's goals",
            "Top three talking points",
            "Ask outline",
            "If the answer is no")) {
      assertTrue(pdf.contains(section), section + " in " + pdf);
    }
    for (String document : List.of(markdown, pdf)) {
      assertFalse(document.contains("SECRET-U2"), "another person's entries never show");
      assertFalse(document.contains("$9k"), "nor their numbers");
    }
    FakeSlack.Call summary =
        app.slack.await("chat.postMessage", c -> "DU1".equals(c.param("channel")), Uploads.WAIT);
    assertTrue(summary.json("blocks").toString().contains("$168k a year saved"));
    for (FakeSlack.Call post : app.slack.calls("chat.postMessage")) {
      assertEquals("DU1", post.param("channel"), post.body());
    }
  }

  @Test
  void how_long_work_took_or_what_something_costs_is_never_summed_as_a_saving() throws Exception {
    long onboarding =
        History.win(
            app.jdbi(),
            "2026-05-20",
            "Onboarded 2 new engineers in 3 weeks, wrote the onboarding doc",
            "onboarded new engineers 3 weeks");
    long pipeline =
        History.win(
            app.jdbi(),
            "2026-05-21",
            "Moved the reporting pipeline to spot, it costs $5k a month now",
            "pipeline costs $5k/month");

    app.client.interactive(submission("V305", "2026-H1", GOALS, "8%"));
    String markdown = Uploads.text(Uploads.await(app.slack, "bonus-2026-H1.md").get(0));

    assertFalse(markdown.contains("504 hours"), markdown);
    assertFalse(markdown.contains("$60k a year"), markdown);
    for (String total : markdown.lines().filter(l -> l.contains("**Total:**")).toList()) {
      assertFalse(total.contains("#" + onboarding + "]"), total);
      assertFalse(total.contains("#" + pipeline + "]"), total);
    }
    // the same totals as without them
    assertTrue(markdown.contains("$168k a year saved, annualised [#10]"), markdown);
    assertTrue(markdown.contains("about 150 hours a year given back"), markdown);
  }

  @Test
  void a_total_of_many_wins_cites_its_largest_and_lists_every_entry_under_sources()
      throws Exception {
    // eight more monthly savings of $1k…$8k beside the $14k a month of #10
    Map<Long, Integer> monthly = new HashMap<>();
    monthly.put(10L, 14);
    for (int k = 1; k <= 8; k++) {
      monthly.put(
          History.win(
              app.jdbi(),
              "2026-05-" + (10 + k),
              "Cut the vendor bill of tool " + k + " by renegotiating",
              "vendor bill $" + (10 + k) + "k → $10k/month"),
          k);
    }
    List<Long> largest =
        monthly.entrySet().stream()
            .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .limit(3)
            .toList();

    app.client.interactive(submission("V301", "2026-H1", GOALS, "8%"));

    List<byte[]> files = Uploads.await(app.slack, "bonus-2026-H1.md");
    String markdown = Uploads.text(files.get(0));
    // (14 + 1 + 2 + … + 8) × 12 = $600k a year
    int yearly = monthly.values().stream().mapToInt(Integer::intValue).sum() * 12;
    assertEquals(600, yearly);
    String cited =
        "**Total:** $600k a year saved, annualised [#"
            + largest.get(0)
            + ", #"
            + largest.get(1)
            + ", #"
            + largest.get(2)
            + " and 6 more: source 1]";
    assertTrue(markdown.contains(cited), markdown);
    String sources = markdown.substring(markdown.indexOf("\n## Sources\n"));
    Matcher listed =
        Pattern.compile("1\\. Cost saved: \\$600k a year saved, annualised \\(9 entries\\): (.*)")
            .matcher(sources);
    assertTrue(listed.find(), sources);
    assertEquals(monthly.keySet(), ids(listed.group(1)), "exactly the entries summed");
    assertTrue(listed.group(1).contains("–"), "consecutive ids as a run: " + listed.group(1));

    Files.createDirectories(Path.of("target/conversations"));
    Files.write(Path.of("target/conversations/bonus-sources.md"), files.get(0));
    Files.write(Path.of("target/conversations/bonus-sources.pdf"), files.get(1));
    String pdf = Uploads.pdfText(files.get(1));
    assertTrue(pdf.contains("and 6 more: source 1"), pdf);
    assertTrue(pdf.contains("at the end of bonus-2026-H1.md"), pdf);
    assertFalse(
        pdf.contains("(9 entries)"), "the PDF points to the lists instead of laying them out");
  }

  /** The ids of a source list, its runs ("#12–#19") expanded. */
  private static Set<Long> ids(String list) {
    Set<Long> ids = new HashSet<>();
    for (String item : list.split(", ")) {
      String[] run = item.replace("#", "").split("–");
      long from = Long.parseLong(run[0]);
      long to = run.length == 1 ? from : Long.parseLong(run[1]);
      for (long id = from; id <= to; id++) {
        ids.add(id);
      }
    }
    return ids;
  }

  private JsonNode errors(String goals, String ask) throws Exception {
    HttpResponse<String> ack =
        app.client.interactive(submission("V" + System.nanoTime(), "last 6 months", goals, ask));
    JsonNode body = new ObjectMapper().readTree(ack.body());
    assertEquals("errors", body.path("response_action").asText(), ack.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM conversation_requests"));
    return body.path("errors");
  }

  @Test
  void fifty_goals_a_long_goal_and_a_bad_ask_are_answered_on_their_fields() throws Exception {
    StringBuilder fifty = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      fifty.append("Goal ").append(i).append('\n');
    }
    assertTrue(errors(fifty.toString(), null).path(BonusForm.GOALS).asText().contains("50 goals"));
    assertTrue(
        errors("x".repeat(250), null)
            .path(BonusForm.GOALS)
            .asText()
            .startsWith("Goal 1 is too long"));
    assertTrue(
        errors("x".repeat(2500), null).path(BonusForm.GOALS).asText().contains("2500 characters"));
    for (String ask : List.of("a lot please", "-5%", "150%", "$0")) {
      assertTrue(
          errors(null, ask).path(BonusForm.ASK).asText().contains("%"), "refused ask: " + ask);
    }
  }
}
