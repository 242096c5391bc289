package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.EntryReads;
import app.receipts.packet.PacketBuilder;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A packet that cannot be built (its renderer failing, say) does not hold back the 14-day review
 * DM: it goes with the Build my packet button and says the files could not be built. The renderer
 * cannot be made to fail from outside the app, so this composes the DM with one that does, over the
 * app's real database.
 */
class ReviewPacketNotBuiltTest {
  private static final LocalDate REVIEW = LocalDate.parse("2026-07-20");
  private static final Instant FOURTEEN_DAYS_BEFORE = Instant.parse("2026-07-06T20:00:00Z");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void a_packet_that_cannot_be_built_leaves_the_dm_its_button_and_says_why() {
    try (TestApp app = TestApp.start()) {
      app.client.command("U1", "Refactored the billing module and added tests");
      EntryReads reads = new EntryReads(app.running.database());
      NudgeComposer composer =
          new NudgeComposer(
              reads,
              new PacketBuilder(reads),
              (teamId, userId, period) -> {
                throw new IllegalStateException("the renderer is down");
              },
              app.clock);
      app.clock.set(FOURTEEN_DAYS_BEFORE);
      ReminderSettings settings =
          ReminderSettings.defaults(FakeSlack.TEAM, "U1").withReview(REVIEW, null);
      NudgeData data =
          NudgeData.of(
              FakeSlack.TEAM,
              "U1",
              NudgeData.Kind.REVIEW,
              new Slot(FOURTEEN_DAYS_BEFORE, REVIEW.minusDays(14), SlotKey.review(REVIEW, 14)));

      ClaimedDm.Message message = composer.compose(data, settings, NEW_YORK).orElseThrow();

      assertTrue(message.files().isEmpty());
      assertNull(message.instead());
      assertTrue(message.text().contains("review is in 14 days"), message.text());
      String blocks = GsonFactory.createSnakeCase().toJson(message.blocks());
      assertTrue(blocks.contains("files could not be built"), blocks);
      assertTrue(blocks.contains("You have 1 entry"), blocks);
      assertTrue(blocks.contains(ReminderIds.BUILD_PACKET), blocks);
      assertEquals(2, message.blocks().size());
    }
  }
}
