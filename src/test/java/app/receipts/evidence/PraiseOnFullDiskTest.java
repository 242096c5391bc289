package app.receipts.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.SmallDisk;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Keeping a teammate's praise on a full disk: kept and stored, or plainly not kept. */
class PraiseOnFullDiskTest {
  @Test
  void praise_submitted_on_a_full_disk_is_refused_in_the_modal_and_stored_once_there_is_room()
      throws Exception {
    Optional<SmallDisk> mounted = SmallDisk.mount(3);
    assumeTrue(mounted.isPresent(), "needs root to mount a tmpfs");
    try (SmallDisk disk = mounted.get();
        FakeSlack slack = new FakeSlack();
        TestApp app = TestApp.startOn(slack, disk.dir(), Map.of())) {
      app.client.interactive(
          Payloads.messageShortcut(
              "USAVER",
              "C0WINS",
              "UBOSS",
              "Huge thanks for the migration",
              "1781000000.000200",
              null,
              0));
      JsonNode view = slack.await("views.open", c -> true, Duration.ofSeconds(10)).json("view");

      disk.fill();
      // the write-ahead log keeps some room of its own: wins use it up until one is refused, and
      // then short ones until one of those is, so that no page is left that a praise row fits in
      // (with long ones only, the praise was once stored in what a refused long win left)
      int wins = 0;
      for (String filler : new String[] {"x".repeat(500), "x"}) {
        while (!app.client
            .command("USAVER", "filler win " + wins + " " + filler)
            .body()
            .contains("was not saved")) {
          assertTrue(++wins < 1000, "the disk never refused a write");
        }
      }
      int before = app.count("SELECT COUNT(*) FROM entries");
      HttpResponse<String> refused = submit(app, view);
      assertTrue(refused.body().contains("was not saved"), refused.body());
      assertTrue(refused.body().contains("\"errors\""), "the modal stays open: " + refused.body());
      assertEquals(before, app.count("SELECT COUNT(*) FROM entries"));

      disk.makeRoom();
      HttpResponse<String> kept = submit(app, view);
      assertEquals("", kept.body(), "the modal closes once it is kept");
      assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE kind = 'PRAISE'"));
    }
  }

  private static HttpResponse<String> submit(TestApp app, JsonNode view) {
    return app.client.interactive(
        Payloads.viewSubmission(
            "USAVER",
            EvidenceIds.MODAL,
            "VPFULL",
            view.path("private_metadata").asText(),
            Payloads.state()
                .select("competency", "collaboration")
                .text("note", "for the review")
                .user("owner", "USAVER")
                .build()));
  }
}
