package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void summarises_the_fixture_packet() {
    JsonArray json = toJson(blocks.render(fixturePacket()));
    assertEquals("header", type(json.get(0)));
    assertEquals(
        "Review packet · Jan 1 – Jun 30, 2026",
        json.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
    String all = String.join("\n", texts(json));
    assertTrue(
        all.contains(
            "*Zoë Ångström*, your evidence for *Jan 1 – Jun 30, 2026*: 9 wins and 4 praise."),
        all);
    assertTrue(all.contains("*System design* · 20%\n0 wins · 0 praise"), all);
    assertTrue(all.contains("• *System design*: Log a design doc"), all);
    assertTrue(
        all.contains("<https://github.com/acme/search/pull/812|github.com/acme/search/pull/812>"),
        all);
    assertTrue(
        all.contains(
            "— Дмитрий Иванов · <https://acme.slack.com/archives/C0GENERAL/p1700000003000100|view>"),
        all);
    assertTrue(all.contains("`packet-2026-H1.md` and `packet-2026-H1.pdf`"), all);
    assertFalse(all.contains("javascript:"), "non-web links are never linked");
  }

  @Test
  void escapes_all_user_text_so_it_never_becomes_a_mention_or_link() {
    List<Entry> entries =
        List.of(
            PacketFixtures.win(
                1,
                "2026-02-01",
                Competency.CODE_QUALITY,
                HOSTILE,
                HOSTILE,
                HOSTILE,
                "javascript:alert(1)",
                "https://ok.example/x|y>z"),
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

    for (String forbidden :
        List.of("<!channel>", "<@U123>", "<https://evil", "<!here>", "javascript:")) {
      assertFalse(all.contains(forbidden), () -> forbidden + " leaked into:\n" + all);
    }
    assertTrue(all.contains("&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|click&gt;"), all);
    assertFalse(all.contains("ok.example/x"), "a link that is not a valid URL is left out");
    assertTrue(
        all.contains("— <@U0NONAME>"), "an unknown author is shown as a Slack mention of their id");
    assertTrue(all.contains("— &lt;!here&gt;"), "a malformed author id is escaped text");
    assertFalse(all.contains("second line\n"), "newlines in user text never start a new line");
  }

  @Test
  void stays_inside_slack_limits_with_five_thousand_hostile_entries() {
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
              long3000,
              "https://e.example/" + "<".repeat(500)));
    }
    Period decade =
        new PeriodParser().parse("2016-07-01..2026-06-30", java.time.LocalDate.of(2026, 7, 1));
    Packet packet = compiler.compile(long3000, decade, entries);

    JsonArray json = toJson(blocks.render(packet));
    assertTrue(json.size() <= 50, "blocks: " + json.size());
    for (JsonElement block : json) {
      JsonObject object = block.getAsJsonObject();
      if (object.has("text")) {
        int limit = type(block).equals("header") ? 150 : PacketBlocks.MAX_SECTION_TEXT;
        int length = object.getAsJsonObject("text").get("text").getAsString().length();
        assertTrue(length <= limit, type(block) + " text length " + length);
      }
      if (object.has("fields")) {
        JsonArray fields = object.getAsJsonArray("fields");
        assertTrue(fields.size() <= 10);
        fields.forEach(
            f -> assertTrue(f.getAsJsonObject().get("text").getAsString().length() <= 2000));
      }
    }
    assertTrue(String.join("\n", texts(json)).contains("more in the attached packet"));
  }

  private Packet fixturePacket() {
    return compiler.compile(
        PacketFixtures.USER,
        PacketFixtures.H1_2026,
        PacketFixtures.entries(),
        PacketFixtures.AUTHORS);
  }

  private static JsonArray toJson(List<LayoutBlock> layout) {
    return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(layout)).getAsJsonArray();
  }

  private static String type(JsonElement block) {
    return block.getAsJsonObject().get("type").getAsString();
  }

  /** Every text a user would see, from sections, fields, headers and context elements. */
  private static List<String> texts(JsonArray json) {
    List<String> texts = new ArrayList<>();
    for (JsonElement block : json) {
      JsonObject object = block.getAsJsonObject();
      if (object.has("text")) {
        texts.add(object.getAsJsonObject("text").get("text").getAsString());
      }
      for (String list : List.of("fields", "elements")) {
        if (object.has(list)) {
          object
              .getAsJsonArray(list)
              .forEach(e -> texts.add(e.getAsJsonObject().get("text").getAsString()));
        }
      }
    }
    return texts;
  }
}
