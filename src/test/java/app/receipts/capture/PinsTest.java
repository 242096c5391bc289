package app.receipts.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pin and leave out from the /win ack and from /win list: only the owner's click counts. */
class PinsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(10);
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void on(TestDatabases.Kind kind) {
    if (kind == TestDatabases.Kind.POSTGRESQL) {
      app.close();
      app = TestApp.start(Map.of("DATABASE_URL", TestDatabases.migratedPostgresUrl()));
    }
  }

  private JsonNode command(String userId, String text) throws Exception {
    return JSON.readTree(app.client.command(userId, text).body());
  }

  private long idOf(String userId) {
    return app.lastEntryId(userId);
  }

  /** pinned_at and left_out_at of the entry, as stored. */
  private Long[] marks(long id) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT pinned_at, left_out_at FROM entries WHERE id = :id")
                    .bind("id", id)
                    .map((rs, ctx) -> new Long[] {nullable(rs, 1), nullable(rs, 2)})
                    .one());
  }

  private static Long nullable(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  /** The overflow menus of a message, by action id: their option values. */
  private static List<String> menuValues(JsonNode message, String actionId) {
    List<String> values = new ArrayList<>();
    for (JsonNode block : message.path("blocks")) {
      JsonNode accessory = block.path("accessory");
      if (accessory.path("type").asText().equals("overflow")
          && accessory.path("action_id").asText().equals(actionId)) {
        accessory.path("options").forEach(o -> values.add(o.path("value").asText()));
      }
    }
    return values;
  }

  /** Chooses an option of a message's overflow menu; returns the answer on its response_url. */
  private FakeSlack.Call choose(String userId, String actionId, String value) throws Exception {
    int before = app.slack.calls("response_url").size();
    ObjectNode payload =
        (ObjectNode)
            JSON.readTree(Payloads.optionAction(userId, actionId, "overflow", value, "C0GENERAL"));
    payload.put("response_url", app.slack.responseUrl("pin-" + System.nanoTime()));
    app.client.interactive(payload.toString());
    return app.slack.await(
        "response_url", c -> app.slack.calls("response_url").indexOf(c) >= before, WAIT);
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void pinning_from_the_ack_stores_it_and_redraws_the_ack_pinned(TestDatabases.Kind kind)
      throws Exception {
    on(kind);
    JsonNode ack = command("U1", "Cut p95 latency from 1.8s to 210ms with a composite index");
    long id = idOf("U1");
    assertEquals(List.of("pin:" + id, "leave-out:" + id), menuValues(ack, Pins.ACK_MENU));
    assertFalse(ack.toString().contains("Pinned"), ack.toString());

    FakeSlack.Call reply = choose("U1", Pins.ACK_MENU, "pin:" + id);

    assertNotNull(marks(id)[0], "pinned_at");
    assertNull(marks(id)[1], "left_out_at");
    JsonNode body = reply.bodyJson();
    assertTrue(body.path("replace_original").asBoolean(), reply.body());
    assertTrue(body.path("text").asText().contains("Pinned #" + id), reply.body());
    String blocks = body.path("blocks").toString();
    assertTrue(blocks.contains("Saved win #" + id), blocks);
    assertTrue(blocks.contains(":pushpin: Pinned"), blocks);
    assertEquals(List.of("unpin:" + id, "leave-out:" + id), menuValues(body, Pins.ACK_MENU));

    FakeSlack.Call unpinned = choose("U1", Pins.ACK_MENU, "unpin:" + id);
    assertNull(marks(id)[0], "unpinned");
    assertFalse(unpinned.bodyJson().path("blocks").toString().contains("Pinned"), unpinned.body());
    app.slack.assertNoBreaches();
  }

  @Test
  void leaving_out_and_pinning_each_clear_the_other_and_include_undoes_it() throws Exception {
    command("U1", "Wrote the runbook for the payments failover");
    long id = idOf("U1");

    FakeSlack.Call left = choose("U1", Pins.ACK_MENU, "leave-out:" + id);
    assertNull(marks(id)[0]);
    assertNotNull(marks(id)[1]);
    String blocks = left.bodyJson().path("blocks").toString();
    assertTrue(blocks.contains("Left out of packets"), blocks);
    assertEquals(List.of("pin:" + id, "include:" + id), menuValues(left.bodyJson(), Pins.ACK_MENU));

    choose("U1", Pins.ACK_MENU, "pin:" + id);
    assertNotNull(marks(id)[0], "pinned");
    assertNull(marks(id)[1], "pinning took it off leave-out");

    choose("U1", Pins.ACK_MENU, "leave-out:" + id);
    assertNull(marks(id)[0], "leaving out unpinned it");
    assertNotNull(marks(id)[1]);

    FakeSlack.Call back = choose("U1", Pins.ACK_MENU, "include:" + id);
    assertNull(marks(id)[0]);
    assertNull(marks(id)[1]);
    assertTrue(back.bodyJson().path("text").asText().contains("back in your packets"), back.body());
  }

  @Test
  void a_forged_choice_on_someone_elses_entry_changes_nothing_and_says_so() throws Exception {
    command("U1", "Shipped the billing export");
    long id = idOf("U1");

    for (String value : List.of("pin:" + id, "leave-out:" + id)) {
      FakeSlack.Call reply = choose("U2", Pins.ACK_MENU, value);
      assertTrue(reply.bodyJson().path("text").asText().contains("isn't yours"), reply.body());
      assertFalse(reply.bodyJson().path("replace_original").asBoolean(), reply.body());
    }
    FakeSlack.Call fromList = choose("U2", Pins.LIST_MENU, "pin:" + id);
    assertTrue(fromList.bodyJson().path("text").asText().contains("isn't yours"), fromList.body());
    FakeSlack.Call garbage = choose("U1", Pins.ACK_MENU, "pin:" + id + "; DROP TABLE entries");
    assertTrue(garbage.bodyJson().path("text").asText().contains("isn't yours"), garbage.body());

    assertNull(marks(id)[0]);
    assertNull(marks(id)[1]);
  }

  @Test
  void each_list_row_has_a_menu_and_a_choice_redraws_the_list_with_the_state() throws Exception {
    command("U1", "Shipped search v2");
    long first = idOf("U1");
    command("U1", "Mentored two new hires through on-call");
    long second = idOf("U1");

    JsonNode list = command("U1", "list");
    assertEquals(
        List.of("pin:" + second, "leave-out:" + second, "pin:" + first, "leave-out:" + first),
        menuValues(list, Pins.LIST_MENU));

    FakeSlack.Call pinned = choose("U1", Pins.LIST_MENU, "pin:" + first);
    assertTrue(pinned.bodyJson().path("replace_original").asBoolean(), pinned.body());
    FakeSlack.Call left = choose("U1", Pins.LIST_MENU, "leave-out:" + second);

    JsonNode redrawn = left.bodyJson();
    String rows = redrawn.path("blocks").toString();
    assertTrue(rows.contains("Your last 2 of 2 entries"), rows);
    String secondRow = redrawn.path("blocks").get(1).path("text").path("text").asText();
    String firstRow = redrawn.path("blocks").get(2).path("text").path("text").asText();
    assertTrue(secondRow.contains("Left out of packets"), secondRow);
    assertTrue(firstRow.contains(":pushpin: Pinned"), firstRow);
    assertEquals(
        List.of("pin:" + second, "include:" + second, "unpin:" + first, "leave-out:" + first),
        menuValues(redrawn, Pins.LIST_MENU));
    assertNotNull(marks(first)[0]);
    assertNotNull(marks(second)[1]);

    String again = command("U1", "list").toString();
    assertTrue(again.contains(":pushpin: Pinned") && again.contains("Left out of packets"), again);
    app.slack.assertNoBreaches();
  }

  @Test
  void pin_values_round_trip_and_refuse_what_is_not_one() {
    for (PinChoice choice : PinChoice.values()) {
      PinValue value = new PinValue(choice, 42);
      assertEquals(Optional.of(value), PinValue.decode(value.encode()));
    }
    assertEquals("leave-out:42", new PinValue(PinChoice.LEAVE_OUT, 42).encode());
    assertEquals(Optional.empty(), PinValue.decode("edit:42"));
    assertEquals(Optional.empty(), PinValue.decode("delete:42"));
    assertEquals(Optional.empty(), PinValue.decode("pin:"));
    assertEquals(Optional.empty(), PinValue.decode("pin:x"));
    assertEquals(Optional.empty(), PinValue.decode("pin"));
    assertEquals(Optional.empty(), PinValue.decode(null));
  }
}
