package app.receipts.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.image;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureBlocks;
import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.JsonOps;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The ack written by hand must be the JSON Bolt's Gson would have written. */
class EphemeralAckTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] PIECES = {
    "cut p95 latency from 1.8s to 210ms",
    "\"quoted\"",
    "back\\slash",
    "line\nbreak\ttab\r",
    "<!channel> <@U123> <https://evil|click>",
    "R&D = 'fun'",
    "emoji 🚀🎉 and ünïcode",
    "שלום עולם",
    "\u0000\u0001\u001f control",
    "\u2028\u2029 separators",
    "</script>",
    "   ",
    "x".repeat(3_000),
  };

  @Test
  void the_saved_win_answer_is_the_json_gson_writes_for_many_texts() throws Exception {
    Random random = new Random(7);
    for (int i = 0; i < 500; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < 1 + random.nextInt(4); p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]).append(' ');
      }
      String metric = random.nextBoolean() ? null : PIECES[random.nextInt(PIECES.length)];
      Competency competency = Competency.values()[random.nextInt(Competency.values().length)];
      List<LayoutBlock> blocks =
          CaptureBlocks.saved(entry(i + 1, text.toString(), metric, competency), i % 3 == 0);
      assertSameJson(blocks);
    }
  }

  @Test
  void optional_fields_are_written_like_gson_writes_them() throws Exception {
    assertSameJson(
        List.of(
            section(s -> s.blockId("b1").text(markdownText(m -> m.text("*hi*").verbatim(true)))),
            section(s -> s.text(plainText(p -> p.text("plain").emoji(false)))),
            section(s -> s.blockId("empty")),
            context(
                c ->
                    c.blockId("c1").elements(asContextElements(markdownText("a"), plainText("b")))),
            actions(
                a ->
                    a.blockId("a1")
                        .elements(
                            asElements(
                                button(
                                    b ->
                                        b.actionId("open")
                                            .text(plainText("Open"))
                                            .url("https://example.com/?a=1&b=<2>")
                                            .accessibilityLabel("Open it")),
                                button(b -> b.actionId("bare").text(plainText("Bare"))))))));
  }

  @Test
  void the_saved_win_answer_with_its_pin_menu_is_streamed_not_left_to_gson() throws Exception {
    Entry pinned = entry(12, "R&D = 'fun' <!channel>", "p95 1.8s → 210ms", Competency.DELIVERY);
    for (Entry entry :
        List.of(
            pinned,
            pinned.toBuilder().pinned(true).build(),
            pinned.toBuilder().leftOut(true).build())) {
      List<LayoutBlock> blocks = CaptureBlocks.saved(entry, false);
      assertSameJson(blocks);
      // Gson writes an apostrophe as \u0027; the streamed answer writes it as it is
      assertTrue(EphemeralAck.json("Saved your win.", blocks).contains("'fun'"));
    }
  }

  @Test
  void blocks_it_does_not_know_go_through_gson_unchanged() {
    List<LayoutBlock> accessory =
        List.of(
            section(
                s ->
                    s.text(markdownText("x"))
                        .accessory(button(b -> b.actionId("a").text(plainText("A"))))));
    List<LayoutBlock> confirm =
        List.of(
            actions(
                a ->
                    a.elements(
                        asElements(
                            button(
                                b ->
                                    b.actionId("a")
                                        .text(plainText("A"))
                                        .confirm(
                                            confirmationDialog(
                                                d ->
                                                    d.title(plainText("Sure?"))
                                                        .text(plainText("Really"))
                                                        .confirm(plainText("Yes"))
                                                        .deny(plainText("No")))))))));
    List<LayoutBlock> imageBlock =
        List.of(image(i -> i.imageUrl("https://example.com/a.png").altText("a")));
    for (List<LayoutBlock> blocks : List.of(accessory, confirm, imageBlock)) {
      assertEquals(gson("Saved.", blocks), EphemeralAck.json("Saved.", blocks));
    }
  }

  @Test
  void a_text_answer_has_no_blocks_field_as_slack_refuses_an_empty_one() throws Exception {
    String ours = EphemeralAck.json("Review date cleared.", List.of());
    assertFalse(ours.contains("blocks"), ours);
    assertEquals(MAPPER.readTree(gson("Review date cleared.", null)), MAPPER.readTree(ours));
  }

  @Test
  void the_response_is_a_200_with_a_json_content_type() {
    Response response = EphemeralAck.of("Saved.", List.of(section(s -> s.text(markdownText("x")))));
    assertEquals(200, response.getStatusCode());
    assertEquals("application/json; charset=utf-8", response.getContentType());
  }

  private static void assertSameJson(List<LayoutBlock> blocks) throws Exception {
    String ours = EphemeralAck.json("Saved your win.", blocks);
    JsonNode expected = MAPPER.readTree(gson("Saved your win.", blocks));
    assertEquals(expected, MAPPER.readTree(ours), ours);
  }

  private static String gson(String text, List<LayoutBlock> blocks) {
    return JsonOps.toJsonString(
        SlashCommandResponse.builder().responseType("ephemeral").text(text).blocks(blocks).build());
  }

  private static Entry entry(long id, String text, String metric, Competency competency) {
    return Entry.win(
            "T1",
            "U1",
            text,
            null,
            metric,
            competency,
            List.of(),
            LocalDate.of(2026, 11, 20),
            Instant.parse("2026-11-20T10:00:00Z"))
        .withId(id);
  }
}
