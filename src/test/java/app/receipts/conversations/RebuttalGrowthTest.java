package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.packet.EvidenceRanking;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The growth area never concedes a disputed point; a point's best answer comes first. */
class RebuttalGrowthTest {
  static final List<String> POINTS =
      List.of(
          "Missed deadlines on billing",
          "Does not take ownership of incidents",
          "Communication with other teams needs work",
          "Not proactive");

  static final String BILLING_V2 = "Shipped billing v2 two weeks early";

  private static Wins year() {
    return new Wins()
        .win(
            Competency.DELIVERY,
            "Shipped the CSV export that 12 customers asked for",
            "12 customers")
        .win(
            Competency.PROBLEM_SOLVING,
            "Fixed the memory leak in the worker fleet",
            "restarts −90%")
        .win(
            Competency.CONTINUOUS_IMPROVEMENT,
            "Cut the AWS bill from $40k/month to $26k/month",
            "AWS bill $40k → $26k/month")
        .win(Competency.DELIVERY, "Launched the enterprise SSO login for the Acme account", null)
        .win(Competency.DELIVERY, BILLING_V2, "2 weeks early")
        .win(Competency.PROBLEM_SOLVING, "Led the incident response for the payments outage", null)
        .win(Competency.COLLABORATION, "Mentored two new engineers through on-call", null)
        .win(
            Competency.SYSTEM_DESIGN, "Ran the design review for the ledger with three teams", null)
        .win(
            Competency.CODE_QUALITY,
            "Reduced search p95 latency with a covering index",
            "p95 1.2s → 400ms")
        .praise(Competency.PROBLEM_SOLVING, "U0PRIYA", "Great job leading the payments outage");
  }

  private static Rebuttal compile(List<String> points, Wins wins) {
    return new RebuttalCompiler(EvidenceRanking::reading)
        .compile("Alex", Wins.YEAR, "Morgan", points, null, wins.all(), Wins.NAMES);
  }

  @Test
  void an_unanswered_point_is_questioned_and_never_acknowledged_as_the_growth_area() {
    Rebuttal rebuttal = compile(POINTS, year());
    String markdown = new RebuttalMarkdown().render(rebuttal);

    assertTrue(rebuttal.points().get(3).unanswered());
    String growth =
        markdown.substring(
            markdown.indexOf(RebuttalMarkdown.GROWTH), markdown.indexOf(RebuttalMarkdown.OUTLINE));
    assertFalse(growth.contains("Not proactive"), growth);
    assertFalse(growth.contains("Point 4"), growth);
    assertFalse(markdown.contains("I agree I can grow in the area point"), markdown);
    assertTrue(markdown.contains("can you tell me what it is based on?"), markdown);
    // the thinnest record for its weight that no point is about: one code-quality entry of 10
    assertEquals(Competency.CODE_QUALITY, rebuttal.growth().competency());
    assertTrue(markdown.contains("“I agree I can grow in code quality."), markdown);
  }

  @Test
  void the_growth_area_is_never_a_competency_a_point_disputes() {
    // code quality is the thinnest, but the review disputes it: the next thinnest is acknowledged
    Rebuttal rebuttal = compile(List.of("Code quality is poor, reviews are rushed"), year());

    assertEquals(Competency.CODE_QUALITY, rebuttal.points().get(0).competency());
    assertNotEquals(Competency.CODE_QUALITY, rebuttal.growth().competency());
    assertEquals(Competency.SYSTEM_DESIGN, rebuttal.growth().competency());
  }

  @Test
  void when_every_competency_is_disputed_the_person_names_the_growth_area() {
    Rebuttal rebuttal =
        compile(
            List.of(
                "Code quality is poor",
                "System design and architecture are weak",
                "Slow to debug and fix incidents",
                "Does not mentor or help teammates",
                "Misses deadlines",
                "Never improves our CI or tooling"),
            year());

    assertNull(rebuttal.growth().competency(), rebuttal.points().toString());
    String markdown = new RebuttalMarkdown().render(rebuttal);
    assertTrue(markdown.contains("name one area you genuinely want to grow in"), markdown);
  }

  @Test
  void a_growth_area_the_person_names_is_the_one_acknowledged() {
    Rebuttal rebuttal =
        new RebuttalCompiler(EvidenceRanking::reading)
            .compile(
                "Alex", Wins.YEAR, null, POINTS, "estimating timelines", year().all(), Wins.NAMES);
    String markdown = new RebuttalMarkdown().render(rebuttal);

    assertEquals("estimating timelines", rebuttal.growth().own());
    assertTrue(markdown.contains("I name this one myself: estimating timelines."), markdown);
    assertTrue(markdown.contains("“I agree I can grow in ‘estimating timelines’."), markdown);
    assertFalse(markdown.contains("Code quality is where"), markdown);
  }

  @Test
  void a_request_stored_before_the_growth_field_still_reads() {
    Inputs old = Inputs.fromJson("{\"points\":[\"Misses deadlines\"],\"managerId\":\"U9\"}");

    assertNull(old.growth());
    assertEquals(List.of("Misses deadlines"), old.points());
    Inputs named = Inputs.rebuttal(List.of("Misses deadlines"), null, "estimating");
    assertEquals(named, Inputs.fromJson(named.json()));
  }

  @Test
  void the_entry_sharing_the_points_words_leads_its_evidence() {
    Rebuttal rebuttal = compile(POINTS, year());

    Rebuttal.Point billing = rebuttal.points().get(0);
    assertEquals(BILLING_V2, billing.shown().get(0).text(), texts(billing));
    Rebuttal.Point incidents = rebuttal.points().get(1);
    assertEquals(
        "Led the incident response for the payments outage",
        incidents.shown().get(0).text(),
        texts(incidents));
    String markdown = new RebuttalMarkdown().render(rebuttal);
    assertTrue(markdown.contains("For example: " + BILLING_V2 + " ("), markdown);
  }

  @Test
  void a_bill_is_not_billing() {
    Rebuttal.Point billing = compile(POINTS, year()).points().get(0);

    assertTrue(
        billing.shown().stream().noneMatch(e -> e.text().contains("AWS bill")), texts(billing));
  }

  private static String texts(Rebuttal.Point point) {
    return point.shown().stream().map(Entry::text).toList().toString();
  }
}
