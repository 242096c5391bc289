package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.slack.Mrkdwn;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketBlocksTest {
  private static final String HOSTILE =
      "<!channel> <@U123> <https://evil|click> *bold* | pipe & more\nsecond line";

  private final PacketBlocks blocks = new PacketBlocks();
  private final PacketCompiler compiler = new PacketCompiler();

  @Test
  void summarises_counts_top_three_with_reasons_the_largest_gap_and_coverage() {
    JsonArray json = toJson(blocks.render(ReviewFixtures.packet()));
    assertEquals("header", type(json.get(0)));
    String all = String.join("\n", texts(json));
    assertTrue(
        all.contains(
            "*Zoë Ångström*, your evidence for *Jan 1 – Jun 30, 2026*: 19 wins and 4" + " praise."),
        all);
    assertTrue(
        all.contains(
            "1. Reduced p95 search latency from 1.8s to 210ms by adding a composite index on li…"
                + " — _largest effect: p95 search latency 1.8s → 210ms, −88%_"),
        all);
    assertTrue(all.contains("\n3. "), all);
    assertFalse(all.contains("\n4. "), "three highlights, not five: " + all);
    assertTrue(
        all.contains(
            "*Largest gap*: *Code quality*, 4% of the evidence (1 of 23) against a 25% weight."),
        all);
    assertTrue(all.contains("`Code quality` 4% · 25% · *gap*\n`System design` 17% · 20%\n"), all);
    assertTrue(all.contains("`packet-2026-H1.md`") && all.contains("`packet-2026-H1.pdf`"), all);
    assertTrue(shownLength(json) <= PacketBlocks.MAX_TEXT, "shown: " + shownLength(json));
  }

  @Test
  void the_dm_ends_with_the_two_other_conversations_one_click_away() {
    JsonArray json = toJson(blocks.render(ReviewFixtures.packet()));
    JsonObject last = json.get(json.size() - 1).getAsJsonObject();
    assertEquals("actions", last.get("type").getAsString());
    JsonArray elements = last.getAsJsonArray("elements");
    assertEquals(
        PacketIds.OPEN_REBUTTAL, elements.get(0).getAsJsonObject().get("action_id").getAsString());
    assertEquals(
        PacketIds.OPEN_BONUS, elements.get(1).getAsJsonObject().get("action_id").getAsString());
    assertTrue(texts(json).containsAll(List.of("Answer a review", "Ask for a bonus")));
  }

  @Test
  void each_win_without_a_number_gets_an_add_metric_button_that_edits_it() {
    Packet packet = ReviewFixtures.packet();
    List<JsonObject> buttons = buttons(toJson(blocks.render(packet)));
    assertFalse(buttons.isEmpty());
    assertTrue(buttons.size() <= PacketBlocks.MAX_ADD_METRIC, "buttons: " + buttons.size());
    List<String> unmeasured =
        packet.coverage().unmeasured().stream().map(e -> Long.toString(e.id())).toList();
    for (int i = 0; i < buttons.size(); i++) {
      JsonObject button = buttons.get(i);
      assertEquals(CaptureIds.EDIT_BUTTON, button.get("action_id").getAsString());
      assertEquals("Add metric", button.getAsJsonObject("text").get("text").getAsString());
      assertEquals(unmeasured.get(i), button.get("value").getAsString(), "strongest first");
    }
  }

  @Test
  void escapes_all_user_text_so_it_never_becomes_a_mention_or_link() {
    List<Entry> entries =
        List.of(
            PacketFixtures.win(
                1, "2026-02-01", Competency.CODE_QUALITY, HOSTILE, HOSTILE, "metric 12"),
            PacketFixtures.win(4, "2026-02-02", Competency.CODE_QUALITY, HOSTILE, null, null),
            // praise is stored as Slack sends it: what a person typed arrives escaped
            PacketFixtures.praise(
                2, "2026-03-01", Competency.COLLABORATION, "U0NONAME", Mrkdwn.escape(HOSTILE)),
            PacketFixtures.praise(
                3, "2026-03-02", Competency.COLLABORATION, "<!here>", Mrkdwn.escape(HOSTILE)));
    String all =
        String.join(
            "\n",
            texts(
                toJson(blocks.render(compiler.compile(HOSTILE, PacketFixtures.H1_2026, entries)))));

    for (String forbidden : List.of("<!channel>", "<@U123>", "<https://evil", "<!here>")) {
      assertFalse(all.contains(forbidden), () -> forbidden + " leaked into:\n" + all);
    }
    assertTrue(all.contains("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt;"), all);
    assertFalse(all.contains("second line\n"), "newlines in user text never start a new line");
  }

  @Test
  void stays_under_fifteen_hundred_characters_and_inside_slack_limits_with_five_thousand_entries() {
    List<Entry> entries = new ArrayList<>(PacketFixtures.many(5_000));
    String long3000 = "<&>".repeat(1_000);
    for (int i = 0; i < 300; i++) {
      entries.add(
          PacketFixtures.win(
              10_000 + i,
              "2026-06-01",
              i % 2 == 0 ? Competency.CODE_QUALITY : Competency.DELIVERY,
              long3000,
              long3000,
              i % 3 == 0 ? null : long3000,
              "https://e.example/" + "<".repeat(500)));
    }
    Period decade =
        new PeriodParser().parse("2016-07-01..2026-06-30", java.time.LocalDate.of(2026, 7, 1));
    JsonArray json = toJson(blocks.render(compiler.compile(long3000, decade, entries)));

    assertTrue(json.size() <= 50, "blocks: " + json.size());
    assertTrue(shownLength(json) <= PacketBlocks.MAX_TEXT, "shown: " + shownLength(json));
    assertTrue(buttons(json).size() <= PacketBlocks.MAX_ADD_METRIC);
    for (JsonElement block : json) {
      JsonObject object = block.getAsJsonObject();
      if (object.has("text")) {
        int length = object.getAsJsonObject("text").get("text").getAsString().length();
        assertTrue(length >= 1 && length <= (type(block).equals("header") ? 150 : 3000));
      }
    }
  }

  @Test
  void lopsided_recency_is_said_with_its_dates_and_a_short_period_leaves_it_out() {
    List<Entry> late = new ArrayList<>();
    late.add(PacketFixtures.win(1, "2026-01-10", Competency.DELIVERY, "early", null, null));
    for (int i = 2; i <= 9; i++) {
      late.add(PacketFixtures.win(i, "2026-06-0" + i, Competency.DELIVERY, "late", null, null));
    }
    String half =
        String.join(
            "\n", texts(toJson(blocks.render(compiler.compile("", PacketFixtures.H1_2026, late)))));
    assertTrue(
        half.contains(
            "Recency: 89% of it is from May 1 – Jun 9, 2026, the last fourth of the period up to"
                + " the newest entry; see the packet for advice."),
        half);
    assertFalse(half.contains("last quarter"), half);

    Period june = new PeriodParser().parse("2026-06", java.time.LocalDate.of(2026, 7, 2));
    String month =
        String.join("\n", texts(toJson(blocks.render(compiler.compile("", june, late)))));
    assertFalse(month.contains("Recency"), month);
  }

  static JsonArray toJson(List<LayoutBlock> layout) {
    return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(layout)).getAsJsonArray();
  }

  private static String type(JsonElement block) {
    return block.getAsJsonObject().get("type").getAsString();
  }

  /** Every text the message shows, as sent: at least as long as what Slack displays. */
  static int shownLength(JsonArray json) {
    return texts(json).stream().mapToInt(String::length).sum();
  }

  static List<JsonObject> buttons(JsonArray json) {
    List<JsonObject> buttons = new ArrayList<>();
    for (JsonElement block : json) {
      JsonObject object = block.getAsJsonObject();
      if (object.has("accessory")) {
        buttons.add(object.getAsJsonObject("accessory"));
      }
      if (object.has("elements") && type(block).equals("actions")) {
        object.getAsJsonArray("elements").forEach(e -> buttons.add(e.getAsJsonObject()));
      }
    }
    // the Add metric buttons; the DM's last row opens the rebuttal and bonus modals
    buttons.removeIf(b -> !CaptureIds.EDIT_BUTTON.equals(b.get("action_id").getAsString()));
    return buttons;
  }

  /** Every text a user would see: sections, fields, headers, context elements and buttons. */
  static List<String> texts(JsonArray json) {
    List<String> texts = new ArrayList<>();
    for (JsonElement block : json) {
      JsonObject object = block.getAsJsonObject();
      if (object.has("text")) {
        texts.add(object.getAsJsonObject("text").get("text").getAsString());
      }
      for (String list : List.of("fields", "elements")) {
        if (object.has(list)) {
          object.getAsJsonArray(list).forEach(e -> texts.add(text(e.getAsJsonObject())));
        }
      }
      if (object.has("accessory")) {
        texts.add(text(object.getAsJsonObject("accessory")));
      }
    }
    return texts;
  }

  private static String text(JsonObject element) {
    JsonElement text = element.get("text");
    return text.isJsonObject()
        ? text.getAsJsonObject().get("text").getAsString()
        : text.getAsString();
  }
}
